/** All dates are calendar dates in UTC: content dates have no time, so local time zones must not shift them. */

const displayFormat = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "long",
  day: "numeric",
  timeZone: "UTC",
});

/** "November 16, 2026": the form readers see. */
export function formatDate(date: Date): string {
  return displayFormat.format(date);
}

/** "2026-11-16": the form for `<time datetime>`, sitemaps and structured data. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** True when `date` falls on or between `from` and `through`, comparing whole days. */
export function isWithinDays(date: Date, from: Date, through: Date): boolean {
  const day = isoDay(date);
  return isoDay(from) <= day && day <= isoDay(through);
}

/** "17:30" → "5:30 PM", "09:00" → "9 AM": opening hours as readers in the US write them. */
export function formatClock(time: string): string {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  const suffix = hours < 12 ? "AM" : "PM";
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${hour12} ${suffix}` : `${hour12}:${String(minutes).padStart(2, "0")} ${suffix}`;
}

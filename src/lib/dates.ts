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

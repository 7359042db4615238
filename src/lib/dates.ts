/**
 * All dates are calendar dates held as midnight UTC: content dates have no time, so local time zones
 * must not shift them. "Today" is the clinic's calendar day (see `calendarDayIn`).
 */

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

/** The calendar day it is in `timeZone` at `instant`, as midnight UTC like every content date. */
export function calendarDayIn(instant: Date, timeZone: string): Date {
  // en-CA writes dates as YYYY-MM-DD.
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    instant,
  );
  return new Date(`${day}T00:00:00Z`);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (both calendar days): negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
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

/**
 * All dates are calendar dates held as midnight UTC: content dates have no time, so local time zones
 * must not shift them. "Today" is the clinic's calendar day (see `calendarDayIn`).
 */

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "November 16, 2026" in en-US, "16 November 2026" in en-GB: the form readers in the clinic's country see. */
export function formatDate(date: Date, language: string): string {
  let format = dateFormats.get(language);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
    dateFormats.set(language, format);
  }
  return format.format(date);
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

/**
 * A 24-hour "HH:MM" time as readers in the clinic's country write it: "5:30 PM" and "9 AM" in en-US,
 * "17:30" and "9:00" in en-GB. On a 12-hour clock a whole hour drops its ":00".
 */
export function formatClock(time: string, language: string): string {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  const at = new Date(Date.UTC(2024, 0, 1, hours, minutes));
  const withMinutes = new Intl.DateTimeFormat(language, { hour: "numeric", minute: "2-digit", timeZone: "UTC" });
  const twelveHour = withMinutes.resolvedOptions().hour12 === true;
  if (twelveHour && minutes === 0) {
    return new Intl.DateTimeFormat(language, { hour: "numeric", timeZone: "UTC" }).format(at);
  }
  return withMinutes.format(at);
}

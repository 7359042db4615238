import { parsePhoneNumberWithError } from "libphonenumber-js";

import { WEEKDAYS, type Clinic, type DayHours, type OpeningPeriod, type Weekday } from "@/schemas/clinic";

import { formatClock } from "./dates";

/** Formatting of the clinic's contact details and the emergency number that fits its country. */

/**
 * Emergency numbers by ISO country code. EU member states share 112; the UK and a few others keep
 * their own number as the one people know.
 */
const EMERGENCY_NUMBERS: Readonly<Record<string, string>> = {
  US: "911",
  CA: "911",
  MX: "911",
  GB: "999",
  IE: "112",
  AU: "000",
  NZ: "111",
  ...Object.fromEntries(
    [
      "AT",
      "BE",
      "BG",
      "HR",
      "CY",
      "CZ",
      "DK",
      "EE",
      "FI",
      "FR",
      "DE",
      "GR",
      "HU",
      "IT",
      "LV",
      "LT",
      "LU",
      "MT",
      "NL",
      "PL",
      "PT",
      "RO",
      "SK",
      "SI",
      "ES",
      "SE",
    ].map((code) => [code, "112"]),
  ),
};

/** The emergency number for a country, or undefined where the site does not know it. */
export function emergencyNumber(country: string): string | undefined {
  return EMERGENCY_NUMBERS[country];
}

/** "911" where the number is known, otherwise a generic phrase that still tells the reader what to call. */
export function emergencyNumberPhrase(country: string): string {
  return emergencyNumber(country) ?? "your local emergency number";
}

/** A `tel:` href from an E.164 number. */
export function telHref(e164: string): string {
  return `tel:${e164}`;
}

const formattedPhones = new Map<string, string>();

/**
 * The phone number as people in the clinic's country dial it, e.g. (541) 555-0142 in the US, with
 * non-breaking spaces and hyphens so that it never wraps across two lines.
 */
export function formatPhone(e164: string): string {
  // Parsing with libphonenumber is slow and every page shows the number several times.
  let formatted = formattedPhones.get(e164);
  if (formatted === undefined) {
    formatted = parsePhoneNumberWithError(e164).formatNational().replaceAll(" ", "\u00a0").replaceAll("-", "\u2011");
    formattedPhones.set(e164, formatted);
  }
  return formatted;
}

/**
 * The date the clinic's own page last changed: the newer of the day its details were last
 * updated and the first day of the offer it shows (the clinic passed in has only live offers).
 */
export function clinicPageDate(clinic: Clinic): Date | undefined {
  const dates = [clinic.updated, ...clinic.offers.map((offer) => offer.validFrom)].filter(
    (date): date is Date => date !== undefined,
  );
  return dates.length === 0 ? undefined : new Date(Math.max(...dates.map((date) => date.getTime())));
}

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

/** A weekday's name as readers in the clinic's country write it: "Friday" in English. */
export function weekdayName(day: Weekday, language: string): string {
  let format = weekdayFormats.get(language);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, { weekday: "long", timeZone: "UTC" });
    weekdayFormats.set(language, format);
  }
  // 2024-01-01 was a Monday: the day WEEKDAYS lists at index i is that date plus i days.
  return format.format(new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day))));
}

/** The weekday of a calendar day (held as midnight UTC, like every content date). */
export function weekdayOf(date: Date): Weekday {
  // getUTCDay() counts from Sunday; WEEKDAYS from Monday.
  return WEEKDAYS[(date.getUTCDay() + 6) % 7] ?? "monday";
}

/**
 * A day's opening times as readers in the clinic's country write them: "9 AM to 5 PM" (`to`, the
 * hours table) or "9 AM–5 PM" (`dash`, one line); a lunch break joins two periods with "and".
 * An empty list is a closed day: "Closed".
 */
export function formatPeriods(periods: readonly OpeningPeriod[], language: string, style: "to" | "dash"): string {
  if (periods.length === 0) return "Closed";
  const between = style === "to" ? " to " : "\u2013";
  return periods
    .map((period) => `${formatClock(period.opens, language)}${between}${formatClock(period.closes, language)}`)
    .join(" and ");
}

/** The clinic's hours on the day the site is built for, and when it opens next if it is closed. */
export interface HoursToday {
  day: Weekday;
  /** "Today (Friday): 9 AM–5 PM", "Today (Sunday): closed". */
  today: string;
  /** On a closed day, the next day the clinic opens: "Open Monday, 9 AM–6 PM." */
  next?: string | undefined;
}

/**
 * What "open today" says on a site built on `today` (the clinic's calendar day: the site is rebuilt
 * just after each of the clinic's midnights). The weekday is named, so that a page left from an
 * earlier build cannot pass for today's.
 */
export function hoursToday(hours: readonly DayHours[], today: Date, language: string): HoursToday {
  const day = weekdayOf(today);
  const periodsOn = (weekday: Weekday) => hours.find((entry) => entry.day === weekday)?.periods ?? [];
  const periods = periodsOn(day);
  const label = `Today (${weekdayName(day, language)})`;
  if (periods.length > 0) return { day, today: `${label}: ${formatPeriods(periods, language, "dash")}` };
  const start = WEEKDAYS.indexOf(day);
  const nextDay = [1, 2, 3, 4, 5, 6]
    .map((offset) => WEEKDAYS[(start + offset) % 7] ?? day)
    .find((weekday) => periodsOn(weekday).length > 0);
  return {
    day,
    today: `${label}: closed`,
    next:
      nextDay === undefined
        ? undefined
        : `Open ${weekdayName(nextDay, language)}, ${formatPeriods(periodsOn(nextDay), language, "dash")}.`,
  };
}

/** The clinic's time zone as readers name it, e.g. "Pacific Time", to say whose clock the hours are on. */
export function timeZoneName(timeZone: string, language: string): string {
  return (
    new Intl.DateTimeFormat(language, { timeZone, timeZoneName: "longGeneric" })
      .formatToParts(new Date(0))
      .find((part) => part.type === "timeZoneName")?.value ?? timeZone
  );
}

/** A price as readers in the clinic's country write it: "$90", "$69.50", "£45" (no ".00" on whole amounts). */
export function formatPrice(amount: number, currency: string, language: string): string {
  return new Intl.NumberFormat(language, { style: "currency", currency, trailingZeroDisplay: "stripIfInteger" }).format(
    amount,
  );
}

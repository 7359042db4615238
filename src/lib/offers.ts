import type { Offer } from "@/schemas/clinic";

import { calendarDayIn, daysBetween, isoDay, isWithinDays } from "./dates";

/**
 * The environment variable that fixes the moment the site is built for. Tests and editors set it to
 * see the site as on another day: a date (YYYY-MM-DD, a day in the clinic's time zone) or an exact
 * moment with its UTC offset (e.g. 2027-03-31T23:59-07:00). A normal build uses the real time.
 */
export const BUILD_DATE_VARIABLE = "LOWBACK_BUILD_DATE";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The clinic's calendar day the site is built for: the fixed date or moment from the environment,
 * or now, read in the clinic's time zone (a build at 17:00 UTC is still the morning in Oregon).
 */
export function buildDate(timeZone: string, env: Readonly<Record<string, string | undefined>> = process.env): Date {
  const fixed = env[BUILD_DATE_VARIABLE];
  if (fixed === undefined || fixed === "") {
    return calendarDayIn(new Date(), timeZone);
  }
  if (DATE_ONLY.test(fixed) && !Number.isNaN(Date.parse(fixed))) {
    return new Date(`${fixed}T00:00:00Z`);
  }
  if (MOMENT.test(fixed) && !Number.isNaN(Date.parse(fixed))) {
    return calendarDayIn(new Date(fixed), timeZone);
  }
  throw new Error(
    `${BUILD_DATE_VARIABLE} must be a date (YYYY-MM-DD) or a moment with its UTC offset (YYYY-MM-DDTHH:MM-07:00 or ...Z), not "${fixed}".`,
  );
}

/**
 * The offers to show on a static site built on `today`: those whose first and last days include it.
 * An offer outside its dates never appears anywhere, so the site must be rebuilt daily.
 */
export function liveOffers(offers: readonly Offer[], today: Date): Offer[] {
  return offers.filter((offer) => isWithinDays(today, offer.validFrom, offer.validThrough));
}

/** One line for the build log that says which offers are live and until when. */
export function describeLiveOffers(offers: readonly Offer[], today: Date, timeZone: string): string {
  const live = liveOffers(offers, today);
  const on = `on ${isoDay(today)} (${timeZone})`;
  if (live.length === 0) {
    return `No offer is live ${on}.`;
  }
  const list = live.map((offer) => `"${offer.id}" (until ${isoDay(offer.validThrough)})`).join(", ");
  return `Live offer${live.length === 1 ? "" : "s"} ${on}: ${list}.`;
}

/** How far back an ended offer, and how far ahead a coming one, is worth a word in the build log. */
export const RECENTLY_ENDED_DAYS = 30;
export const STARTING_SOON_DAYS = 7;

const days = (count: number) => `${count} day${count === 1 ? "" : "s"}`;

/**
 * Warnings for the build log: an offer that ended in the last 30 days has silently gone from the
 * site, and one that starts in the next 7 is not there yet; the clinic should know both.
 */
export function offerWarnings(offers: readonly Offer[], today: Date): string[] {
  return offers.flatMap((offer) => {
    const sinceEnd = daysBetween(offer.validThrough, today);
    if (sinceEnd > 0 && sinceEnd <= RECENTLY_ENDED_DAYS) {
      return [
        `Offer "${offer.id}" ended on ${isoDay(offer.validThrough)} (${days(sinceEnd)} ago) and is no longer shown. Give it new dates or remove it from content/clinic.yaml.`,
      ];
    }
    const untilStart = daysBetween(today, offer.validFrom);
    if (untilStart > 0 && untilStart <= STARTING_SOON_DAYS) {
      return [
        `Offer "${offer.id}" starts on ${isoDay(offer.validFrom)} (in ${days(untilStart)}) and is not shown yet; the first build on that day shows it.`,
      ];
    }
    return [];
  });
}

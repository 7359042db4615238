import type { Offer } from "@/schemas/clinic";

import { isoDay, isWithinDays } from "./dates";

/**
 * The environment variable that fixes the build's idea of "today" (YYYY-MM-DD). Tests set it to check
 * offers before, during and after their dates; a normal build uses the real date.
 */
export const BUILD_DATE_VARIABLE = "LOWBACK_BUILD_DATE";

/** The day the site is built for: the fixed date from the environment, or today. */
export function buildDate(env: Readonly<Record<string, string | undefined>> = process.env): Date {
  const fixed = env[BUILD_DATE_VARIABLE];
  if (fixed === undefined || fixed === "") {
    return new Date();
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) {
    throw new Error(`${BUILD_DATE_VARIABLE} must be a date in the form YYYY-MM-DD, not "${fixed}".`);
  }
  return new Date(`${fixed}T00:00:00Z`);
}

/**
 * The offers to show on a static site built on `today`: those whose first and last days include it.
 * An offer outside its dates never appears anywhere, so the site must be rebuilt daily.
 */
export function liveOffers(offers: readonly Offer[], today: Date): Offer[] {
  return offers.filter((offer) => isWithinDays(today, offer.validFrom, offer.validThrough));
}

/** One line for the build log that says which offers are live and until when. */
export function describeLiveOffers(offers: readonly Offer[], today: Date): string {
  const live = liveOffers(offers, today);
  if (live.length === 0) {
    return `No offer is live on ${isoDay(today)}.`;
  }
  const list = live.map((offer) => `"${offer.id}" (until ${isoDay(offer.validThrough)})`).join(", ");
  return `Live offer${live.length === 1 ? "" : "s"} on ${isoDay(today)}: ${list}.`;
}

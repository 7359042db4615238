import type { Urgency } from "@/schemas/red-flag";

import { careRouteClauses } from "./locale";

/**
 * The one place the words of each urgency tier live: the help block, the self-check and the MDX
 * components <Sign>, <TierAction> and <TierName> all take them from here, so that no page can state
 * a different urgency for the same sign.
 */
export interface TierWords {
  /** The tier's name as it reads inside a sentence, e.g. "same-day". */
  name: string;
  /** A short label for screen readers before the action, e.g. "Emergency: act now". */
  label: string;
  /** What to do, as a clause that can follow a sign: "call 911 or go to ... now". */
  action: string;
}

export type CareRoutes = Readonly<Record<Urgency, TierWords>>;

/**
 * The care routes for the clinic's country (`address.country` in content/clinic.yaml): the emergency
 * number and place, and where to turn today or within days, as src/lib/locale.ts words them for
 * each health system (with its evidence in content/evidence/_care-routes.yaml).
 */
export function careRoutes(country: string): CareRoutes {
  const clauses = careRouteClauses(country);
  return {
    emergency: {
      name: "emergency",
      label: "Emergency: act now",
      action: clauses.emergency,
    },
    "same-day": {
      name: "same-day",
      label: "Same day: get medical advice today",
      action: clauses.sameDay,
    },
    "within-days": {
      name: "within days",
      label: "Within days: see a doctor soon",
      action: clauses.withinDays,
    },
  };
}

/** A clause as a sentence of its own: "Call 911 or go to the nearest emergency department now." */
export function asSentence(clause: string): string {
  return `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;
}

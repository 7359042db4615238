import type { Urgency } from "@/schemas/red-flag";

import { emergencyNumberPhrase } from "./clinic";

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
 * The care routes for the clinic's country. The emergency number follows `address.country` in
 * content/clinic.yaml; where to turn today or within days also differs between health systems, and
 * this is the function that will word it per country.
 */
export function careRoutes(country: string): CareRoutes {
  const emergency = emergencyNumberPhrase(country);
  return {
    emergency: {
      name: "emergency",
      label: "Emergency: act now",
      action: `call ${emergency} or go to the nearest emergency department now`,
    },
    "same-day": {
      name: "same-day",
      label: "Same day: get medical advice today",
      action: "contact your doctor's office, an urgent care clinic or a nurse advice line today",
    },
    "within-days": {
      name: "within days",
      label: "Within days: see a doctor soon",
      action: "make an appointment with your doctor or a physical therapist in the next few days",
    },
  };
}

/** A clause as a sentence of its own: "Call 911 or go to the nearest emergency department now." */
export function asSentence(clause: string): string {
  return `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;
}

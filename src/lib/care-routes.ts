import { emergencyNumberPhrase } from "./clinic";

/** What a reader with a warning sign should do, for each urgency tier, as full sentences. */
export interface CareRoutes {
  /** Call the emergency number or go to an emergency department now. */
  emergency: string;
  /** Get medical advice today. */
  sameDay: string;
  /** See a doctor or therapist in the next few days. */
  withinDays: string;
}

/**
 * The care routes for the clinic's country: where to turn today or within days differs between
 * health systems, so the words follow `address.country` in content/clinic.yaml.
 */
export function careRoutes(country: string): CareRoutes {
  const emergency = emergencyNumberPhrase(country);
  return {
    emergency: `Call ${emergency} or go to the nearest emergency department now.`,
    sameDay: "Contact your doctor's office, an urgent care clinic or a nurse advice line today.",
    withinDays: "Make an appointment with your doctor or a physical therapist in the next few days.",
  };
}

import type { Urgency } from "@/schemas/red-flag";

/** What a reader must do for each urgency tier; `emergency` is the phrase for the local emergency number. */
export interface UrgencyAction {
  /** Short label, e.g. "Emergency: act now". */
  label: string;
  /** The instruction, as a full sentence. */
  action: string;
}

/** The action for each tier, worded once so that every page says the same thing. */
export function urgencyAction(tier: Urgency, emergency: string): UrgencyAction {
  switch (tier) {
    case "emergency":
      return {
        label: "Emergency: act now",
        action: `Call ${emergency} or go to the nearest emergency department now.`,
      };
    case "same-day":
      return {
        label: "Get medical advice today",
        action: "Contact your doctor's office, an urgent care clinic or a nurse advice line today.",
      };
    case "within-days":
      return {
        label: "See a doctor within days",
        action: "Make an appointment with your doctor or a physical therapist in the next few days.",
      };
  }
}

/** The box colours of each tier, as Tailwind classes: red for now, amber for today, plain for days. */
export const URGENCY_BOX_CLASSES: Readonly<Record<Urgency, string>> = {
  emergency: "border-danger bg-danger-surface",
  "same-day": "border-warning bg-warning-surface",
  "within-days": "border-line bg-surface",
};

import type { Urgency } from "@/schemas/red-flag";

/** The box colours of each tier, as Tailwind classes: red for now, amber for today, plain for days. */
export const URGENCY_BOX_CLASSES: Readonly<Record<Urgency, string>> = {
  emergency: "border-danger bg-danger-surface",
  "same-day": "border-warning bg-warning-surface",
  "within-days": "border-line bg-surface",
};

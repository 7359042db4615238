import type { Urgency } from "@/schemas/red-flag";

/**
 * Each tier's colour as Tailwind classes: the card's band and call button (`fill`) and its edge
 * (`edge`). Red for now, amber for today, indigo for days; no other part of the site uses them.
 */
export const TIER_CLASSES: Readonly<Record<Urgency, { fill: string; edge: string }>> = {
  emergency: { fill: "bg-tier-emergency", edge: "border-tier-emergency" },
  "same-day": { fill: "bg-tier-same-day", edge: "border-tier-same-day" },
  "within-days": { fill: "bg-tier-within-days", edge: "border-tier-within-days" },
};

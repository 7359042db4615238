import type { Category } from "@/schemas/categories";
import { URGENCY_TIERS, type RedFlag, type Urgency } from "@/schemas/red-flag";

/**
 * Which warning signs an article shows. Pure functions over content/red-flags.yaml, so that the
 * layout, the feed and the tests all pick the same signs.
 */

/** What the choice needs to know about a sign. */
export type SignScope = Pick<RedFlag, "tier" | "topics">;

/** Every article shows every emergency sign, and the other signs listed for its topic. */
export function isShownByDefault(sign: SignScope, category: Category): boolean {
  return sign.tier === "emergency" || (sign.topics ?? []).includes(category);
}

/**
 * The signs an article shows, in the order of content/red-flags.yaml: the emergency signs, its
 * topic's signs and its `extraSigns`. An article can add signs; it has no way to drop one.
 */
export function articleSigns<Sign extends SignScope & { id: string }>(
  category: Category,
  extraSigns: readonly string[],
  signs: readonly Sign[],
): Sign[] {
  return signs.filter((sign) => isShownByDefault(sign, category) || extraSigns.includes(sign.id));
}

/** Signs grouped by tier, most urgent first; tiers with no sign are left out. */
export function groupByTier<Sign extends { tier: Urgency }>(signs: readonly Sign[]): Map<Urgency, Sign[]> {
  const groups = new Map<Urgency, Sign[]>(URGENCY_TIERS.map((tier) => [tier, []]));
  for (const sign of signs) {
    groups.get(sign.tier)?.push(sign);
  }
  return new Map([...groups].filter(([, list]) => list.length > 0));
}

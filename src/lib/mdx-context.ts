import type { Category } from "@/schemas/article";
import type { Clinic } from "@/schemas/clinic";

import { emergencyNumberPhrase } from "./clinic";
import { ctaCopy } from "./cta";

/**
 * What the MDX components of one article need from outside it (see App.Locals in env.d.ts):
 * the citation order, the emergency number and, except on red-flag pages, the call to action.
 * The article route and the RSS feed render articles with the same context.
 */
export function mdxContext(
  category: Category,
  citationOrder: readonly string[],
  clinic: Clinic,
): NonNullable<App.Locals["mdx"]> {
  return {
    citationOrder,
    emergencyNumber: emergencyNumberPhrase(clinic.address.country),
    cta: category === "red-flags" ? undefined : { copy: ctaCopy(category), clinic },
  };
}

import type { Clinic } from "@/schemas/clinic";
import type { RedFlag } from "@/schemas/red-flag";

import { careRoutes } from "./care-routes";
import { emergencyNumberPhrase } from "./clinic";

/**
 * What the MDX components of one article need from outside it (see App.Locals in env.d.ts): the
 * file (for error messages), the citation order, the emergency number, and the warning signs with
 * the words of each tier. The article route and the RSS feed render articles with the same context.
 * There is deliberately no call to action here: nothing in an article's body can sell.
 */
export function mdxContext(
  file: string,
  citationOrder: readonly string[],
  clinic: Clinic,
  signs: ReadonlyMap<string, RedFlag>,
): NonNullable<App.Locals["mdx"]> {
  return {
    file,
    citationOrder,
    emergencyNumber: emergencyNumberPhrase(clinic.address.country),
    signs,
    routes: careRoutes(clinic.address.country),
  };
}

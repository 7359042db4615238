declare namespace App {
  interface Locals {
    /** The clinic's language tag, e.g. "en-GB", set by src/middleware.ts for every page. */
    language: string;
    /**
     * Set by the article route before it renders the MDX body, for the MDX components:
     * the article's file, the source ids in citation order (to number <Cite>), the emergency-number
     * phrase, and the warning signs and tier words (for <Sign>, <TierAction> and <TierName>).
     */
    mdx?: {
      file: string;
      citationOrder: readonly string[];
      emergencyNumber: string;
      signs: ReadonlyMap<string, import("@/schemas/red-flag").RedFlag>;
      routes: import("@/lib/care-routes").CareRoutes;
    };
  }
}

/** The brand's CSS custom properties (src/integrations/brand-styles.ts). */
declare module "virtual:lowback/brand.css";

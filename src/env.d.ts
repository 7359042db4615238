declare namespace App {
  interface Locals {
    /**
     * Set by the article route before it renders the MDX body, for the MDX components:
     * the source ids in citation order (to number <Cite>) and the emergency-number phrase.
     */
    mdx?: {
      citationOrder: readonly string[];
      emergencyNumber: string;
      /** The inline call to action's words and clinic; undefined on red-flag pages, which sell nothing. */
      cta: { copy: import("@/lib/cta").CtaCopy; clinic: import("@/schemas/clinic").Clinic } | undefined;
    };
  }
}

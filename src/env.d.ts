declare namespace App {
  interface Locals {
    /**
     * Set by the article route before it renders the MDX body, for the MDX components:
     * the source ids in citation order (to number <Cite>) and the emergency-number phrase.
     */
    mdx?: {
      citationOrder: readonly string[];
      emergencyNumber: string;
    };
  }
}

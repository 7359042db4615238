import { join } from "node:path";
import { fileURLToPath } from "node:url";

import type { AstroIntegration } from "astro";

import { BRAND_FILE, loadBrand } from "../lib/brand";
import { brandCss } from "../lib/brand-css";

/** What BaseLayout imports; ends in .css so that Vite bundles it with the site's stylesheet. */
const MODULE_ID = "virtual:lowback/brand.css";
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * Serves the brand's CSS custom properties (src/lib/brand-css.ts) as a stylesheet module. The dev
 * server watches content/brand.yaml and the logo, so a change shows without a restart.
 */
export function brandStyles(): AstroIntegration {
  return {
    name: "lowback:brand-styles",
    hooks: {
      "astro:config:setup": ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: "lowback:brand-css",
                resolveId: (id: string) => (id === MODULE_ID ? RESOLVED_ID : undefined),
                load(id: string) {
                  if (id !== RESOLVED_ID) return undefined;
                  const brand = loadBrand(root);
                  this.addWatchFile(join(root, BRAND_FILE));
                  this.addWatchFile(join(root, "content", brand.brand.logo));
                  return brandCss(brand);
                },
              },
            ],
          },
        });
      },
    },
  };
}

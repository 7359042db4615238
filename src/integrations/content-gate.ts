import { fileURLToPath } from "node:url";

import type { AstroIntegration } from "astro";

import { checkContent } from "../lib/content-check";
import { contentError } from "../lib/content-rules";

/**
 * Checks every file in content/ before Astro's content layer reads any of it (see
 * lib/content-check.ts), and stops `astro build` and `astro sync` (so also `astro check`) with
 * every problem at once. `astro dev` only reports them, so the editor can fix them while it runs.
 */
export function contentGate(): AstroIntegration {
  return {
    name: "lowback:content",
    hooks: {
      "astro:config:setup": ({ config, command, logger }) => {
        const problems = checkContent(fileURLToPath(config.root));
        if (problems.length === 0) return;
        const error = contentError(problems);
        if (command === "build" || command === "sync") throw error;
        logger.error(error.message);
      },
    },
  };
}

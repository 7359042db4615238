import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import type { AstroIntegration } from "astro";

import { builtHtmlFiles } from "./built-pages";
import { narrowPagePolicy } from "./page-policies";
import { createPageStyleTrimmer } from "./page-styles";

/**
 * Finishes every built page in one read and one write: its Content-Security-Policy narrowed to
 * its own inline scripts and styles (page-policies.ts), then its stylesheet trimmed to the rules
 * that can match it (page-styles.ts), which renames the stylesheet's hash the narrowed policy kept.
 */
export function finishPages(): AstroIntegration {
  return {
    name: "lowback:finish-pages",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const trimStyles = createPageStyleTrimmer();
        let pages = 0;
        let before = 0;
        let after = 0;
        for (const file of builtHtmlFiles(fileURLToPath(dir))) {
          const original = readFileSync(file, "utf8");
          const finished = trimStyles(narrowPagePolicy(original));
          before += finished.before;
          after += finished.after;
          if (finished.html !== original) {
            writeFileSync(file, finished.html);
            pages += 1;
          }
        }
        logger.info(
          `Narrowed the content security policy of ${pages} pages to their own scripts and styles, and trimmed their inline styles from ${(before / 1024).toFixed(0)} KB to ${(after / 1024).toFixed(0)} KB.`,
        );
      },
    },
  };
}

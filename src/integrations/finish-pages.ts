import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { setImmediate } from "node:timers/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

import type { AstroIntegration } from "astro";

import { builtHtmlFiles, pagePathOf } from "./built-pages";
import { updatedDateOf } from "./page-dates";
import { narrowPagePolicy } from "./page-policies";
import { createPageStyleTrimmer } from "./page-styles";

export interface FinishPages extends AstroIntegration {
  /**
   * The date the page at `pageUrl` (absolute) says its content last changed (see page-dates.ts),
   * read while its page was finished; for the sitemap, which must come after this step.
   */
  updatedDate: (pageUrl: string) => string | undefined;
}

/**
 * Finishes every built page in one read and one write: its Content-Security-Policy narrowed to
 * its own inline scripts and styles (page-policies.ts), then its stylesheet trimmed to the rules
 * that can match it (page-styles.ts), which renames the stylesheet's hash the narrowed policy kept.
 * Each page is replaced atomically (written beside it, then renamed), because the search index
 * reads the pages at the same time (search-index.ts).
 */
export function finishPages(): FinishPages {
  const updatedDates = new Map<string, string>();
  return {
    name: "lowback:finish-pages",
    updatedDate: (pageUrl) => updatedDates.get(new URL(pageUrl).pathname),
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const trimStyles = createPageStyleTrimmer();
        let pages = 0;
        let before = 0;
        let after = 0;
        for (const file of builtHtmlFiles(outDir)) {
          // Lets the search index's messages to Pagefind go out between pages.
          await setImmediate();
          const original = readFileSync(file, "utf8");
          const date = updatedDateOf(original);
          if (date !== undefined) updatedDates.set(pagePathOf(relative(outDir, file)), date);
          const finished = trimStyles(narrowPagePolicy(original));
          before += finished.before;
          after += finished.after;
          if (finished.html !== original) {
            // Not ending in .html, so that no reader of dist/ takes it for a page.
            const partial = join(file, "..", ".finishing");
            writeFileSync(partial, finished.html);
            renameSync(partial, file);
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

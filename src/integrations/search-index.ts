import { fileURLToPath } from "node:url";

import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";

/**
 * Builds the Pagefind search index into dist/pagefind/ at the end of `astro build`, so search is
 * part of every build and nothing is copied into public/. Pagefind indexes only what pages mark
 * with data-pagefind-body: article titles and bodies.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: "lowback:search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (index === undefined) {
          throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        }
        const indexed = await index.addDirectory({ path: outDir });
        if (indexed.errors.length > 0) {
          throw new Error(`Pagefind could not index the site: ${indexed.errors.join("; ")}`);
        }
        const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
        if (written.errors.length > 0) {
          throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
        }
        await close();
        logger.info(`Indexed ${indexed.page_count} pages for search.`);
      },
    },
  };
}

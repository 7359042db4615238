import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";

import { brandStyles } from "./src/integrations/brand-styles";
import { contentGate } from "./src/integrations/content-gate";
import { feeds } from "./src/integrations/feeds";
import { finishPages } from "./src/integrations/finish-pages";
import { searchIndex } from "./src/integrations/search-index";
import { shareImages } from "./src/integrations/share-images";

// Steps after the pages are built that share what they read (see each for why).
const finishing = finishPages();
const search = searchIndex();

export default defineConfig({
  site: "https://lowback.example.com",
  trailingSlash: "always",
  integrations: [
    // First: no other step may read content that has not passed the content check.
    contentGate(),
    brandStyles(),
    mdx(),
    // Pagefind indexes the built pages in its own process while the steps up to `search.wait` run.
    search.start,
    finishing,
    // After `finishing`, which reads each page's date for the sitemap.
    sitemap({
      // Search results are not content of their own.
      filter: (page) => new URL(page).pathname !== "/search/",
      serialize: (item) => {
        const date = finishing.updatedDate(item.url);
        return date === undefined ? item : { ...item, lastmod: date };
      },
    }),
    feeds(),
    search.wait,
    // Last: the share images are drawn on worker threads while everything before runs.
    shareImages(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro marks every MDX module with this directive and Rolldown warns that it may not be
          // preserved, once per article (withastro/astro#18087: harmless, fix pending). Hundreds of
          // identical warnings would hide a real one from the clinic's editors.
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("use astro:head-inject")) return;
          warn(warning);
        },
      },
    },
  },
  // No code blocks on this site, and Shiki's inline styles would need 'unsafe-inline' under CSP.
  markdown: { syntaxHighlight: false },
  build: {
    // The stylesheet goes inside each page: one round trip less before the first paint on a
    // phone, and one request less (Astro hashes the inline style for the page's CSP).
    inlineStylesheets: "always",
    // Two pages at a time: while one waits for a share image to encode, the other renders.
    concurrency: 2,
  },
  security: {
    // Hash-based: Astro adds the hash of every script and style it emits to each page's policy.
    // Pages that need more (search's WebAssembly, the newsletter form) add it themselves.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "upgrade-insecure-requests",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});

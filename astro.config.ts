import { fileURLToPath } from "node:url";

import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";

import { builtPageDate } from "./src/integrations/page-dates";
import { searchIndex } from "./src/integrations/search-index";

const OUT_DIR = fileURLToPath(new URL("./dist/", import.meta.url));

export default defineConfig({
  site: "https://lowback.example.com",
  trailingSlash: "always",
  integrations: [
    mdx(),
    sitemap({
      // Search results are not content of their own.
      filter: (page) => new URL(page).pathname !== "/search/",
      serialize: (item) => {
        const date = builtPageDate(OUT_DIR, item.url);
        return date === undefined ? item : { ...item, lastmod: date };
      },
    }),
    searchIndex(),
  ],
  vite: { plugins: [tailwindcss()] },
});

import { readFileSync } from "node:fs";
import { join, relative } from "node:path";

import { builtHtmlFiles as listBuiltHtml, pagePathOf } from "../../src/integrations/built-pages";

/** Helpers that read the production build in dist/, shared by the end-to-end specs. */

export const DIST = new URL("../../dist/", import.meta.url).pathname;

/** The `site` of astro.config.ts: sitemap and canonical URLs start with it. */
export const SITE = "https://lowback.example.com";

/** Every URL path listed in the built sitemap, e.g. "/causes/". */
export function sitemapPaths(): string[] {
  const index = readFileSync(join(DIST, "sitemap-index.xml"), "utf8");
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
  return sitemaps.flatMap((sitemap) => {
    const xml = readFileSync(join(DIST, sitemap), "utf8");
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
  });
}

/** Pages built on purpose but kept out of the sitemap: search results are not content of their own. */
export const PAGES_NOT_IN_SITEMAP: readonly string[] = ["/search/"];

/** Every page a reader can reach: the sitemap's pages and the few kept out of it. */
export function pagePaths(): string[] {
  return [...sitemapPaths(), ...PAGES_NOT_IN_SITEMAP];
}

/** Every built HTML file, as paths relative to dist/. */
export const builtHtmlFiles = (): string[] => listBuiltHtml(DIST).map((path) => relative(DIST, path));

/** The URL path a built file answers at: "causes/index.html" → "/causes/". */
export const pathOfFile = pagePathOf;

/** Pages under a topic that are not articles. */
const TOPIC_PAGES_THAT_ARE_NOT_ARTICLES: ReadonlySet<string> = new Set(["/red-flags/check/"]);

/** Article pages: two path segments under a topic, e.g. /causes/why-lower-back-pain-happens/. */
export function isArticlePath(path: string): boolean {
  return (
    /^\/(causes|techniques|self-care|red-flags)\/[^/]+\/$/.test(path) && !TOPIC_PAGES_THAT_ARE_NOT_ARTICLES.has(path)
  );
}

/** The only pages allowed to run JavaScript, each for one feature that needs it. */
export const PAGES_WITH_SCRIPTS: ReadonlySet<string> = new Set(["/red-flags/check/", "/search/"]);

/** Red-flag pages: the topic hub, its articles and the self-check. They sell nothing. */
export function isRedFlagPath(path: string): boolean {
  return path.startsWith("/red-flags/");
}

import type { Category } from "@/schemas/article";

/** Every internal href of the site is built here, so a URL scheme change is a one-file change. */

export const homeUrl = (): string => "/";

export const categoryUrl = (category: Category): string => `/${category}/`;

export const articleUrl = (id: string): string => `/${id}/`;

/** Everyone who writes or reviews the articles. */
export const teamUrl = (): string => "/people/";

export const personUrl = (id: string): string => `/people/${id}/`;

export const editorialPolicyUrl = (): string => "/editorial-policy/";

export const visitUrl = (): string => "/visit/";

export const allArticlesUrl = (): string => "/articles/";

export const searchUrl = (): string => "/search/";

export const rssUrl = (): string => "/rss.xml";

/** The feed of one topic's newest articles. */
export const topicRssUrl = (category: Category): string => `/${category}/rss.xml`;

/** The share image of an article, drawn at build time. */
export const shareImageUrl = (articleId: string): string => `/og/${articleId}.png`;

/** The share image of every page that is not an article. */
export const defaultShareImageUrl = (): string => "/og/default.png";

export const selfCheckUrl = (): string => "/red-flags/check/";

/** The in-page anchor of a source in an article's source list. */
export const sourceAnchor = (sourceId: string): string => `source-${sourceId}`;

/** The site's address from astro.config.ts; canonical URLs, feeds and structured data need it. */
export function requireSite(site: URL | undefined): URL {
  if (site === undefined) {
    throw new Error("Set `site` in astro.config.ts: canonical URLs, feeds and structured data must be absolute.");
  }
  return site;
}

/** Turns a site path into the absolute URL that canonical links and feeds need. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** The URL of a DOI, the most stable link to a paper. */
export const doiUrl = (doi: string): string => `https://doi.org/${doi}`;

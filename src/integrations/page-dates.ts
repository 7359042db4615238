/**
 * The date a built page says its content last changed, from its own
 * <meta property="og:updated_time">: the sitemap's lastmod then tells search engines the article's
 * real review date, never the build time. Pages without such a date get no lastmod.
 */
export const updatedDateOf = (html: string): string | undefined =>
  /<meta property="og:updated_time" content="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The date a built page says its content last changed, read from its own
 * <meta property="og:updated_time">: the sitemap's lastmod then tells search engines the article's
 * real review date, never the build time. Pages without such a date get no lastmod.
 */
export function builtPageDate(outDir: string, pageUrl: string): string | undefined {
  const file = join(outDir, new URL(pageUrl).pathname, "index.html");
  if (!existsSync(file)) return undefined;
  const match = /<meta property="og:updated_time" content="(\d{4}-\d{2}-\d{2})"/.exec(readFileSync(file, "utf8"));
  return match?.[1];
}

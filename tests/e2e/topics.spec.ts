import { readdirSync } from "node:fs";
import { join } from "node:path";

import { expect, test } from "@playwright/test";

import { readMdx } from "../unit/frontmatter";

/**
 * Each topic's page lists its start-here article (`order: 1` in its frontmatter) first, then the
 * others: a reader new to the topic meets the article written to be read first.
 */

const TOPICS = ["causes", "techniques", "self-care", "red-flags"] as const;

/** The topic's articles that have an `order`, lowest first, as URL paths. */
function orderedArticles(topic: string): string[] {
  const folder = join("content/articles", topic);
  return readdirSync(folder)
    .filter((name) => name.endsWith(".mdx") && !name.startsWith("_"))
    .map((name) => ({ name, data: readMdx(join(folder, name)).data as { order?: number; draft?: boolean } }))
    .filter((entry) => entry.data.order !== undefined && entry.data.draft !== true)
    .sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0))
    .map((entry) => `/${topic}/${entry.name.replace(/\.mdx$/, "")}/`);
}

for (const topic of TOPICS) {
  test(`/${topic}/ lists its start-here article first, then the others in their order`, async ({ page }) => {
    const ordered = orderedArticles(topic);
    expect(ordered.length, "a start-here article").toBeGreaterThan(0);
    await page.goto(`/${topic}/`);
    const listed = await page
      .locator("main ul")
      .first()
      .locator(":scope > li h2 a")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(listed.slice(0, ordered.length)).toEqual(ordered);
    expect(listed.length).toBeGreaterThan(ordered.length);
  });
}

test("the all-articles page lists each topic's start-here article first", async ({ page }) => {
  await page.goto("/articles/");
  for (const topic of TOPICS) {
    const first = page.locator(`section[aria-labelledby="topic-${topic}"] li a`).first();
    await expect(first).toHaveAttribute("href", orderedArticles(topic)[0] ?? "");
  }
});

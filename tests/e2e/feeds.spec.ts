import { readFileSync } from "node:fs";
import { join } from "node:path";

import { expect, test, type Page } from "@playwright/test";
import { parse as parseYaml } from "yaml";

import { FEED_ITEMS } from "../../src/lib/feeds";
import { TOPICS } from "../../src/lib/topics";
import { SITE, isArticlePath, sitemapPaths } from "./site";

/** What a test needs from a feed, read with the browser's own XML parser. */
interface Feed {
  error: string | null;
  version: string | null;
  channel: { title: string; link: string; description: string; lastBuildDate: string };
  self: { href: string | null; rel: string | null; type: string | null }[];
  items: {
    link: string;
    guid: string;
    title: string;
    pubDate: string;
    /** Every href and src in the item's HTML, as written. */
    urls: string[];
    /** The text of the item's "When to get help" block, whitespace collapsed. */
    help: string;
    /** The ids of the warning signs the block lists. */
    signs: string[];
  }[];
}

async function readFeed(page: Page, path: string): Promise<Feed> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  const xml = await response.text();
  await page.goto("/");
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const child = (parent: Element | null, name: string) =>
      [...(parent?.children ?? [])].find((element) => element.tagName === name)?.textContent ?? "";
    const channel = doc.querySelector("rss > channel");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      version: doc.documentElement.getAttribute("version"),
      channel: {
        title: child(channel, "title"),
        link: child(channel, "link"),
        description: child(channel, "description"),
        lastBuildDate: child(channel, "lastBuildDate"),
      },
      self: [...doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link")].map((link) => ({
        href: link.getAttribute("href"),
        rel: link.getAttribute("rel"),
        type: link.getAttribute("type"),
      })),
      items: [...doc.querySelectorAll("channel > item")].map((item) => {
        const html =
          item.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded")[0]?.textContent ?? "";
        const content = new DOMParser().parseFromString(html, "text/html");
        return {
          link: child(item, "link"),
          guid: child(item, "guid"),
          title: child(item, "title"),
          pubDate: child(item, "pubDate"),
          urls: [...content.querySelectorAll("[href], [src]")].map(
            (element) => element.getAttribute("href") ?? element.getAttribute("src") ?? "",
          ),
          help: (content.querySelector("[data-help-block]")?.textContent ?? "").replace(/\s+/g, " "),
          signs: [...content.querySelectorAll("[data-help-block] [data-sign]")].map(
            (sign) => sign.getAttribute("data-sign") ?? "",
          ),
        };
      }),
    };
  }, xml);
}

/** The day each published article was last published or reviewed, from its frontmatter. */
const articleDays = new Map<string, string>(
  sitemapPaths()
    .filter(isArticlePath)
    .map((path) => {
      const text = readFileSync(join("content/articles", `${path.slice(1, -1)}.mdx`), "utf8");
      const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as Record<string, unknown>;
      const days = [data["published"], data["lastReviewed"]].map((value) =>
        value instanceof Date ? value.toISOString().slice(0, 10) : String(value),
      );
      return [`${SITE}${path}`, days.sort().at(-1) ?? ""] as const;
    }),
);

/** The emergency-tier signs from content/red-flags.yaml: every article shows them, so every item carries them. */
const emergencySigns = (parseYaml(readFileSync("content/red-flags.yaml", "utf8")) as Record<string, string>[])
  .filter((sign) => sign["tier"] === "emergency")
  .map((sign) => ({ id: sign["id"] ?? "", symptom: sign["symptom"] ?? "" }));

const feeds = [
  { path: "/rss.xml", page: "/" },
  ...TOPICS.map((topic) => ({ path: `/${topic.category}/rss.xml`, page: `/${topic.category}/` })),
];

for (const feed of feeds) {
  test(`${feed.path} is RSS 2.0 with the newest ${FEED_ITEMS} articles of ${feed.page} in full, each with every emergency sign`, async ({
    page,
  }) => {
    const { error, version, channel, self, items } = await readFeed(page, feed.path);
    expect(error).toBeNull();
    expect(version).toBe("2.0");
    expect(channel.title.length).toBeGreaterThan(0);
    expect(channel.description.length).toBeGreaterThan(0);
    expect(channel.link).toBe(`${SITE}${feed.page}`);
    expect(self).toEqual([{ href: `${SITE}${feed.path}`, rel: "self", type: "application/rss+xml" }]);

    // The newest articles of the feed's scope: as many as fit, none older than one left out.
    const inScope = [...articleDays].filter(([url]) => url.startsWith(`${SITE}${feed.page}`));
    expect(items).toHaveLength(Math.min(FEED_ITEMS, inScope.length));
    const listed = new Set(items.map((item) => item.link));
    const oldestListed = Math.min(...items.map((item) => Date.parse(item.pubDate)));
    for (const [url, day] of inScope) {
      if (!listed.has(url))
        expect(Date.parse(day), `${url} is newer than an article in the feed`).toBeLessThanOrEqual(oldestListed);
    }
    for (const item of items) {
      expect(articleDays.has(item.link), `${item.link} is a published article`).toBe(true);
      expect(item.guid).toBe(item.link);
      expect(Date.parse(item.pubDate)).toBe(Date.parse(articleDays.get(item.link) ?? ""));
      expect(item.title.length).toBeGreaterThan(0);
    }
    const dates = items.map((item) => Date.parse(item.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    // The newest item's date, never the clock's, so that a rebuild writes the same bytes.
    expect(channel.lastBuildDate).toBe(items[0]?.pubDate);

    for (const item of items) {
      const relative = item.urls.filter((url) => !/^(https:\/\/|mailto:|tel:)/.test(url));
      expect(relative, `${item.link}: links a feed reader can follow`).toEqual([]);
      expect(
        item.urls.some((url) => url.startsWith(`${item.link}#source-`)),
        `${item.link}: citations`,
      ).toBe(true);
      expect(item.help, `${item.link}: "When to get help"`).toContain("When to get help");
      expect(emergencySigns.length).toBeGreaterThan(0);
      for (const sign of emergencySigns) {
        expect(item.signs, `${item.link}: emergency sign ${sign.id}`).toContain(sign.id);
        expect(item.help, `${item.link}: emergency sign ${sign.id}`).toContain(sign.symptom);
      }
    }
  });
}

for (const topic of TOPICS) {
  test(`/${topic.category}/ announces and links its own feed`, async ({ page }) => {
    await page.goto(`/${topic.category}/`);
    const feedUrl = `${SITE}/${topic.category}/rss.xml`;
    await expect(page.locator(`head link[rel="alternate"][type="application/rss+xml"][href="${feedUrl}"]`)).toHaveCount(
      1,
    );
    const link = page.locator("main a[data-topic-feed]");
    await expect(link).toBeVisible();
    expect(new URL((await link.getAttribute("href")) ?? "", SITE).href).toBe(feedUrl);
  });
}

test("an article page's warning signs reach the feed unchanged", async ({ page }) => {
  const { items } = await readFeed(page, "/rss.xml");
  const item = items[0];
  await page.goto(new URL(item?.link ?? "", SITE).pathname);
  const shown = (await page.locator("[data-help-block]").textContent())?.replace(/\s+/g, " ");
  expect(item?.help).toBe(shown);
});

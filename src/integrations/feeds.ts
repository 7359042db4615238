import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { getRssString } from "@astrojs/rss";
import type { AstroIntegration } from "astro";
import { parse } from "node-html-parser";

import { FEED_ITEMS, siteFeed, topicFeed } from "../lib/feeds";
import { TOPICS } from "../lib/topics";
import { absoluteUrl, categoryUrl, rssUrl, topicRssUrl } from "../lib/urls";
import { builtHtmlFiles } from "./built-pages";

/**
 * The RSS feeds: one for the site at /rss.xml and one per topic at /<topic>/rss.xml, each with the
 * newest articles in full. They are made from the article pages the build has already written, so
 * no article is rendered twice, and each item carries exactly what the page shows: the article's
 * text and its "When to get help" block, so a feed reader never gets advice without the warning
 * signs.
 */

/** What the feed needs to choose an article, read from the head of its built page. */
export interface BuiltArticle {
  /** The built HTML file. */
  file: string;
  /** The page's absolute canonical URL. */
  url: string;
  /** The day it was last published or reviewed, whichever is later, as YYYY-MM-DD. */
  day: string;
}

/** A feed item in the shape @astrojs/rss takes. */
export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
  content: string;
}

const headMeta = (head: string, property: string): string | undefined =>
  new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(head)?.[1];

/**
 * The article a built page holds, or undefined for any other page. Only the head is read: a feed
 * chooses its items from every article, and reads in full only the few it keeps.
 */
export function builtArticle(file: string, html: string): BuiltArticle | undefined {
  const head = html.slice(0, html.indexOf("</head>"));
  if (headMeta(head, "og:type") !== "article") return undefined;
  const url = /<link rel="canonical" href="([^"]*)"/.exec(head)?.[1];
  const days = [headMeta(head, "article:published_time"), headMeta(head, "article:modified_time")];
  if (url === undefined || days.some((day) => day === undefined)) {
    throw new Error(`${file}: an article page without a canonical URL or its dates cannot go in the feed.`);
  }
  return { file, url, day: days.sort().at(-1) ?? "" };
}

/** Newest first; articles of the same day by URL, so that every build lists them in one order. */
export const newestFirst = (a: BuiltArticle, b: BuiltArticle): number =>
  b.day.localeCompare(a.day) || a.url.localeCompare(b.url);

/**
 * The feed item of a built article page: its text and its warning-sign block, with every link
 * made absolute (a feed reader shows the text away from the site) and the site's classes dropped.
 */
export function feedItem(article: BuiltArticle, html: string): FeedItem {
  const page = parse(html);
  const meta = (selector: string) => page.querySelector(selector)?.getAttribute("content");
  const body = page.querySelector("[data-article-body]");
  const help = page.querySelector("[data-help-block]");
  const title = meta('meta[property="og:title"]');
  if (body === null || help === null || title === undefined) {
    throw new Error(
      `${article.file}: an article page must have its text, its title and its "When to get help" block to go in the feed.`,
    );
  }
  const content = parse(`${body.innerHTML}${help.outerHTML}`);
  for (const element of content.querySelectorAll("*")) {
    element.removeAttribute("class");
    for (const name of ["href", "src"]) {
      const value = element.rawAttributes[name];
      if (value?.startsWith("#") || (value?.startsWith("/") && !value.startsWith("//"))) {
        element.setAttribute(name, new URL(value, article.url).href);
      }
    }
  }
  return {
    title,
    description: meta('meta[name="description"]') ?? "",
    link: article.url,
    pubDate: new Date(article.day),
    categories: [meta('meta[property="article:section"]') ?? ""].filter(Boolean),
    content: content.toString(),
  };
}

/** The feed's channel, as written in its head. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The absolute URL of the page the feed follows. */
  link: string;
  /** The feed's own absolute URL. */
  self: string;
  /** The language of the pages, e.g. "en". */
  language: string;
}

/**
 * An RSS 2.0 feed of `items`, newest first. Its lastBuildDate is the newest item's date, not the
 * clock's, so that building the same content twice writes the same bytes.
 */
export async function feedXml(channel: FeedChannel, items: readonly FeedItem[]): Promise<string> {
  const newest = items[0]?.pubDate ?? new Date(0);
  return getRssString({
    title: channel.title,
    description: channel.description,
    site: channel.link,
    items: [...items],
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData: [
      `<atom:link href="${channel.self}" rel="self" type="application/rss+xml"/>`,
      `<language>${channel.language}</language>`,
      `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>`,
    ].join(""),
    trailingSlash: true,
  });
}

/** Writes the site's feed and each topic's feed from the built article pages. */
export function feeds(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: "lowback:feeds",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site === undefined ? undefined : new URL(config.site);
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (site === undefined) throw new Error("Set `site` in astro.config.ts: feeds need absolute links.");
        const outDir = fileURLToPath(dir);
        const articles = builtHtmlFiles(outDir)
          .map((file) => builtArticle(file, readFileSync(file, "utf8")))
          .filter((article) => article !== undefined)
          .sort(newestFirst);
        const home = readFileSync(join(outDir, "index.html"), "utf8");
        const siteName = parse(home).querySelector('meta[property="og:site_name"]')?.getAttribute("content") ?? "";
        const language = /<html lang="([^"]+)"/.exec(home)?.[1]?.toLowerCase() ?? "en";

        const items = new Map<string, FeedItem>();
        const itemOf = (article: BuiltArticle): FeedItem => {
          const item = items.get(article.url) ?? feedItem(article, readFileSync(article.file, "utf8"));
          items.set(article.url, item);
          return item;
        };
        const write = async (path: string, channel: Omit<FeedChannel, "self" | "language">, from: BuiltArticle[]) => {
          const self = absoluteUrl(path, site ?? "");
          const xml = await feedXml({ ...channel, self, language }, from.slice(0, FEED_ITEMS).map(itemOf));
          const file = join(outDir, path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, xml);
        };

        await write(rssUrl(), { ...siteFeed(siteName), link: absoluteUrl("/", site) }, articles);
        for (const topic of TOPICS) {
          const hub = absoluteUrl(categoryUrl(topic.category), site);
          await write(
            topicRssUrl(topic.category),
            { ...topicFeed(siteName, topic), link: hub },
            articles.filter((article) => article.url.startsWith(hub)),
          );
        }
        logger.info(
          `Wrote ${TOPICS.length + 1} feeds of the newest ${FEED_ITEMS} articles each, from ${items.size} built pages.`,
        );
      },
    },
  };
}

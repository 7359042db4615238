import { describe, expect, it } from "vitest";

import { builtArticle, feedItem, feedXml, newestFirst } from "../../src/integrations/feeds";

const URL_ = "https://example.com/self-care/heat/";

/** A built article page in the shape the layout writes, reduced to what a feed reads. */
const page = (parts: { body?: string; help?: string; modified?: string } = {}) =>
  [
    `<html lang="en"><head><link rel="canonical" href="${URL_}">`,
    `<meta property="og:title" content="Heat &amp; ice"><meta name="description" content="What helps.">`,
    `<meta property="og:type" content="article"><meta property="article:published_time" content="2026-01-02">`,
    `<meta property="article:modified_time" content="${parts.modified ?? "2026-03-04"}">`,
    `<meta property="article:section" content="Self-care"></head><body>`,
    parts.body ??
      `<div class="prose-site" data-article-body><p class="x">Heat helps.<a href="#source-a">[1]</a></p></div>`,
    parts.help ??
      `<section data-help-block><h2>When to get help</h2><p><a href="/red-flags/check/">Check</a> <a href="tel:+1">Call</a> <a href="https://doi.org/1">DOI</a></p></section>`,
    `</body></html>`,
  ].join("");

describe("feeds from built pages", () => {
  it("reads an article's URL and its latest date from the head, and skips other pages", () => {
    expect(builtArticle("a.html", page())).toEqual({ file: "a.html", url: URL_, day: "2026-03-04" });
    expect(builtArticle("b.html", page().replace('content="article"', 'content="website"'))).toBeUndefined();
  });

  it("orders the newest first, and the same day by URL", () => {
    const day = (url: string, d: string) => ({ file: "", url, day: d });
    const sorted = [day("b", "2026-01-01"), day("c", "2026-02-01"), day("a", "2026-01-01")].sort(newestFirst);
    expect(sorted.map((article) => article.url)).toEqual(["c", "a", "b"]);
  });

  it("carries the article's text and warning signs with absolute links and no classes", () => {
    const html = page();
    const article = builtArticle("a.html", html);
    if (article === undefined) throw new Error("not an article");
    const item = feedItem(article, html);
    expect(item).toMatchObject({ title: "Heat & ice", link: URL_, categories: ["Self-care"] });
    expect(item.content).toBe(
      `<p>Heat helps.<a href="${URL_}#source-a">[1]</a></p><section data-help-block><h2>When to get help</h2><p><a href="https://example.com/red-flags/check/">Check</a> <a href="tel:+1">Call</a> <a href="https://doi.org/1">DOI</a></p></section>`,
    );
  });

  it("refuses an article page without its warning signs", () => {
    const html = page({ help: "" });
    const article = builtArticle("a.html", html);
    if (article === undefined) throw new Error("not an article");
    expect(() => feedItem(article, html)).toThrow(/a\.html: .*"When to get help" block/);
  });

  it("dates the channel by its newest item, with a self link", async () => {
    const html = page();
    const article = builtArticle("a.html", html);
    if (article === undefined) throw new Error("not an article");
    const xml = await feedXml(
      {
        title: "T",
        description: "D",
        link: "https://example.com/",
        self: "https://example.com/rss.xml",
        language: "en",
      },
      [feedItem(article, html)],
    );
    expect(xml).toContain('<atom:link href="https://example.com/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain("<lastBuildDate>Wed, 04 Mar 2026 00:00:00 GMT</lastBuildDate>");
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
  });
});

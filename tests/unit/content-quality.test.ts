import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { citedSourceIds } from "@/lib/content-rules";
import { EDITORIAL_LIMITS, linkedArticleIds } from "@/lib/editorial-rules";
import { countWords, readingGrade } from "@/lib/reading";

import { readMdx } from "./frontmatter";

/**
 * Editorial rules every published article must meet, read straight from content/. Each test lists
 * the articles that break its rule, so a failure says which file to fix.
 */

const ARTICLES_DIR = "content/articles";
const IMAGES_DIR = "content/images";

interface ArticleFile {
  /** "self-care/heat-or-ice" */
  id: string;
  data: Record<string, unknown>;
  body: string;
}

const articles: ArticleFile[] = readdirSync(ARTICLES_DIR).flatMap((category) =>
  readdirSync(join(ARTICLES_DIR, category))
    .filter((name) => name.endsWith(".mdx") && !name.startsWith("_"))
    .map((name) => {
      const { data, body } = readMdx(join(ARTICLES_DIR, category, name));
      return { id: `${category}/${name.replace(/\.mdx$/, "")}`, data: data as Record<string, unknown>, body };
    }),
);

/** The ids of content/sources.yaml, the bibliography articles cite. */
const sourceIds = new Set(
  (parse(readFileSync("content/sources.yaml", "utf8")) as { id: string }[]).map((source) => source.id),
);

const articleIds = new Set(articles.map((article) => article.id));

/** The ids of the other articles a body links to, each once. */
const linkedArticles = (article: ArticleFile): string[] => linkedArticleIds(article.body, article.id, articleIds);

/** Rule → the articles that break it, with the figure that broke it. */
function offenders(check: (article: ArticleFile) => string | undefined): string[] {
  return articles.flatMap((article) => {
    const problem = check(article);
    return problem === undefined ? [] : [`${article.id}: ${problem}`];
  });
}

describe("the article library", () => {
  it("publishes articles in every topic", () => {
    for (const category of ["causes", "techniques", "self-care", "red-flags"]) {
      expect(articles.filter((article) => article.id.startsWith(`${category}/`)).length).toBeGreaterThanOrEqual(4);
    }
  });

  it("has one start-here article (order: 1) in every topic, which its page lists first", () => {
    const startHere = articles.filter((article) => article.data["order"] === 1).map((article) => article.id);
    expect(startHere.map((id) => id.split("/")[0]).sort()).toEqual(["causes", "red-flags", "self-care", "techniques"]);
  });

  it("reads at grade 8 or lower (Flesch–Kincaid, text-readability)", () => {
    expect(
      offenders((article) => {
        const grade = readingGrade(article.body);
        return grade > EDITORIAL_LIMITS.maxGrade ? `grade ${grade.toFixed(1)}` : undefined;
      }),
    ).toEqual([]);
  });

  it("has 600 to 1,500 words in each body", () => {
    expect(
      offenders((article) => {
        const words = countWords(article.body);
        return words < EDITORIAL_LIMITS.minWords || words > EDITORIAL_LIMITS.maxWords ? `${words} words` : undefined;
      }),
    ).toEqual([]);
  });

  it("cites at least 3 distinct sources inline in each article", () => {
    expect(
      offenders((article) => {
        const cited = citedSourceIds(article.body).length;
        return cited < EDITORIAL_LIMITS.minSources ? `${cited} distinct sources cited` : undefined;
      }),
    ).toEqual([]);
  });

  it("links each article to at least 2 other articles", () => {
    expect(
      offenders((article) => {
        const links = linkedArticles(article).length;
        return links < EDITORIAL_LIMITS.minArticleLinks ? `${links} links to other articles` : undefined;
      }),
    ).toEqual([]);
  });

  it("has 3 to 5 key points in each article", () => {
    expect(
      offenders((article) => {
        const points = (article.data["keyPoints"] as unknown[] | undefined)?.length ?? 0;
        return points < 3 || points > 5 ? `${points} key points` : undefined;
      }),
    ).toEqual([]);
  });

  it("cites every source in content/sources.yaml at least once, in an article or a warning sign", () => {
    const signs = parse(readFileSync("content/red-flags.yaml", "utf8")) as { sources: string[] }[];
    const cited = new Set([
      ...articles.flatMap((article) => citedSourceIds(article.body)),
      ...signs.flatMap((sign) => sign.sources),
    ]);
    expect([...sourceIds].filter((id) => !cited.has(id))).toEqual([]);
  });

  it("cites only sources that exist", () => {
    expect(
      offenders((article) => {
        const unknown = citedSourceIds(article.body).filter((id) => !sourceIds.has(id));
        return unknown.length > 0 ? `unknown sources ${unknown.join(", ")}` : undefined;
      }),
    ).toEqual([]);
  });
});

/**
 * Claims that clinic blogs make and the evidence does not support (FACTS.md section 6). Only the
 * myths article may name them, to explain why they are wrong.
 */
const UNSUPPORTED_CLAIMS: readonly RegExp[] = [
  /\btoxins?\b/i,
  /\bdetox/i,
  /\bflush(es|ing)?\b/i,
  /lactic acid/i,
  /\bendorphins?\b/i,
  /\b(boosts?|improves?|increases?|better)\s+(blood\s+)?circulation\b/i,
  /\bcortisol\b/i,
  /\bserotonin\b/i,
  /\bdopamine\b/i,
  /\b(cures?|fix(es)?)\s+(your\s+)?back pain\b/i,
  /\broot cause\b/i,
  /\breduces? inflammation\b/i,
];
const MYTHS_ARTICLE = "techniques/massage-myths";

describe("unsupported claims", () => {
  it("appear nowhere but in the myths article", () => {
    const found = articles
      .filter((article) => article.id !== MYTHS_ARTICLE)
      .flatMap((article) => {
        const text = `${JSON.stringify(article.data)}\n${article.body}`;
        return UNSUPPORTED_CLAIMS.filter((claim) => claim.test(text)).map((claim) => `${article.id}: ${claim.source}`);
      });
    expect(found).toEqual([]);
  });

  it("are each named in the myths article, which refutes them", () => {
    const myths = articles.find((article) => article.id === MYTHS_ARTICLE);
    expect(myths?.body).toMatch(/toxins?/i);
    expect(myths?.body).toMatch(/lactic acid/i);
    expect(myths?.body).toMatch(/endorphins?/i);
    expect(myths?.body).toMatch(/cortisol/i);
  });
});

describe("red-flag pages", () => {
  it("sell nothing: no booking, prices or offers", () => {
    const sales = /\b(book(ing)?|appointment with (us|our)|discount|offer|\$\d+|% off|our clinic)\b/i;
    const found = articles
      .filter((article) => article.id.startsWith("red-flags/"))
      .filter((article) => sales.test(article.body))
      .map((article) => `${article.id}: ${sales.exec(article.body)?.[0] ?? ""}`);
    expect(found).toEqual([]);
  });
});

describe("illustrations", () => {
  const drawings = readdirSync(IMAGES_DIR).filter((name) => name.endsWith(".svg"));
  const used = new Map(
    articles.flatMap((article) =>
      [...article.body.matchAll(/<Illustration\s+name="([^"]+)"\s+alt="([^"]*)"/g)].map(
        (match) => [match[1] ?? "", match[2] ?? ""] as const,
      ),
    ),
  );

  it("include the lower-back diagram and a drawing for each stretch and exercise", () => {
    expect(drawings.length).toBeGreaterThanOrEqual(9);
  });

  it.each(drawings)("%s has a title and a description and no styles, scripts or links", (name) => {
    const svg = readFileSync(join(IMAGES_DIR, name), "utf8");
    expect(svg).toMatch(/<svg[^>]*\brole="img"/);
    expect(svg).toMatch(/<title[^>]*>[^<]{3,}<\/title>/);
    expect(svg).toMatch(/<desc[^>]*>[^<]{20,}<\/desc>/);
    expect(svg).not.toMatch(/\sstyle=|<style|<script|\son[a-z]+=|href="(https?:)?\/\//i);
  });

  it.each(drawings)("%s is used by an article, with alt text that describes it", (name) => {
    const alt = used.get(name.replace(/\.svg$/, ""));
    expect(alt).toBeDefined();
    expect(alt?.length ?? 0).toBeGreaterThan(30);
  });
});

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

import { build, builtPage, copyProject, removeCopies } from "./project-copy";

/**
 * Overdue reviews on a fixed clock: a build dated between the articles' review dates marks exactly
 * the overdue articles, warns once in the log, and still succeeds. Every article links to a
 * problem report by email with its address in the subject.
 */

const BUILD_DATE = "2027-10-15";
const ARTICLES_DIR = "content/articles";

const articles = readdirSync(ARTICLES_DIR).flatMap((topic) =>
  readdirSync(join(ARTICLES_DIR, topic))
    .filter((name) => name.endsWith(".mdx") && !name.startsWith("_"))
    .map((name) => {
      const text = readFileSync(join(ARTICLES_DIR, topic, name), "utf8");
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as { nextReview: string; draft?: boolean };
      return { path: `${topic}/${name.replace(/\.mdx$/, "")}`, nextReview: data.nextReview, draft: data.draft };
    })
    .filter((article) => article.draft !== true),
);
const overdue = articles.filter((article) => String(article.nextReview) < BUILD_DATE);

afterAll(removeCopies);

describe(`a build dated ${BUILD_DATE}`, () => {
  let dir = "";
  let output = "";

  beforeAll(() => {
    dir = copyProject();
    const result = build(dir, { LOWBACK_BUILD_DATE: BUILD_DATE });
    output = result.output;
    expect(result.status, output).toBe(0);
  });

  it("falls between the articles' review dates, so it tests both sides", () => {
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(articles.length);
  });

  it("says on exactly the overdue articles that their review is overdue", () => {
    for (const article of articles) {
      const says = builtPage(dir, article.path).includes("data-review-overdue");
      expect(says, article.path).toBe(overdue.includes(article));
    }
  });

  it("warns once in the build log, listing every overdue article", () => {
    const warnings = output.split("\n").filter((line) => line.includes("[reviews]"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${overdue.length} article`);
    for (const article of overdue) expect(warnings[0]).toContain(article.path);
  });

  it("links every article to a problem report by email, with the page in the subject", () => {
    const clinic = parse(readFileSync("content/clinic.yaml", "utf8")) as { editorialEmail: string };
    for (const article of articles) {
      const subject = encodeURIComponent(`Problem with https://lowback.example.com/${article.path}/`);
      expect(builtPage(dir, article.path), article.path).toContain(
        `href="mailto:${clinic.editorialEmail}?subject=${subject}"`,
      );
    }
  });
});

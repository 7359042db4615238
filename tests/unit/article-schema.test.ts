import { readdirSync } from "node:fs";

import { z } from "astro/zod";
import { describe, expect, it } from "vitest";

import { schemaProblems } from "@/lib/content-rules";
import { createArticleSchema } from "@/schemas/article";

import { readMdx } from "./frontmatter";

// References are plain ids here; whether they exist is checked by the cross-file rules.
const ArticleSchema = createArticleSchema({
  person: z.string(),
  source: z.string(),
  redFlag: z.string(),
  image: z.string(),
});

const FIXTURES = "tests/fixtures/articles";

function problemsOf(file: string) {
  const result = ArticleSchema.safeParse(readMdx(file).data);
  return result.success ? [] : schemaProblems(file, result.error.issues, readMdx(file).data);
}

describe("article schema: good content", () => {
  for (const category of ["causes", "techniques", "red-flags"]) {
    it(`accepts a complete ${category} article`, () => {
      const file = `${FIXTURES}/good/${category}/${readdirSync(`${FIXTURES}/good/${category}`)[0]}`;
      expect(problemsOf(file)).toEqual([]);
    });
  }

  it("turns YAML dates into Date objects", () => {
    const result = ArticleSchema.parse(readMdx(`${FIXTURES}/good/causes/stress.mdx`).data);
    expect(result.published.toISOString()).toBe("2026-10-01T00:00:00.000Z");
  });
});

/** Each bad fixture, the field its error must name, and the message the editor reads. */
const BAD_CASES: readonly [fixture: string, field: string, message: string][] = [
  ["missing-title", "title", "Add a title."],
  ["title-too-long", "title", "Shorten the title to 60 characters or fewer (it has 71)."],
  ["description-too-short", "description", "Lengthen the description to at least 50 characters (it has 10)."],
  ["description-too-long", "description", "Shorten the description to 160 characters or fewer (it has 170)."],
  ["unknown-field", "subtitle", 'Remove "subtitle" or fix the spelling: it is not a field here.'],
  [
    "unknown-category",
    "category",
    "Set category to one of: causes, techniques, self-care, red-flags (the name of the folder the file is in).",
  ],
  ["bad-date", "published", "Write published as a date in the form YYYY-MM-DD, for example 2026-11-20."],
  [
    "reviewed-before-published",
    "lastReviewed",
    "Set lastReviewed to the published date or later: an article cannot be reviewed before it exists.",
  ],
  ["next-review-before-last", "nextReview", "Set nextReview to a date after lastReviewed, usually one year later."],
  ["next-review-too-far", "nextReview", "Set nextReview no more than two years after lastReviewed."],
  ["no-sources", "sources", "Add at least one source id from content/sources.yaml under sources:."],
  ["too-few-key-points", "keyPoints", "Add key points: 3 to 5 are needed (there are 1)."],
  ["too-many-key-points", "keyPoints", "Cut key points to 5 or fewer (there are 6)."],
  ["service-on-causes", "service", 'Remove "service" or fix the spelling: it is not a field here.'],
  ["red-flag-without-urgency", "urgency", "Set urgency to one of: emergency, same-day, within-days."],
  ["bad-urgency", "urgency", "Set urgency to one of: emergency, same-day, within-days."],
  ["precautions-on-causes", "precautions", 'Remove "precautions" or fix the spelling: it is not a field here.'],
  ["hero-without-alt", "hero → alt", "Add alt text for the hero image that says what it shows."],
  ["draft-not-boolean", "draft", "Set draft to true or false."],
  ["bad-tag", "tags #1", 'Write each tag in lower case with hyphens, e.g. "chronic-pain".'],
  [
    "order-not-a-number",
    "order",
    "Write order as a whole number such as 1, or remove it: 1 lists the article first in its topic.",
  ],
  ["order-not-whole", "order", "Write order as a whole number such as 1 or 2, without a decimal point."],
  ["order-zero", "order", "Write order as 1 or more: 1 lists the article first in its topic."],
  // Articles no longer pick their warning signs: the emergency signs and the topic's come from
  // content/red-flags.yaml, and extraSigns can only add to them.
  ["help-field", "help", 'Remove "help" or fix the spelling: it is not a field here.'],
];

describe("article schema: bad content names the file, the field and the fix", () => {
  it("has a test case for every bad fixture", () => {
    const fixtures = readdirSync(`${FIXTURES}/bad`).map((name) => name.replace(/\.mdx$/, ""));
    expect(fixtures.sort()).toEqual(BAD_CASES.map(([fixture]) => fixture).sort());
  });

  for (const [fixture, field, message] of BAD_CASES) {
    it(`rejects ${fixture}`, () => {
      const file = `${FIXTURES}/bad/${fixture}.mdx`;
      expect(problemsOf(file)).toContainEqual({ file, field, message });
    });
  }
});

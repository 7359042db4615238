import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import {
  checkArticle,
  checkRedFlagSources,
  checkTopicOrder,
  checkUrgencyWords,
  citedSourceIds,
  folderOf,
  formatProblems,
  type ArticleFacts,
  type KnownIds,
} from "@/lib/content-rules";
import { findUrgencyWords } from "@/lib/urgency-lint";

const known: KnownIds = {
  people: new Set(["jordan-ellis", "amara-lindqvist"]),
  sources: new Set(["furlan-2015", "nice-2016", "who-2023"]),
  redFlags: new Map([
    ["saddle-numbness", { tier: "emergency" }],
    ["fever", { tier: "same-day", topics: ["causes", "self-care"] }],
    ["leg-clot", { tier: "same-day", topics: ["techniques"] }],
  ]),
};

const FILE = "content/articles/causes/example.mdx";

const good: ArticleFacts = {
  file: FILE,
  category: "causes",
  body: 'Massage helps a little.<Cite id="furlan-2015" /> Exercise first.<Cite id="nice-2016" /><Cite id="furlan-2015" /> <Sign id="fever" /> <TierAction tier="same-day" /> <TierName tier="emergency" />',
  author: "jordan-ellis",
  reviewer: "amara-lindqvist",
  sources: ["nice-2016", "furlan-2015"],
  extraSigns: ["leg-clot"],
};

describe("citedSourceIds", () => {
  it("lists cited ids in order of first citation, each once", () => {
    expect(citedSourceIds(good.body)).toEqual(["furlan-2015", "nice-2016"]);
  });

  it("accepts single quotes and extra spaces", () => {
    expect(citedSourceIds("a<Cite id='who-2023'/> b<Cite  id = \"nice-2016\" />")).toEqual(["who-2023", "nice-2016"]);
  });
});

describe("folderOf", () => {
  it("returns the category folder of an article path", () => {
    expect(folderOf("content/articles/self-care/heat-or-ice.mdx")).toBe("self-care");
  });
});

describe("checkArticle", () => {
  it("passes a consistent article", () => {
    expect(checkArticle(good, known)).toEqual([]);
  });

  it.each<[string, Partial<ArticleFacts>, string, string]>([
    [
      "a folder that does not match the category",
      { category: "techniques" },
      "category",
      'The file is in the "causes" folder but says category: techniques.',
    ],
    ["an unknown author", { author: "nobody" }, "author", 'No person has the id "nobody".'],
    ["an unknown reviewer", { reviewer: "nobody" }, "reviewer", 'No person has the id "nobody".'],
    [
      "the author reviewing their own article",
      { reviewer: "jordan-ellis" },
      "reviewer",
      "The reviewer must be a different person from the author",
    ],
    [
      "an unknown source id",
      { sources: ["nice-2016", "furlan-2015", "made-up-2020"] },
      "sources",
      'No source has the id "made-up-2020".',
    ],
    [
      "a source listed twice",
      { sources: ["nice-2016", "furlan-2015", "nice-2016"] },
      "sources",
      'The source "nice-2016" is listed more than once.',
    ],
    [
      "an unknown extra warning sign",
      { extraSigns: ["headache"] },
      "extraSigns",
      'No warning sign has the id "headache".',
    ],
    [
      "an extra sign the topic already shows",
      { extraSigns: ["fever"] },
      "extraSigns",
      '"fever" is already shown on every causes article (its topics in content/red-flags.yaml). Remove it from extraSigns.',
    ],
    [
      "an emergency sign as an extra",
      { extraSigns: ["saddle-numbness"] },
      "extraSigns",
      '"saddle-numbness" is an emergency sign, which every article already shows. Remove it from extraSigns.',
    ],
    [
      "an extra sign listed twice",
      { extraSigns: ["leg-clot", "leg-clot"] },
      "extraSigns",
      'The warning sign "leg-clot" is listed more than once.',
    ],
    [
      "a <Sign> with an unknown id",
      { body: `${good.body} <Sign id="headache" />` },
      "body",
      '<Sign id="headache" /> names a warning sign that is not in content/red-flags.yaml.',
    ],
    [
      "a <TierAction> with an unknown tier",
      { body: `${good.body} <TierAction tier="soon" />` },
      "body",
      '<TierAction tier="soon" /> names an unknown tier. Use one of: emergency, same-day, within-days.',
    ],
    [
      "a file name that takes another page's address",
      { file: "content/articles/red-flags/check.mdx", category: "red-flags" },
      "file name",
      "The address /red-flags/check/ belongs to another page of the site.",
    ],
    [
      "a citation of a source not listed",
      { sources: ["furlan-2015"] },
      "body",
      '<Cite id="nice-2016" /> cites a source that is not in this article\'s sources: list.',
    ],
    [
      "a listed source never cited",
      { sources: ["nice-2016", "furlan-2015", "who-2023"] },
      "sources",
      '"who-2023" is listed under sources: but never cited.',
    ],
  ])("reports %s", (_case, change, field, message) => {
    const article = { ...good, ...change };
    const problems = checkArticle(article, known);
    expect(problems).toContainEqual({
      file: article.file,
      field,
      message: expect.stringContaining(message) as string,
    });
  });
});

describe("checkRedFlagSources", () => {
  it("reports a warning sign that cites an unknown source", () => {
    expect(
      checkRedFlagSources("content/red-flags.yaml", [{ id: "fever", sources: ["who-2023", "gone-1999"] }], known),
    ).toEqual([
      {
        file: "content/red-flags.yaml",
        field: "fever.sources",
        message: 'No source has the id "gone-1999". Use an id from content/sources.yaml.',
      },
    ]);
  });
});

describe("checkTopicOrder", () => {
  const self = (name: string, order?: number, draft = false) => ({
    file: `content/articles/self-care/${name}.mdx`,
    category: "self-care",
    order,
    draft,
  });

  it("accepts one article per place in each topic, and any number without a place", () => {
    expect(
      checkTopicOrder([self("a", 1), self("b", 2), self("c"), self("d"), { ...self("e", 1), category: "causes" }]),
    ).toEqual([]);
  });

  it("names each article of a topic that shares its order, and the others", () => {
    const fix = "Give each article of a topic a different order, or remove order: from all but one of them.";
    expect(checkTopicOrder([self("a", 1), self("b", 1), self("c", 2)])).toEqual([
      {
        file: "content/articles/self-care/a.mdx",
        field: "order",
        message: `content/articles/self-care/b.mdx also has order: 1. ${fix}`,
      },
      {
        file: "content/articles/self-care/b.mdx",
        field: "order",
        message: `content/articles/self-care/a.mdx also has order: 1. ${fix}`,
      },
    ]);
    expect(checkTopicOrder([self("a", 2), self("b", 2), self("c", 2)])[0]?.message).toBe(
      `content/articles/self-care/b.mdx and content/articles/self-care/c.mdx also have order: 2. ${fix}`,
    );
  });

  it("leaves drafts out: they are not listed", () => {
    expect(checkTopicOrder([self("a", 1), self("b", 1, true)])).toEqual([]);
  });
});

describe("formatProblems", () => {
  it("prints one line per problem with file, field and fix", () => {
    expect(formatProblems(checkArticle({ ...good, author: "nobody" }, known))).toMatchInlineSnapshot(`
      "The content has 1 problem to fix before the site can be built:
        content/articles/causes/example.mdx → author: No person has the id "nobody". Use a file name from content/people/ without .yaml, or add content/people/nobody.yaml."
    `);
  });
});

describe("the urgency lint over the real articles", () => {
  it("reports each urgency word as a problem that names the file and line", () => {
    const text = ["---", "description: Signs that need emergency care.", "---", "", "Get seen the same day."].join(
      "\n",
    );
    expect(checkUrgencyWords("content/articles/causes/x.mdx", text).map((problem) => problem.file)).toEqual([
      "content/articles/causes/x.mdx:2",
      "content/articles/causes/x.mdx:5",
    ]);
  });

  const ARTICLES = "content/articles";
  const published = readdirSync(ARTICLES).flatMap((topic) =>
    readdirSync(join(ARTICLES, topic))
      .filter((name) => name.endsWith(".mdx"))
      .map((name) => join(ARTICLES, topic, name)),
  );

  it("passes every article in content/articles", () => {
    expect(published.length).toBeGreaterThanOrEqual(28);
    expect(published.flatMap((file) => checkUrgencyWords(file, readFileSync(file, "utf8")))).toEqual([]);
  });

  it("fails the articles as they were before the sign components (issue 10)", () => {
    // Verbatim copies of two articles at commit e3167fa, before their urgencies moved into components.
    const before = (name: string) =>
      findUrgencyWords(readFileSync(join("tests/fixtures/before-issue-10", name), "utf8"), name).map(
        ({ line, word }) => `${line}: ${word}`,
      );
    expect(before("gentle-stretches.mdx")).toContain("123: emergency department");
    const emergency = before("emergency-symptoms.mdx");
    // "At the very least, get seen the same day": a second urgency for the fragile-bones sign.
    expect(emergency).toContain("73: same day");
    // Chest pain "needs medical advice the same day": the tier FACTS.md corrected to emergency.
    expect(emergency).toContain("77: same day");
    // Three of its five key points stated urgencies in free text.
    expect(emergency.filter((hit) => /^1[2-6]: /.test(hit)).length).toBeGreaterThanOrEqual(3);
  });
});

import { describe, expect, it } from "vitest";

import { EDITORIAL_LIMITS, checkEditorialRules, linkedArticleIds } from "@/lib/editorial-rules";

const FILE = "content/articles/self-care/example.mdx";
const ARTICLE_IDS = new Set(["self-care/example", "self-care/heat-or-ice", "causes/sciatica", "red-flags/check"]);

/** A plain body of `sentences` short sentences, citing `sources` distinct ids and linking `links`. */
function body(sentences: number, sources: readonly string[], links: readonly string[]): string {
  const text = Array.from({ length: sentences }, () => "Keep moving as best you can each day.").join(" ");
  const cites = sources.map((id) => `<Cite id="${id}" />`).join("");
  const linkText = links.map((id) => `Read [more](/${id}/).`).join(" ");
  return `${text}${cites}\n\n${linkText}\n`;
}

const messages = (text: string) =>
  checkEditorialRules({ file: FILE, id: "self-care/example", body: text }, ARTICLE_IDS).map(
    (problem) => `${problem.file} → ${problem.field}: ${problem.message}`,
  );

describe("the editorial rules the build enforces", () => {
  it("pass an article of the right length, grade, sources and links", () => {
    expect(messages(body(100, ["a", "b", "c"], ["self-care/heat-or-ice", "causes/sciatica"]))).toEqual([]);
  });

  it("name the file, the figure and the fix for a short article with one source and no links", () => {
    const found = messages(body(20, ["a"], []));
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^content\/articles\/self-care\/example\.mdx → body: The article has 16\d words/);
    expect(found[0]).toContain(`needs at least ${EDITORIAL_LIMITS.minWords}`);
    expect(found[1]).toContain("cites 1 distinct source;");
    expect(found[2]).toContain("links to 0 other articles;");
    for (const message of found) expect(message).toContain("Or set draft: true until it is ready.");
  });

  it("refuse an article over the word limit", () => {
    expect(messages(body(250, ["a", "b", "c"], ["self-care/heat-or-ice", "causes/sciatica"]))[0]).toContain(
      `at most ${EDITORIAL_LIMITS.maxWords}`,
    );
  });

  it("refuse an article above the reading grade", () => {
    const hard =
      "Musculoskeletal practitioners characteristically recommend individualised multidisciplinary rehabilitation programmes incorporating progressive biopsychosocial considerations. ";
    const found = messages(hard.repeat(60) + body(0, ["a", "b", "c"], ["self-care/heat-or-ice", "causes/sciatica"]));
    expect(found.some((message) => message.includes(`the limit is ${EDITORIAL_LIMITS.maxGrade}`))).toBe(true);
  });

  it("count each other existing article once, not the article itself or pages that are not articles", () => {
    const text = "[a](/self-care/heat-or-ice/) [b](/self-care/heat-or-ice/#why) [c](/self-care/example/) [d](/visit/)";
    expect(linkedArticleIds(text, "self-care/example", ARTICLE_IDS)).toEqual(["self-care/heat-or-ice"]);
  });
});

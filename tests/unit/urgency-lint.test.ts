import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { findUrgencyWords, formatUrgencyWords } from "@/lib/urgency-lint";

const FIXTURES = "tests/fixtures/urgency";
const lint = (name: string) => findUrgencyWords(readFileSync(`${FIXTURES}/${name}`, "utf8"), name);

describe("findUrgencyWords", () => {
  it("names the file, line and word of every urgency word in prose and prose fields", () => {
    expect(lint("dirty.mdx").map(({ line, word }) => `${line}: ${word}`)).toEqual([
      // The title (line 2) and the source ids are not checked; the description, key points and
      // precautions are.
      "3: emergency",
      "6: same day",
      "7: urgent",
      "11: ER",
      "14: Emergency",
      "16: 911",
      "16: 999",
      "16: 112",
      "16: A&E",
      "16: emergency room",
      "17: urgent",
      "17: Emergency Department",
      "17: urgently",
      "18: same-day",
      "18: within 24 hours",
      "18: within days",
      "19: emergency",
      // A link's words are prose; its target is not.
      "20: emergency",
      "21: urgent",
    ]);
  });

  it("ignores the sign components, citations, link targets, file names and comments", () => {
    expect(lint("clean.mdx")).toEqual([]);
  });

  it("keeps line numbers true when an excluded part spans lines", () => {
    const text = '---\ntitle: x\n---\n\n<Sign\n  id="fever"\n/>\nGo the same day.\n';
    expect(findUrgencyWords(text, "a.mdx")).toEqual([{ file: "a.mdx", line: 8, word: "same day" }]);
  });

  it("reads a file with no frontmatter as all prose", () => {
    expect(findUrgencyWords("This is urgent.", "b.mdx")).toEqual([{ file: "b.mdx", line: 1, word: "urgent" }]);
  });
});

describe("formatUrgencyWords", () => {
  it("says how many words in how many files, then one line each", () => {
    expect(
      formatUrgencyWords([
        { file: "a.mdx", line: 3, word: "urgent" },
        { file: "a.mdx", line: 9, word: "same day" },
        { file: "b.mdx", line: 1, word: "A&E" },
      ]),
    ).toMatchInlineSnapshot(`
      "3 urgency words in 2 files. Name a warning sign with <Sign id="..." />, an action with <TierAction tier="..." />, a tier with <TierName tier="..." /> and the emergency number with <EmergencyNumber />; otherwise reword it:
        a.mdx:3: "urgent"
        a.mdx:9: "same day"
        b.mdx:1: "A&E""
    `);
  });
});

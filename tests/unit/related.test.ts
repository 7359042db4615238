import { describe, expect, it } from "vitest";

import { neighbours, relatedArticles, relatedScore, type Linkable } from "@/lib/related";

const article = (id: string, category: string, tags: string[], reviewed = "2026-10-01"): Linkable => ({
  id,
  category,
  tags,
  lastReviewed: new Date(`${reviewed}T00:00:00Z`),
  title: id,
});

const heat = article("self-care/heat", "self-care", ["heat-and-cold", "acute-pain"]);

describe("related articles", () => {
  it("pick what a full sort of every candidate would pick, in the same order", () => {
    // A fixed pseudo-random library with many ties, so that every tie-break is exercised.
    let seed = 7;
    const next = (limit: number) => (seed = (seed * 48_271) % 2_147_483_647) % limit;
    const topics = ["causes", "techniques", "self-care", "red-flags"];
    const tags = ["a", "b", "c", "d", "e"];
    const library = Array.from({ length: 300 }, (_, index) => ({
      ...article(
        `article-${index}`,
        topics[next(4)] ?? "causes",
        tags.filter(() => next(3) === 0),
        `2026-0${1 + next(3)}-1${next(3)}`,
      ),
      title: `Title ${next(40)}`,
    }));
    const byFullSort = (subject: Linkable) =>
      library
        .filter((candidate) => candidate.id !== subject.id && relatedScore(subject, candidate) > 0)
        .sort(
          (a, b) =>
            relatedScore(subject, b) - relatedScore(subject, a) ||
            b.lastReviewed.getTime() - a.lastReviewed.getTime() ||
            a.title.localeCompare(b.title, "en"),
        )
        .slice(0, 3)
        .map((entry) => entry.id);
    for (const subject of library) {
      expect(relatedArticles(subject, library).map((entry) => entry.id)).toEqual(byFullSort(subject));
    }
  });

  it("score two points per shared tag and one for the same topic", () => {
    expect(relatedScore(heat, article("x", "self-care", ["acute-pain"]))).toBe(3);
    expect(relatedScore(heat, article("y", "causes", ["acute-pain", "heat-and-cold"]))).toBe(4);
    expect(relatedScore(heat, article("z", "causes", ["discs"]))).toBe(0);
  });

  it("pick the best three, never the article itself or an unrelated one", () => {
    const candidates = [
      heat,
      article("a", "causes", ["acute-pain", "heat-and-cold"]),
      article("b", "self-care", []),
      article("c", "self-care", ["acute-pain"]),
      article("d", "red-flags", ["emergency"]),
      article("e", "techniques", ["heat-and-cold"]),
    ];
    expect(relatedArticles(heat, candidates).map((entry) => entry.id)).toEqual(["a", "c", "e"]);
  });

  it("break ties by the most recent review, then by title", () => {
    const older = article("older", "self-care", [], "2026-09-01");
    const newer = article("newer", "self-care", [], "2026-11-01");
    const alsoNew = article("also-new", "self-care", [], "2026-11-01");
    expect(relatedArticles(heat, [older, newer, alsoNew]).map((entry) => entry.id)).toEqual([
      "also-new",
      "newer",
      "older",
    ]);
  });
});

describe("previous and next", () => {
  const list = [{ id: "a" }, { id: "b" }, { id: "c" }];

  it("returns the neighbours in the topic's order", () => {
    expect(neighbours("b", list)).toEqual({ previous: { id: "a" }, next: { id: "c" } });
  });

  it("has no previous for the first and no next for the last", () => {
    expect(neighbours("a", list).previous).toBeUndefined();
    expect(neighbours("c", list).next).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";

import { checkPrecautions, precautionsFor, type PrecautionTargets } from "@/lib/precautions";

const notes = [
  { id: "bleeding-risk", appliesTo: ["techniques"], sources: ["nccih"] },
  { id: "cupping-harms", appliesTo: ["techniques/cupping"], sources: [] },
  { id: "floor", appliesTo: ["self-care/gentle-stretches", "self-care/strengthening-exercises"], sources: [] },
];

describe("precautionsFor", () => {
  it("gives an article the notes of its topic and the notes that name it, in file order", () => {
    expect(precautionsFor("techniques/cupping", "techniques", notes).map((note) => note.id)).toEqual([
      "bleeding-risk",
      "cupping-harms",
    ]);
    expect(precautionsFor("techniques/swedish-massage", "techniques", notes).map((note) => note.id)).toEqual([
      "bleeding-risk",
    ]);
    expect(precautionsFor("self-care/gentle-stretches", "self-care", notes).map((note) => note.id)).toEqual(["floor"]);
    expect(precautionsFor("self-care/heat-or-ice", "self-care", notes)).toEqual([]);
  });
});

describe("checkPrecautions", () => {
  const known: PrecautionTargets = {
    topics: new Set(["causes", "techniques", "self-care", "red-flags"]),
    articles: new Set(["techniques/cupping", "self-care/gentle-stretches", "self-care/strengthening-exercises"]),
    redFlags: new Set(["leg-clot"]),
    sources: new Set(["nccih"]),
  };

  it("passes notes that point at things that exist", () => {
    expect(
      checkPrecautions(
        "content/precautions.yaml",
        [...notes, { id: "clot", sign: "leg-clot", appliesTo: ["techniques"], sources: [] }],
        known,
      ),
    ).toEqual([]);
  });

  it("names the file, the note and the field of every broken reference", () => {
    const broken = [
      { id: "a", appliesTo: ["technique"], sources: [] },
      { id: "b", appliesTo: ["self-care/gentle-stretch"], sources: ["made-up"] },
      { id: "b", sign: "no-such-sign", appliesTo: ["techniques"], sources: [] },
    ];
    expect(checkPrecautions("content/precautions.yaml", broken, known)).toEqual([
      {
        file: "content/precautions.yaml",
        field: "a.appliesTo",
        message: 'No topic is called "technique". Use one of: causes, techniques, self-care, red-flags.',
      },
      {
        file: "content/precautions.yaml",
        field: "b.appliesTo",
        message:
          'No article is called "self-care/gentle-stretch". Use topic/file-name of an article without .mdx, e.g. self-care/gentle-stretches.',
      },
      {
        file: "content/precautions.yaml",
        field: "b.sources",
        message: 'No source has the id "made-up". Use an id from content/sources.yaml.',
      },
      {
        file: "content/precautions.yaml",
        field: "b.id",
        message: 'Two notes have the id "b". Give each note its own id.',
      },
      {
        file: "content/precautions.yaml",
        field: "b.sign",
        message: 'No warning sign has the id "no-such-sign". Use an id from content/red-flags.yaml.',
      },
    ]);
  });
});

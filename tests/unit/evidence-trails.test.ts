import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { schemaProblems } from "@/lib/content-rules";
import { EVIDENCE_DIR, SOURCES_VERIFIED_BEFORE_TRAILS, checkEvidenceTrails } from "@/lib/evidence";
import { EvidenceTrailSchema } from "@/schemas/evidence";

/**
 * The evidence trail: every source added since issue 11 has content/evidence/<id>.yaml with each fact
 * the site takes from it, where it was read and a verbatim quote. Read straight from content/.
 */

const sourceIds = (parse(readFileSync("content/sources.yaml", "utf8")) as { id: string }[]).map((source) => source.id);

const trailFiles = readdirSync(EVIDENCE_DIR)
  .filter((name) => name.endsWith(".yaml") && !name.startsWith("_"))
  .map((name) => join(EVIDENCE_DIR, name));

const readTrail = (file: string): unknown => parse(readFileSync(file, "utf8"));

function problems(file: string, input: unknown) {
  const result = EvidenceTrailSchema.safeParse(input);
  return result.success ? [] : schemaProblems(file, result.error.issues);
}

describe("the site's evidence trails", () => {
  it.each(trailFiles)("%s passes its schema", (file) => {
    expect(problems(file, readTrail(file))).toEqual([]);
  });

  it("cover every source added to content/sources.yaml since the trails began", () => {
    const trails = trailFiles.map((file) => ({
      file,
      source: String((readTrail(file) as { source?: unknown }).source),
    }));
    expect(checkEvidenceTrails(sourceIds, trails)).toEqual([]);
  });

  it("exempt only sources that are still in content/sources.yaml", () => {
    expect([...SOURCES_VERIFIED_BEFORE_TRAILS].filter((id) => !sourceIds.includes(id))).toEqual([]);
  });
});

describe("checkEvidenceTrails", () => {
  const trail = (source: string, name = source) => ({ file: `content/evidence/${name}.yaml`, source });

  it("passes a traced source and an exempt one", () => {
    expect(checkEvidenceTrails(["new-2026", "old-2015"], [trail("new-2026")], new Set(["old-2015"]))).toEqual([]);
  });

  it("names a source without a trail and the file to add", () => {
    expect(checkEvidenceTrails(["new-2026", "old-2015"], [], new Set(["old-2015"]))).toEqual([
      {
        file: "content/sources.yaml",
        field: "new-2026",
        message:
          'The source "new-2026" has no evidence trail. Add content/evidence/new-2026.yaml listing each fact the site takes from it, with where you read it and a short quote (see the README, "Add a source").',
      },
    ]);
  });

  it("needs a trail for a source that is not on the list verified before trails", () => {
    expect(checkEvidenceTrails(["kovacs-2003-lancet-mattress"], [])).toHaveLength(1);
  });

  it("refuses a trail named after another source", () => {
    expect(checkEvidenceTrails(["a-2020", "b-2021"], [trail("a-2020"), trail("a-2020", "b-2021")], new Set())).toEqual(
      expect.arrayContaining([
        {
          file: "content/evidence/b-2021.yaml",
          field: "source",
          message:
            'The file is named "b-2021" but says source: a-2020. Name the file after the source: content/evidence/a-2020.yaml.',
        },
        expect.objectContaining({ file: "content/sources.yaml", field: "b-2021" }),
      ]),
    );
  });

  it("refuses a trail of a source that content/sources.yaml does not have", () => {
    expect(checkEvidenceTrails([], [trail("gone-1999")], new Set())).toEqual([
      {
        file: "content/evidence/gone-1999.yaml",
        field: "source",
        message: 'No source has the id "gone-1999". Add the source to content/sources.yaml first, or fix the id.',
      },
    ]);
  });
});

describe("evidence trail schema: bad values name the field and the fix", () => {
  const FILE = "content/evidence/x-2020.yaml";
  const fact = {
    fact: "A medium-firm mattress eased pain more than a firm one.",
    read: "https://example.org/record/1",
    quote: "a mattress of medium firmness improves pain",
    seen: "publisher",
  };
  const good = { source: "x-2020", facts: [fact] };

  it("accepts a complete trail", () => {
    expect(problems(FILE, good)).toEqual([]);
  });

  it.each<[string, unknown, string, string]>([
    [
      "no facts",
      { source: "x-2020", facts: [] },
      "facts",
      "Add at least one fact under facts: with fact, read, quote and seen.",
    ],
    ["no source", { facts: [fact] }, "source", "Add the source id from content/sources.yaml."],
    [
      "a fact without a quote",
      { ...good, facts: [{ ...fact, quote: undefined }] },
      "facts #1 → quote",
      "Add a short quote copied word for word from the page at read.",
    ],
    [
      "a quote that is a whole passage",
      { ...good, facts: [{ ...fact, quote: "word ".repeat(80) }] },
      "facts #1 → quote",
      "Shorten the quote to 300 characters or fewer: copy only the sentence that states the fact.",
    ],
    [
      "an address without https",
      { ...good, facts: [{ ...fact, read: "http://example.org/" }] },
      "facts #1 → read",
      "Change read to start with https:// (plain http:// is not allowed).",
    ],
    [
      "an unknown kind of reading",
      { ...good, facts: [{ ...fact, seen: "memory" }] },
      "facts #1 → seen",
      "Set seen to one of: publisher, copy (publisher = the publisher's own page; copy = a third-party copy of its text).",
    ],
    [
      "a misspelt field",
      { ...good, facts: [{ ...fact, qoute: "x" }] },
      "facts #1 → qoute",
      'Remove "qoute" or fix the spelling: it is not a field here.',
    ],
  ])("rejects %s", (_case, input, field, message) => {
    expect(problems(FILE, input)).toContainEqual({ file: FILE, field, message });
  });
});

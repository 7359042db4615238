import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { z } from "astro/zod";
import { afterAll, describe, expect, it } from "vitest";

import { checkContent } from "@/lib/content-check";
import { formatProblems } from "@/lib/content-rules";
import { checkMdx, MAX_ARTICLE_WORDS } from "@/lib/mdx-check";
import { editorIssues, fieldName } from "@/lib/schema-messages";
import { parseYamlSource } from "@/lib/yaml-source";
import { strictObject } from "@/schemas/fields";

describe("the site's own content", () => {
  it("passes the content check", () => {
    expect(checkContent(process.cwd())).toEqual([]);
  });
});

describe("the check of each kind of content file", () => {
  // A copy of content/ alone: the check reads nothing else, so no build is needed.
  const copies: string[] = [];
  afterAll(() => {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });
  const checkWith = (file: string, change: (text: string) => string): string => {
    const dir = mkdtempSync(join(tmpdir(), "lowback-content-check-"));
    copies.push(dir);
    cpSync(join(process.cwd(), "content"), join(dir, "content"), { recursive: true });
    const before = readFileSync(join(dir, file), "utf8");
    const after = change(before);
    if (after === before) throw new Error(`The test's edit did not change ${file}.`);
    writeFileSync(join(dir, file), after);
    return formatProblems(checkContent(dir));
  };
  const lineOf = (file: string, needle: string) =>
    readFileSync(join(process.cwd(), file), "utf8")
      .split("\n")
      .findIndex((line) => line.includes(needle)) + 1;

  it("content/brand.yaml: a colour without quotes (YAML reads # as a comment), and a logo that is not there", () => {
    const file = "content/brand.yaml";
    const problems = checkWith(file, (text) =>
      text.replace('colour: "#0f6b63"', "colour: #0f6b63").replace("logo: brand/logo.svg", "logo: brand/missing.svg"),
    );
    expect(problems).toContain(
      `${file}:${lineOf(file, 'colour: "#0f6b63"')} → colour: Add colour in double quotes, in the form #rrggbb, e.g. colour: "#0f6b63".`,
    );
    // The logo is looked for only once every field is valid.
    expect(checkWith(file, (text) => text.replace("logo: brand/logo.svg", "logo: brand/missing.svg"))).toContain(
      `${file}:${lineOf(file, "logo: brand/logo.svg")} → logo: There is no file content/brand/missing.svg.`,
    );
  });

  it("content/precautions.yaml: a misspelt field, named with its note counted from 1", () => {
    const file = "content/precautions.yaml";
    expect(checkWith(file, (text) => text.replace("  appliesTo: [techniques]", "  appliesto: [techniques]"))).toContain(
      `${file}:${lineOf(file, "appliesTo: [techniques]")} → #1 (bleeding-risk) → appliesto: Fix the spelling of this field: write "appliesTo:"`,
    );
  });

  it("content/precautions.yaml: a YAML syntax error, with its line and what to type", () => {
    const file = "content/precautions.yaml";
    const output = checkWith(file, (text) => text.replace("- id: bleeding-risk", "- id: bleeding-risk\n text: x"));
    expect(output).toMatch(new RegExp(`${file}:\\d+ → `));
  });

  it("content/evidence/*.yaml: a wrong value, on its line, with the values to choose from", () => {
    const file = "content/evidence/nhs-dvt-beta-page.yaml";
    expect(checkWith(file, (text) => text.replace("seen: publisher", "seen: website"))).toContain(
      `${file}:${lineOf(file, "seen: publisher")} → facts #1 → seen: Set seen to one of: publisher, copy`,
    );
  });

  it("content/red-flags.yaml: a tier that does not exist", () => {
    const file = "content/red-flags.yaml";
    const output = checkWith(file, (text) => text.replace(/^( {2}tier: )emergency$/m, "$1urgent"));
    expect(output).toMatch(new RegExp(`${file}:\\d+ → #1 \\(\\S+\\) → tier: `));
  });

  it("an article's extraSigns: and service: written the wrong way", () => {
    const file = "content/articles/techniques/swedish-massage.mdx";
    const output = checkWith(file, (text) =>
      text.replace(/^service: (.*)$/m, "service: [$1]").replace(/^extraSigns: \[\]$/m, "extraSigns: fever"),
    );
    expect(output).toMatch(new RegExp(`${file}:\\d+ → service: `));
    expect(output).toContain(
      `${file}:${lineOf(file, "extraSigns:")} → extraSigns: List warning-sign ids from content/red-flags.yaml under extraSigns:.`,
    );
  });
});

describe("editorIssues and fieldName", () => {
  const Schema = strictObject({
    lastReviewed: z.string(),
    items: z.array(strictObject({ id: z.string(), n: z.int() })),
  });

  it("names a misspelt field with the spelling it should have, once", () => {
    const data = { lastReviwed: "2026-01-01", items: [] };
    const issues = Schema.safeParse(data).error?.issues ?? [];
    expect(editorIssues(issues, data)).toEqual([
      {
        path: ["lastReviwed"],
        message: 'Fix the spelling of this field: write "lastReviewed:" instead of "lastReviwed:".',
      },
    ]);
  });

  it("counts list items from 1 and names them by id", () => {
    const data = {
      lastReviewed: "x",
      items: [
        { id: "a", n: 1 },
        { id: "b", n: "two" },
      ],
    };
    const [issue] = editorIssues(Schema.safeParse(data).error?.issues ?? [], data);
    expect(fieldName(issue?.path ?? [], data)).toBe("items #2 (b) → n");
  });
});

describe("parseYamlSource", () => {
  it("tells the editor to quote a value with a colon, on its line", () => {
    expect(parseYamlSource("name: Clinic\ntitle: Pain: a guide\n")).toEqual([
      {
        line: 2,
        field: "title",
        message:
          'The value has a colon followed by a space, which YAML reads as the start of another field. Put the whole value in double quotes: title: "Pain: a guide"',
      },
    ]);
  });

  it("counts lines from the first line it is given (frontmatter starts on line 2)", () => {
    const mistakes = parseYamlSource('title: "unclosed\nother: x\n', 2);
    expect(mistakes).toMatchObject([{ message: expect.stringContaining("never closed") as string }]);
  });

  it("finds the line of a nested value", () => {
    const source = parseYamlSource("name: x\noffers:\n  - id: a\n  - id: b\n    validThrough: 2027-01-01\n");
    expect(Array.isArray(source) ? undefined : source.lineOf(["offers", 1, "validThrough"])).toBe(5);
  });
});

describe("checkMdx", () => {
  const messages = (body: string) => checkMdx(body).mistakes.map((mistake) => `${mistake.line}: ${mistake.message}`);

  it("accepts text, the site's components, comments and safe links", () => {
    expect(
      messages(
        'Heat helps.<Cite id="a" /> {/* a note for editors */}\n\nSee [a page](/causes/) or [this](https://example.com/), [mail](mailto:a@b.example) or [call](tel:+15415550142).\n',
      ),
    ).toEqual([]);
  });

  it("refuses raw HTML that runs code, restyles or embeds, and unsafe link schemes", () => {
    expect(
      messages(
        '<script>x</script>\n\n<IFRAME src="https://x.example" />\n\n<b onClick="x()">b</b> [x](JavaScript:alert(1)) <a href=" vbscript:x">y</a> ![i](data:image/png;base64,x)\n',
      ),
    ).toEqual([
      "1: Remove the <script> element: articles may not hold scripts, styles, frames or embedded content (the site adds its own).",
      "3: Remove the <IFRAME> element: articles may not hold scripts, styles, frames or embedded content (the site adds its own).",
      "5: Remove onClick from <b>: articles may not run code.",
      '5: The link to "JavaScript:alert(1)" uses "javascript:", which is not allowed. Link only to https:// (or http://) addresses, mailto: and tel:, or to a page of this site.',
      '5: href of <a> uses "vbscript:", which is not allowed. Link only to https:// (or http://) addresses, mailto: and tel:, or to a page of this site.',
      '5: The image to "data:image/png;base64,x" uses "data:", which is not allowed. Link only to https:// (or http://) addresses, mailto: and tel:, or to a page of this site.',
    ]);
  });

  it("refuses code: imports, expressions and attributes in braces", () => {
    expect(messages('import X from "x"\n\nText {1 + 1}.\n\n<Cite id={"a"} />\n')).toHaveLength(3);
  });

  it("turns a bold line into the heading level it stands for", () => {
    expect(messages("Intro.\n\n**Before you start:**\n\n## A section\n\n**Inside it**\n")).toEqual([
      "3: A line of bold text is not a heading to screen readers and search engines. Make it one: ## Before you start",
      "7: A line of bold text is not a heading to screen readers and search engines. Make it one: ### Inside it",
    ]);
  });

  it("counts the words of the text", () => {
    expect(checkMdx(`---\ntitle: x\n---\n\n${"word ".repeat(MAX_ARTICLE_WORDS + 1)}\n`).words).toBe(5001);
  });
});

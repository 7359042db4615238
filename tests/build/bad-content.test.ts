import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { build, copyProject, edit, removeCopies } from "./project-copy";

/**
 * Builds copies of the real project with one content mistake each and checks that `astro build`
 * fails with a message that names the file, the line or field and the fix, with no stack trace,
 * and publishes nothing.
 */

afterAll(removeCopies);

const ARTICLE = "content/articles/self-care/heat-or-ice.mdx";

/** Adds a paragraph to the article's body, before its first heading. */
const addToBody = (paragraph: string) => (text: string) => text.replace("\n## ", `\n${paragraph}\n\n## `);

/** The line (counted from 1) of a file of `dir` on which `needle` first appears. */
function lineOf(dir: string, file: string, needle: string): number {
  const lines = readFileSync(join(dir, file), "utf8").split("\n");
  const index = lines.findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`The test looked for "${needle}" in ${file} and did not find it.`);
  return index + 1;
}

/** What every failed build must look like to an editor. */
function expectEditorFailure(dir: string, status: number | null, output: string, expected: readonly string[]) {
  expect(status, output).not.toBe(0);
  for (const line of expected) expect(output).toContain(line);
  expect(output).not.toContain("Stack trace");
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toContain(":0:0");
  expect(existsSync(join(dir, "dist/index.html"))).toBe(false);
}

describe("a broken content file fails the build with file, line or field, and fix", () => {
  it.each<[string, string, (text: string) => string, (line: (needle: string) => number) => string[]]>([
    [
      "a title too long",
      ARTICLE,
      (text) =>
        text.replace(/^title: .*$/m, "title: This title has become far too long to fit in a search result or a card"),
      () => [`${ARTICLE}:2 → title: Shorten the title to 60 characters or fewer (it has 70).`],
    ],
    [
      "a misspelt field",
      ARTICLE,
      (text) => text.replace("lastReviewed:", "lastReviwed:"),
      (line) => [
        `${ARTICLE}:${line("lastReviwed:")} → lastReviwed: Fix the spelling of this field: write "lastReviewed:" instead of "lastReviwed:".`,
      ],
    ],
    [
      "a missing reviewer",
      ARTICLE,
      (text) => text.replace(/^reviewer: .*\n/m, ""),
      () => [`${ARTICLE} → reviewer: Add this field: the id of a person, a file name in content/people/ without .yaml`],
    ],
    [
      "a title with a colon",
      ARTICLE,
      (text) => text.replace(/^title: .*$/m, "title: Heat or ice: which helps?"),
      () => [`${ARTICLE}:2 → title: The value has a colon followed by a space`, 'title: "Heat or ice: which helps?"'],
    ],
    [
      "an unclosed <Cite",
      ARTICLE,
      (text) => text.replace(/(<Cite id="[^"]+") \/>/, "$1>"),
      () => [`→ body: <Cite …> is not closed: end it with " />", e.g. <Cite id=`],
    ],
    [
      "a stray {",
      ARTICLE,
      addToBody("Heat {or ice."),
      (line) => [`${ARTICLE}:${line("Heat {or")} → body: A "{" starts code in MDX`, "write \\{ to show a brace"],
    ],
    [
      "an empty body",
      ARTICLE,
      (text) => text.slice(0, text.indexOf("\n---", 3) + 5),
      () => [`${ARTICLE} → body: The file has no text after its frontmatter.`],
    ],
    [
      "a published article below the editorial rules",
      ARTICLE,
      // Only the frontmatter and the body's first paragraph: too short, too few sources and links.
      (text) => {
        const bodyStart = text.indexOf("\n---", 3) + 5;
        return text.slice(0, text.indexOf("\n\n", bodyStart + 2));
      },
      () => [
        `${ARTICLE} → body: The article has`,
        "a published article needs at least 600. Add to it. Or set draft: true until it is ready.",
        "it needs at least 3.",
        "it needs at least 2. Link them as [words](/topic/article-name/).",
      ],
    ],
    [
      "a missing illustration",
      ARTICLE,
      addToBody('<Illustration name="no-such-drawing" alt="A drawing of nothing" />'),
      (line) => [
        `${ARTICLE}:${line("no-such-drawing")} → body: <Illustration name="no-such-drawing" /> names a drawing that does not exist.`,
      ],
    ],
    [
      "a missing hero image",
      ARTICLE,
      (text) => text.replace("\ntags:", "\nhero:\n  image: ../../images/no-such-photo.png\n  alt: A back\ntags:"),
      (line) => [
        `${ARTICLE}:${line("no-such-photo")} → hero → image: There is no image at ../../images/no-such-photo.png`,
      ],
    ],
    [
      "a mistake in the second offer, counted from 1",
      "content/clinic.yaml",
      (text) =>
        `${text}  - id: spring-2027\n    headline: Spring tune-up\n    details: A 30-minute check-in.\n    terms: One per person.\n    audience: returning clients\n    validFrom: 2027-04-01\n    validThrough: 2027-13-45\n`,
      (line) => [
        `content/clinic.yaml:${line("2027-13-45")} → offers #2 (spring-2027) → validThrough: Write validThrough as a date`,
      ],
    ],
    [
      "a raw <script>, <iframe> and <style>",
      ARTICLE,
      addToBody('<script>alert(1)</script>\n\n<iframe src="https://example.com/" />\n\n<style>p</style>'),
      () => [
        "→ body: Remove the <script> element",
        "→ body: Remove the <iframe> element",
        "→ body: Remove the <style> element",
      ],
    ],
    [
      "an event-handler attribute",
      ARTICLE,
      addToBody('<a href="https://example.com/" onmouseover="steal()">A link</a>'),
      (line) => [`${ARTICLE}:${line("onmouseover")} → body: Remove onmouseover from <a>: articles may not run code.`],
    ],
    [
      "links with a javascript: or data: address",
      ARTICLE,
      addToBody('See [this](javascript:alert(1)) and <a href="data:text/html,hi">that</a>.'),
      () => ['The link to "javascript:alert(1)" uses "javascript:"', 'href of <a> uses "data:"'],
    ],
    [
      "an article of more than 5,000 words",
      ARTICLE,
      addToBody("Warm ".repeat(5000)),
      () => [`${ARTICLE} → body: The article has 5,`, "the most an article may have is 5,000"],
    ],
  ])("%s", (_case, file, change, expected) => {
    const dir = copyProject();
    edit(dir, file, change);
    const { status, output } = build(dir);
    expectEditorFailure(
      dir,
      status,
      output,
      expected((needle) => lineOf(dir, file, needle)),
    );
  });

  it("text that is not UTF-8", () => {
    const dir = copyProject();
    edit(dir, ARTICLE, addToBody("Caf\u00e9 au lait."));
    const path = join(dir, ARTICLE);
    writeFileSync(path, Buffer.from(readFileSync(path, "utf8"), "latin1"));
    const { status, output } = build(dir);
    expectEditorFailure(dir, status, output, [
      `${ARTICLE}:${lineOf(dir, ARTICLE, "au lait")} → text: This line is not UTF-8 text`,
      "Save the file again with the encoding UTF-8.",
    ]);
  });

  it("two articles whose names differ only in capitals, and a .md article", () => {
    const dir = copyProject();
    copyFileSync(join(dir, ARTICLE), join(dir, "content/articles/self-care/Heat-Or-Ice.mdx"));
    copyFileSync(join(dir, ARTICLE), join(dir, "content/articles/self-care/heat-in-bed.md"));
    const { status, output } = build(dir);
    expectEditorFailure(dir, status, output, [
      `${ARTICLE} → file name: This file and content/articles/self-care/Heat-Or-Ice.mdx have the same address`,
      "content/articles/self-care/heat-in-bed.md → file name: Rename the file to heat-in-bed.mdx",
    ]);
  });

  it("reports every cross-file mistake at once, each with file, field and fix", () => {
    const dir = copyProject();
    edit(dir, ARTICLE, (text) =>
      text
        .replace(/^reviewer: .*$/m, "reviewer: dr-nobody")
        .replace(/<Cite id="([^"]+)" \/>/, '<Cite id="made-up-2099" />')
        .replace(/^category: .*$/m, "category: causes")
        .concat("\nIf in doubt, get seen the same day.\n"),
    );
    const urgencyLine = lineOf(dir, ARTICLE, "If in doubt, get seen the same day.");
    const { status, output } = build(dir);
    expectEditorFailure(dir, status, output, [
      `${ARTICLE} → category: The file is in the "self-care" folder but says category: causes.`,
      `${ARTICLE} → reviewer: No person has the id "dr-nobody".`,
      `${ARTICLE} → body: <Cite id="made-up-2099" /> cites a source that is not in this article's sources: list.`,
      // The urgency lint names the file and the line (src/lib/urgency-lint.ts).
      `${ARTICLE}:${urgencyLine} → prose: "same day" says how soon to act`,
    ]);
  });

  it("refuses a new source without an evidence trail, naming the file to add", () => {
    const dir = copyProject();
    edit(dir, "content/sources.yaml", (text) =>
      text.concat(
        "- id: new-2026-example\n  type: rct\n  authors: A B\n  year: 2026\n  title: T\n  publishedIn: J\n  url: https://example.org/\n",
      ),
    );
    const { status, output } = build(dir);
    expectEditorFailure(dir, status, output, [
      'content/sources.yaml → new-2026-example: The source "new-2026-example" has no evidence trail. Add content/evidence/new-2026-example.yaml',
    ]);
  });
});

describe("a YAML syntax error fails the build even when an earlier build's content cache is warm", () => {
  // Astro's content layer keeps the data of its last build; on a data file that no longer parses it
  // logs one line and builds the old data. One good build first, so the cache holds every file.
  const dir = copyProject();
  let warmed = false;
  const warm = () => {
    if (warmed) return;
    const first = build(dir);
    expect(first.status, first.output).toBe(0);
    expect(existsSync(join(dir, "node_modules/.astro/data-store.json"))).toBe(true);
    warmed = true;
  };

  it.each<[string, (text: string) => string, string]>([
    [
      "content/clinic.yaml",
      (text) => text.replace(/^email: (.*)$/m, "email: @$1"),
      "content/clinic.yaml:5 → email: A value cannot start with @ in YAML. Put the whole value in double quotes",
    ],
    [
      "content/sources.yaml",
      (text) => text.replace("  title: Massage for low-back pain\n", "  title: Massage for low-back pain: a review\n"),
      'content/sources.yaml:8 → title: The value has a colon followed by a space, which YAML reads as the start of another field. Put the whole value in double quotes: title: "Massage for low-back pain: a review"',
    ],
    [
      "content/red-flags.yaml",
      (text) => text.replace("- id: bladder-changes", "- id: bladder-changes\n urgency: emergency"),
      "content/red-flags.yaml:",
    ],
    [
      "content/people/jordan-ellis.yaml",
      (text) => text.replace(/^credentials: (.*)$/m, 'credentials: "$1'),
      "content/people/jordan-ellis.yaml:",
    ],
  ])("%s", (file, change, expected) => {
    warm();
    rmSync(join(dir, "dist"), { recursive: true, force: true });
    const original = readFileSync(join(dir, file), "utf8");
    edit(dir, file, change);
    const { status, output } = build(dir);
    writeFileSync(join(dir, file), original);
    expectEditorFailure(dir, status, output, [expected]);
  });
});

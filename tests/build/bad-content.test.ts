import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { build, copyProject, edit, removeCopies } from "./project-copy";

/**
 * Builds copies of the real project with one content mistake each and checks that `astro build`
 * fails with a message that names the file, the field and the fix, and publishes nothing.
 */

afterAll(removeCopies);

const ARTICLE = "content/articles/self-care/heat-or-ice.mdx";

describe("a broken content file fails the build with file, field and fix", () => {
  it("reports a frontmatter mistake with the file and the field", () => {
    const dir = copyProject();
    edit(dir, ARTICLE, (text) =>
      text.replace(/^title: .*$/m, "title: This title has become far too long to fit in a search result or a card"),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain("articles → self-care/heat-or-ice");
    expect(output).toContain("title: Shorten the title to 60 characters or fewer (it has 70).");
    expect(output).toContain(join(dir, ARTICLE));
    expect(existsSync(join(dir, "dist/index.html"))).toBe(false);
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
    const urgencyLine =
      readFileSync(join(dir, ARTICLE), "utf8").split("\n").indexOf("If in doubt, get seen the same day.") + 1;
    edit(dir, "content/clinic.yaml", (text) => text.replace(/^phone: .*$/m, 'phone: "555-0142"'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    // The clinic file is checked before any page is rendered.
    expect(output).toContain("clinic → clinic");
    expect(output).toContain("phone: Write the phone number in international (E.164) form");

    edit(dir, "content/clinic.yaml", (text) => text.replace('phone: "555-0142"', 'phone: "+15415550142"'));
    const second = build(dir);
    expect(second.status).not.toBe(0);
    expect(second.output).toContain(
      `${ARTICLE} → category: The file is in the "self-care" folder but says category: causes.`,
    );
    expect(second.output).toContain(`${ARTICLE} → reviewer: No person has the id "dr-nobody".`);
    expect(second.output).toContain(
      `${ARTICLE} → body: <Cite id="made-up-2099" /> cites a source that is not in this article's sources: list.`,
    );
    // The urgency lint names the file and the line (src/lib/urgency-lint.ts).
    expect(second.output).toContain(`${ARTICLE}:${urgencyLine} → prose: "same day" says how soon to act`);
    expect(existsSync(join(dir, "dist/index.html"))).toBe(false);
  });

  it("refuses a new source without an evidence trail, naming the file to add", () => {
    const dir = copyProject();
    edit(dir, "content/sources.yaml", (text) =>
      text.concat(
        "- id: new-2026-example\n  type: rct\n  authors: A B\n  year: 2026\n  title: T\n  publishedIn: J\n  url: https://example.org/\n",
      ),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/sources.yaml → new-2026-example: The source "new-2026-example" has no evidence trail. Add content/evidence/new-2026-example.yaml',
    );
    expect(existsSync(join(dir, "dist/index.html"))).toBe(false);
  });
});

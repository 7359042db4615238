import { existsSync } from "node:fs";
import { join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { build, builtPage, copyProject, edit, removeCopies } from "./project-copy";

/**
 * The warning-sign components and rules in real builds of copies of the project: the components
 * render the words of content/red-flags.yaml, and a mistake fails the build naming the file.
 */

afterAll(removeCopies);

const ARTICLE = "content/articles/self-care/heat-or-ice.mdx";

describe("warning signs in an article's text", () => {
  it("render the sign's words and its tier's action from content/red-flags.yaml", () => {
    const dir = copyProject();
    edit(dir, ARTICLE, (text) =>
      text.replace(
        /\n## /,
        '\nIf a leg swells: <Sign id="leg-clot" /> Otherwise <TierAction tier="within-days" /> This is a <TierName tier="same-day" /> sign.\n\n## ',
      ),
    );
    const { status, output } = build(dir);
    expect(status, output).toBe(0);
    const html = builtPage(dir, "self-care/heat-or-ice");
    expect(html).toMatch(
      /<span data-sign="leg-clot" data-tier="same-day"[^>]*>One leg that is swollen, painful and warm[^<]*: <strong[^>]*>contact your doctor&#39;s office, an urgent care clinic or a nurse advice line today\.<\/strong> Do not let anyone massage that leg\.<\/span>/,
    );
    expect(html).toMatch(
      /<strong data-tier-action="within-days"[^>]*>Make an appointment with your doctor or a physical therapist in the next few days\.<\/strong>/,
    );
    expect(html).toMatch(/<span data-tier-name="same-day"[^>]*>same-day<\/span>/);
  });

  it("fail the build, naming the file, for an unknown sign, a needless extra or a repeated id", () => {
    const dir = copyProject();
    edit(dir, ARTICLE, (text) =>
      text
        .replace(/\n## /, '\n<Sign id="sore-toe" />\n\n## ')
        .replace(/^extraSigns: \[\]$/m, "extraSigns:\n  - night-or-rest-pain\n  - chest-pain"),
    );
    edit(
      dir,
      "content/red-flags.yaml",
      (text) =>
        `${text}\n- id: fever\n  tier: within-days\n  symptom: A fever\n  topics: [causes]\n  sources: [chcp-msk-back-page]\n`,
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${ARTICLE} → body: <Sign id="sore-toe" /> names a warning sign that is not in content/red-flags.yaml.`,
    );
    expect(output).toContain(
      `${ARTICLE} → extraSigns: "night-or-rest-pain" is already shown on every self-care article`,
    );
    expect(output).toContain(
      `${ARTICLE} → extraSigns: "chest-pain" is an emergency sign, which every article already shows.`,
    );
    expect(output).toMatch(/content\/red-flags\.yaml → #\d+ → id: The id "fever" is used by more than one sign\./);
    expect(existsSync(join(dir, "dist/index.html"))).toBe(false);
  });
});

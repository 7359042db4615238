import { afterAll, describe, expect, it } from "vitest";

import { pollPage, startDevServer, type DevServer } from "./dev-server";
import { copyProject, edit, removeCopies } from "./project-copy";

/**
 * The clinic's editor runs `npm run dev` (or `npm run cms`) and expects every saved change on the
 * page at the next reload, without a restart: an article's frontmatter and text, the clinic file, a
 * warning sign, a "Check first" note, a standalone page. Each step edits a copy's file while its
 * server runs and polls the page until the change shows.
 */

const ARTICLE = "content/articles/causes/muscle-strain-and-spasm.mdx";
const ARTICLE_PATH = "/causes/muscle-strain-and-spasm/";

let server: DevServer | undefined;

afterAll(async () => {
  await server?.stop();
  removeCopies();
});

/** The text of the page's h1. */
function heading(html: string): string | undefined {
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
}

describe("the dev server", () => {
  it("shows each content change without a restart", async () => {
    const dir = copyProject("lowback-dev-test-");
    server = await startDevServer(dir);
    const dev = server;

    const before = await pollPage(dev, ARTICLE_PATH, (html) => heading(html) !== undefined);
    expect(heading(before)).toBe("Did I pull a muscle in my back?");

    // Frontmatter of an article (the glob loader's collection).
    edit(dir, ARTICLE, (text) =>
      text.replace("title: Did I pull a muscle in my back?", "title: Have I pulled a muscle in my back?"),
    );
    const retitled = await pollPage(
      dev,
      ARTICLE_PATH,
      (html) => heading(html) === "Have I pulled a muscle in my back?",
    );
    expect(retitled).toContain("<title>Have I pulled a muscle in my back? | ");

    // A field of content/clinic.yaml (a file loader's single entry).
    edit(dir, "content/clinic.yaml", (text) =>
      text.replace("name: Riverside Back & Massage Clinic", "name: Harbourside Massage Clinic"),
    );
    await pollPage(
      dev,
      ARTICLE_PATH,
      (html) => html.includes("Harbourside Massage Clinic") && heading(html) === "Have I pulled a muscle in my back?",
    );

    // The article's MDX text.
    edit(dir, ARTICLE, (text) =>
      text.replace(
        "The good news is that you do not need a name for it to get better.",
        "The good news is that it can get better without a name.",
      ),
    );
    await pollPage(
      dev,
      ARTICLE_PATH,
      (html) =>
        html.includes("The good news is that it can get better without a name.") &&
        html.includes("Harbourside Massage Clinic"),
    );

    // A warning sign's words in content/red-flags.yaml, which every article shows.
    edit(dir, "content/red-flags.yaml", (text) =>
      text.replace("symptom: New numbness, tingling or a different feeling", "symptom: New numbness, pins and needles"),
    );
    await pollPage(dev, ARTICLE_PATH, (html) => html.includes("New numbness, pins and needles"));

    // A "Check first" note in content/precautions.yaml (not a collection: read by src/lib/articles.ts).
    edit(dir, "content/precautions.yaml", (text) =>
      text.replace(
        "text: Do not have massage over a wound, broken skin",
        "text: Never have massage over a wound, broken skin",
      ),
    );
    await pollPage(dev, "/techniques/swedish-massage/", (html) =>
      html.includes("Never have massage over a wound, broken skin"),
    );

    // A standalone page's frontmatter (content/pages/, the other glob collection of MDX).
    edit(dir, "content/pages/editorial-policy.mdx", (text) =>
      text.replace("title: How we write and check our articles", "title: How we write and review our articles"),
    );
    await pollPage(dev, "/editorial-policy/", (html) => heading(html) === "How we write and review our articles");
  });
});

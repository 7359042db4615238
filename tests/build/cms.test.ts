import { readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { chromium, type Browser, type Page } from "@playwright/test";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";

import { CHROMIUM_ARGS, chromiumPath } from "../e2e/chromium";
import { DEV_LIMIT_MS, startDevServer, type DevServer } from "./dev-server";
import { build, builtPage, copyProject, removeCopies } from "./project-copy";

/**
 * The editing screen (`npm run cms`) driven in Chromium, offline, on a copy of the project: saving
 * an article with nothing changed leaves its file byte for byte as it was; a changed title and
 * citation and a changed clinic name reach the files, and the build then passes; a title that is
 * too long is refused on screen. It is a build test, not a tests/e2e spec: it needs its own dev
 * server in a project copy and a build of that copy, where the e2e specs serve the real dist/.
 *
 * The test moves around the screen by its own links rather than loading pages: on a busy machine
 * a full load of the editor has taken over a minute, a click within it seconds.
 */

// Each topic's folder, its collection in keystatic.config.ts and its link in the screen's sidebar.
const TOPICS = [
  { folder: "causes", collection: "causes", label: "Articles: Causes" },
  { folder: "techniques", collection: "techniques", label: "Articles: Massage techniques" },
  { folder: "self-care", collection: "selfCare", label: "Articles: Self-care" },
  { folder: "red-flags", collection: "redFlags", label: "Articles: Red flags" },
] as const;
type Topic = (typeof TOPICS)[number];

const ARTICLE = "content/articles/causes/muscle-strain-and-spasm.mdx";
const TITLE = "Did I pull a muscle in my back?";
const NEW_TITLE = "Have I pulled a muscle in my back?";
// The article's first citation, and the source it becomes (one the article already lists).
const CITED = '<Cite id="uhmb-back-pain-page" />';
const RECITED = "chcp-msk-back-page";
const CLINIC = "content/clinic.yaml";
const NEW_CLINIC_NAME = "Harbourside Massage Clinic";

let dir = "";
let server: DevServer | undefined;
let browser: Browser | undefined;
let page: Page;

/** A file of the copy, as text. */
const read = (file: string): string => readFileSync(join(dir, file), "utf8");

/**
 * Waits until a save has written `file`: its text differs from `before` and reads the same twice in
 * a row (the server writes a file in steps, and a read in between sees part of it). Returns the text.
 */
async function changed(file: string, before: string): Promise<string> {
  const deadline = Date.now() + DEV_LIMIT_MS;
  let last = before;
  for (;;) {
    const text = read(file);
    if (text !== before && text === last) return text;
    last = text;
    if (Date.now() > deadline) {
      throw new Error(`Save did not write ${file} in ${DEV_LIMIT_MS / 1000} s.\n${server?.output() ?? ""}`);
    }
    await sleep(500);
  }
}

/**
 * Presses Save once the screen marks the entry "Unsaved" (before that, Save does nothing), and waits
 * until the mark goes, i.e. the save has finished.
 */
async function save(): Promise<void> {
  await page.getByText("Unsaved", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText("Unsaved", { exact: true }).waitFor({ state: "hidden" });
}

/** A link of the screen's sidebar (the dashboard repeats some of them after it). */
const sidebar = (label: string) => page.getByRole("link", { name: label, exact: true }).first();

/** Opens an article from its topic's list in the sidebar, as an editor would. */
async function openArticle(topic: Topic, slug: string): Promise<void> {
  await sidebar(topic.label).click();
  await page.waitForURL(new RegExp(`/collection/${topic.collection}$`));
  // In the list itself: while the screen changes pages, the article's own header may still name it.
  await page.getByRole("grid").getByText(slug, { exact: true }).click();
  await page.waitForURL(new RegExp(`/item/${slug}$`));
  await page.getByRole("textbox", { name: "Title" }).waitFor();
}

/** An article's title, from its frontmatter (a title with a colon is written in quotes). */
const titleOf = (text: string): unknown => (parseYaml(text.split("\n---\n")[0]!.slice(4)) as { title?: unknown }).title;

/** The lines of `after` that differ from `before`, for files whose line count did not change. */
function changedLines(before: string, after: string): string[] {
  const old = before.split("\n");
  const lines = after.split("\n");
  expect(lines.length).toBe(old.length);
  return lines.filter((line, index) => line !== old[index]);
}

beforeAll(async () => {
  dir = copyProject("lowback-cms-test-");
  // The copy's node_modules links to the real one, and the editor loads its own code from there
  // (/@fs/…/node_modules/@keystatic/…), which Vite serves only from folders it is allowed to.
  writeFileSync(
    join(dir, "astro.cms-test.config.ts"),
    [
      'import cms from "./astro.cms.config";',
      `const allow = [${JSON.stringify(dir)}, ${JSON.stringify(realpathSync(new URL("../../node_modules", import.meta.url)))}];`,
      "export default { ...cms, vite: { ...cms.vite, server: { ...cms.vite?.server, fs: { allow } } } };",
      "",
    ].join("\n"),
  );
  server = await startDevServer(dir, ["--config", "astro.cms-test.config.ts"]);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(DEV_LIMIT_MS);
  // Offline: only the dev server answers. The editor asks for Google's Inter font and falls back.
  await page.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => route.abort("internetdisconnected"),
  );
  await page.goto(`${server.origin}/keystatic`, { timeout: DEV_LIMIT_MS });
  await sidebar(TOPICS[0].label).waitFor();
});

// A failure shows where the screen was: its address, a screenshot and the server's last words.
afterEach(async ({ task }) => {
  if (task.result?.state !== "fail" || browser === undefined) return;
  const shot = join(tmpdir(), `lowback-cms-failure-${Date.now()}.png`);
  await page.screenshot({ path: shot }).catch(() => undefined);
  console.error(`The screen was at ${page.url()} (screenshot: ${shot}).\n${server?.output().slice(-4000) ?? ""}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeCopies();
});

describe("the editing screen (npm run cms)", () => {
  // Save does nothing until something changes, so each article is saved twice: with a changed
  // title, then with its own title again. The second save must give back the file as it was.
  it.each(TOPICS)("saves every article of $folder unchanged, byte for byte", async (topic) => {
    const { folder } = topic;
    const files = readdirSync(join(dir, "content/articles", folder)).filter((name) => name.endsWith(".mdx"));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const file = `content/articles/${folder}/${name}`;
      const original = read(file);
      const slug = name.replace(/\.mdx$/, "");
      await openArticle(topic, slug);
      const title = page.getByRole("textbox", { name: "Title" });
      const own = await title.inputValue();
      expect(titleOf(original), file).toBe(own);

      // One character less keeps the title within the screen's 60-character limit.
      const shorter = own.slice(0, -1);
      await title.fill(shorter);
      await save();
      const edited = await changed(file, original);
      expect(changedLines(original, edited), file).toEqual([expect.stringMatching(/^title: /)]);
      expect(titleOf(edited), file).toBe(shorter);

      // Once saved, the screen reloads the entry it wrote, and a title typed meanwhile can be lost:
      // open the article afresh, as an editor coming back to it would.
      await openArticle(topic, slug);
      expect(await title.inputValue(), file).toBe(shorter);
      await title.fill(own);
      await save();
      await changed(file, edited);
      expect(read(file), file).toBe(original);
      console.log(`${file}: saved unchanged`);
    }
  });

  it("refuses a title longer than 60 characters, on screen, and writes nothing", async () => {
    const original = read(ARTICLE);
    await openArticle(TOPICS[0], "muscle-strain-and-spasm");
    const title = page.getByRole("textbox", { name: "Title" });
    await title.fill("Did I pull a muscle in my back, or is it something else entirely?");
    await page.getByText("Unsaved", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Title must be no longer than 60 characters").waitFor();
    expect(await title.getAttribute("aria-invalid")).toBe("true");
    await sleep(2_000);
    expect(read(ARTICLE)).toBe(original);
    await title.fill(TITLE);
  });

  it("writes a changed title and citation, and only those two lines", async () => {
    const original = read(ARTICLE);
    expect(original).toContain(`flare-ups.${CITED}`);
    await page.getByRole("textbox", { name: "Title" }).fill(NEW_TITLE);
    // The article's first citation box: its menu's first button edits it.
    await page.locator('[data-component="Cite"]').first().click();
    await page.getByRole("dialog").getByRole("button").first().click();
    const editor = page.getByRole("dialog").filter({ hasText: "Edit Citation" });
    // The list of sources is long and drawn only as far as it is scrolled; the picker's own hidden
    // <select> (there for form autofill) takes the choice directly.
    await editor.locator("select").selectOption(RECITED, { force: true });
    expect(await editor.getByRole("button").first().innerText()).toContain(`(${RECITED})`);
    await editor.getByRole("button", { name: "Done" }).click();
    await save();

    const saved = await changed(ARTICLE, original);
    expect(changedLines(original, saved)).toEqual([
      `title: ${NEW_TITLE}`,
      original
        .split("\n")
        .find((line) => line.includes(`flare-ups.${CITED}`))!
        .replace(`flare-ups.${CITED}`, `flare-ups.<Cite id="${RECITED}" />`),
    ]);
  });

  it("writes the clinic's changed name to content/clinic.yaml and keeps every other value", async () => {
    const original = read(CLINIC);
    await sidebar("Clinic").click();
    const name = page.getByRole("textbox", { name: "Name", exact: true }).first();
    expect(await name.inputValue()).toBe((parseYaml(original) as { name: string }).name);
    await name.fill(NEW_CLINIC_NAME);
    await save();

    // Keystatic writes the whole file in its own layout (and without its comments): compare values.
    const saved = parseYaml(await changed(CLINIC, original)) as Record<string, unknown>;
    expect(saved).toEqual({ ...(parseYaml(original) as Record<string, unknown>), name: NEW_CLINIC_NAME });
  });

  it("leaves files the build accepts, with the changes on the pages", async () => {
    await browser?.close();
    browser = undefined;
    await server?.stop();
    server = undefined;
    const { status, output } = build(dir);
    expect(status, output).toBe(0);
    const html = builtPage(dir, "causes/muscle-strain-and-spasm");
    expect(html).toMatch(new RegExp(`<h1[^>]*>${NEW_TITLE.replace("?", "\\?")}</h1>`));
    expect(html).toContain(NEW_CLINIC_NAME);
    expect(html).toMatch(new RegExp(`flare-ups\\.<sup[^>]*><a href="#source-${RECITED}"`));
  });
});

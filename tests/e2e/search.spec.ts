import { readFileSync } from "node:fs";

import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import { TOPICS } from "../../src/lib/topics";
import { contrastRatio } from "./colours";
import { SITE, isArticlePath, sitemapPaths } from "./site";

/** The search page's parts, as a reader finds them. */
const box = (page: Page) => page.getByRole("searchbox", { name: "Words to look for" });
const results = (page: Page) => page.locator("[data-search-results] li");
const resultLinks = (page: Page) => page.locator("[data-search-results] li h2 a");
const status = (page: Page) => page.getByRole("status");
const topicFilter = (page: Page) => page.getByRole("group", { name: "Topic" });

/** The articles whose MDX source has a word starting with `word`, as URL paths. */
function articlesWith(word: string): string[] {
  return sitemapPaths()
    .filter(isArticlePath)
    .filter((path) =>
      new RegExp(`\\b${word}`, "i").test(readFileSync(`content/articles/${path.slice(1, -1)}.mdx`, "utf8")),
    );
}

const pathsOf = async (page: Page) =>
  resultLinks(page).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

test("finds the one article whose text has a rare word, and marks the word in its excerpt", async ({ page }) => {
  const [article, ...others] = articlesWith("corset");
  expect(others).toEqual([]);
  await page.goto("/search/");
  await box(page).fill("corset");
  await expect(status(page)).toHaveText("1 article found for “corset”.");
  expect(await pathsOf(page)).toEqual([article]);
  await expect(results(page).first().locator("mark")).toHaveText(/^corset/i);
});

for (const word of ["heat", "cupping"]) {
  test(`finds the articles about "${word}", each once, with the match highlighted`, async ({ page }) => {
    const holders = articlesWith(word);
    expect(holders.length).toBeGreaterThan(0);
    await page.goto("/search/");
    await box(page).fill(word);
    await expect(results(page).first()).toBeVisible();
    const found = await pathsOf(page);
    expect(new Set(found).size).toBe(found.length);
    // Pagefind stems words, so it may find a few more pages than a plain text match does.
    for (const path of found) expect(isArticlePath(path), path).toBe(true);
    expect(found.filter((path) => holders.includes(path)).length).toBeGreaterThanOrEqual(Math.min(holders.length, 10));
    await expect(results(page).locator("mark").first()).toBeVisible();
  });
}

test("the topic filter offers only topics with results, and narrows the list to one", async ({ page }) => {
  await page.goto("/search/");
  await box(page).fill("massage");
  await expect(topicFilter(page)).toBeVisible();
  const offered = topicFilter(page).locator("label:visible");
  // No empty choices such as "Warning signs (0)".
  for (const text of await offered.allInnerTexts()) expect(text).toMatch(/\([1-9]\d*\)$/);
  const all = Number(/\((\d+)\)/.exec(await offered.first().innerText())?.[1]);
  await expect(results(page)).toHaveCount(Math.min(all, 10));

  const topic = TOPICS.find((entry) => entry.category === "self-care");
  const choice = topicFilter(page).getByRole("radio", { name: new RegExp(`^${topic?.label}`) });
  const count = Number(/\((\d+)\)/.exec((await choice.locator("xpath=..").innerText()) ?? "")?.[1]);
  await choice.check();
  await expect(status(page)).toHaveText(
    `${count} ${count === 1 ? "article" : "articles"} found for “massage” in ${topic?.label}.`,
  );
  for (const path of await pathsOf(page)) expect(path.startsWith(`/${topic?.category}/`), path).toBe(true);
  expect(new URL(page.url()).searchParams.get("topic")).toBe(topic?.label);

  // Words with no self-care article drop the topic rather than offer it empty.
  await box(page).fill("cupping");
  await expect(status(page)).toContainText("found for “cupping”.");
  for (const text of await offered.allInnerTexts()) expect(text).toMatch(/\([1-9]\d*\)$/);
});

test("?q= fills the box and shows the results, and the address follows the words", async ({ page }) => {
  await page.goto("/search/?q=heat");
  await expect(box(page)).toHaveValue("heat");
  await expect(results(page).first()).toBeVisible();
  await expect(status(page)).toContainText("found for “heat”.");

  await box(page).fill("cupping");
  await expect(status(page)).toContainText("found for “cupping”.");
  expect(new URL(page.url()).search).toBe("?q=cupping");

  // The address can be shared: opened again, it shows the same list.
  const shown = await pathsOf(page);
  await page.goto(page.url());
  await expect(box(page)).toHaveValue("cupping");
  await expect(results(page)).toHaveCount(shown.length);
  expect(await pathsOf(page)).toEqual(shown);
});

test("the index loads only when the reader types", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/pagefind/")) fetched.push(request.url());
  });
  await page.goto("/search/", { waitUntil: "networkidle" });
  expect(fetched).toEqual([]);
  await box(page).press("h");
  await expect(status(page)).not.toHaveText("");
  await expect.poll(() => fetched.length).toBeGreaterThan(0);
});

test("works from the keyboard: Enter searches, results are links in order, and the status is announced", async ({
  page,
}) => {
  await page.goto("/search/");
  await box(page).focus();
  await page.keyboard.type("stretch");
  await page.keyboard.press("Enter");
  await expect(status(page)).toContainText("found for “stretch”.");
  await expect(box(page)).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  // Past the Search button: the topic filter, then the first result.
  await expect(page.locator(":focus")).toHaveAttribute("name", "topic");
  await expect(status(page)).toHaveAttribute("role", "status");
});

test("says so when nothing matches, and does not search the site's navigation", async ({ page }) => {
  await page.goto("/search/");
  // The clinic's name is in every header, footer and call to action, and in no article's text.
  await box(page).fill("Riverside");
  await expect(status(page)).toHaveText(
    "No articles found for “Riverside”. Try another word, or browse by topic below.",
  );
  await expect(results(page)).toHaveCount(0);
  await expect(topicFilter(page)).toBeHidden();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("says that search needs JavaScript and offers every topic's list", async ({ page }) => {
    await page.goto("/search/");
    // Playwright's text search skips <noscript>, where the notice is.
    await expect(page.locator("noscript p")).toBeVisible();
    await expect(page.locator("noscript p")).toContainText("Search needs JavaScript");
    await expect(box(page)).toBeHidden();
    const links = page.locator("[data-topic-lists] a");
    const hrefs = await links.evaluateAll((all) =>
      all.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs).toEqual([...TOPICS.map((topic) => `/${topic.category}/`), "/articles/"]);
  });
});

/** The contrast ratio of an element's text against the first opaque background behind it. */
async function contrastOf(page: Page, selector: string): Promise<number> {
  const { color, background } = await page
    .locator(selector)
    .first()
    .evaluate((element) => {
      let behind: Element | null = element;
      while (behind !== null) {
        const colour = getComputedStyle(behind).backgroundColor;
        if (!/^rgba|transparent/.test(colour) || /, 1\)$/.test(colour)) {
          return { color: getComputedStyle(element).color, background: colour };
        }
        behind = behind.parentElement;
      }
      return { color: getComputedStyle(element).color, background: "rgb(255, 255, 255)" };
    });
  return contrastRatio(color, background);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} colour scheme, with results showing`, () => {
    test.use({ colorScheme });

    test("has no WCAG 2.2 A or AA violations", async ({ page }) => {
      await page.goto("/search/?q=heat");
      await expect(results(page).first()).toBeVisible();
      await expect(topicFilter(page)).toBeVisible();
      const found = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
        .analyze();
      expect(found.violations.map((violation) => ({ rule: violation.id, nodes: violation.nodes.length }))).toEqual([]);
    });

    test("result titles, excerpts, marks, topics and the status read at 4.5:1 or more", async ({ page }) => {
      await page.goto("/search/?q=heat");
      await expect(results(page).first()).toBeVisible();
      for (const selector of [
        "[data-search-results] h2 a",
        "[data-search-results] [data-excerpt]",
        "[data-search-results] mark",
        "[data-search-results] [data-topic]",
        "[data-search-status]",
        "[data-search-topics] label",
        "#search-words",
      ]) {
        expect(await contrastOf(page, selector), selector).toBeGreaterThanOrEqual(4.5);
      }
    });
  });
}

test("results link to the site's own pages", async ({ page }) => {
  await page.goto("/search/?q=heat");
  await expect(results(page).first()).toBeVisible();
  for (const href of await resultLinks(page).evaluateAll((links) =>
    links.map((link) => (link as HTMLAnchorElement).href),
  )) {
    expect(new URL(href).origin === new URL(page.url()).origin || href.startsWith(SITE), href).toBe(true);
  }
});

/**
 * Readers arrive with one word in mind ("chiropractor", "TENS"). The site's own search must lead each
 * obvious word to the article written for it: a page that exists but cannot be found by its word
 * sends the reader back to another site. Add a row for each new article whose readers search by a
 * word of their own.
 */
const WORD_TO_ARTICLE: readonly (readonly [word: string, path: string])[] = [
  ["chiropractor", "/techniques/massage-chiropractic-osteopathy-or-physiotherapy/"],
  ["osteopath", "/techniques/massage-chiropractic-osteopathy-or-physiotherapy/"],
  ["TENS", "/techniques/acupuncture-dry-needling-and-tens/"],
  ["acupuncture", "/techniques/acupuncture-dry-needling-and-tens/"],
  ["licence", "/techniques/choosing-a-massage-therapist/"],
  ["ibuprofen", "/self-care/pain-medicines/"],
  ["mattress", "/self-care/sleeping-with-back-pain/"],
  ["sciatica", "/self-care/sciatica/"],
  ["stenosis", "/causes/back-pain-in-older-adults/"],
  ["pacing", "/self-care/long-lasting-back-pain/"],
  ["employer", "/self-care/working-with-back-pain/"],
  ["kidney", "/red-flags/is-it-my-back-or-something-else/"],
  ["pregnant", "/self-care/back-pain-in-pregnancy/"],
];

for (const [word, path] of WORD_TO_ARTICLE) {
  test(`searching for "${word}" finds ${path}`, async ({ page }) => {
    await page.goto("/search/");
    await box(page).fill(word);
    // The first page of results, as a reader sees it without asking for more.
    await expect(page.locator(`[data-search-results] a[href="${path}"]`)).toBeVisible();
  });
}

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { expect, test } from "@playwright/test";
import { parse as parseYaml } from "yaml";

import { formatPrice } from "../../src/lib/clinic";
import { findUrgencyWords } from "../../src/lib/urgency-lint";
import { readMdx } from "../unit/frontmatter";
import { isArticlePath, sitemapPaths } from "./site";

/**
 * The home page welcomes (issue 15, item 5): the warning signs first, then where to start, the
 * topics as cards a reader can tap anywhere, figures counted from the content, the team, today's
 * hours and the offer as a price card, and nothing that sells before the warning signs.
 */

const clinic = parseYaml(readFileSync("content/clinic.yaml", "utf8")) as {
  bookingUrl: string;
  discoveryCallUrl: string;
  offers: { id: string; headline: string; terms: string; price?: number; priceCurrency?: string }[];
};
const TOPICS = ["causes", "techniques", "self-care", "red-flags"] as const;

interface ArticleFile {
  path: string;
  data: { order?: number; draft?: boolean; sources: string[] };
}
const articles: ArticleFile[] = TOPICS.flatMap((topic) =>
  readdirSync(join("content/articles", topic))
    .filter((name) => name.endsWith(".mdx") && !name.startsWith("_"))
    .map((name) => ({
      path: `/${topic}/${name.replace(/\.mdx$/, "")}/`,
      data: readMdx(join("content/articles", topic, name)).data as ArticleFile["data"],
    }))
    .filter((article) => article.data.draft !== true),
);
const startHere = (topic: string) =>
  articles.find((article) => article.path.startsWith(`/${topic}/`) && article.data.order === 1)?.path;

test.describe("the home page", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
  });

  test("opens with the warning signs, then the start-here articles of self-care and massage", async ({ page }) => {
    const links = await page
      .locator("[data-start-here] [data-card-link]")
      .evaluateAll((elements) => elements.map((link) => link.getAttribute("href")));
    expect(links).toEqual(["/red-flags/check/", startHere("self-care"), startHere("techniques")]);
  });

  test("puts the warning signs before anything that books, calls or sells", async ({ page }) => {
    const sales = [
      `a[href="${clinic.bookingUrl}"]`,
      `a[href="${clinic.discoveryCallUrl}"]`,
      'a[href^="tel:"]',
      "[data-offer]",
      "[data-book]",
      "[data-cta]",
    ].join(", ");
    const before = await page.evaluate((selector) => {
      const warning = document.querySelector('[data-start="warning-signs"]');
      if (warning === null) return ["no warning-sign card"];
      return [...document.querySelectorAll<HTMLElement>(`main :is(${selector})`)]
        .filter((element) => !(warning.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING))
        .map((element) => `${element.tagName} "${(element.textContent ?? "").trim().slice(0, 30)}"`);
    }, sales);
    expect(before).toEqual([]);
  });

  test("states no warning sign and no urgency of its own: it links to the signs instead", async ({ page }) => {
    const text = await page.locator("main").innerText();
    const signs = parseYaml(readFileSync("content/red-flags.yaml", "utf8")) as { symptom: string }[];
    for (const sign of signs) expect(text, sign.symptom).not.toContain(sign.symptom.trim());
    expect(findUrgencyWords(text, "/").map((found) => found.word)).toEqual([]);
  });

  for (const topic of TOPICS) {
    test(`the ${topic} card is one link, named by the topic's title, that covers the whole card`, async ({ page }) => {
      const card = page.locator(`[data-topic="${topic}"]`);
      // One link, and nothing else a reader can tab to or press inside the card.
      await expect(card.locator("a, button, input, select, textarea, [tabindex]")).toHaveCount(1);
      const title = (await card.locator("h3").innerText()).trim();
      const link = page.getByRole("link", { name: title, exact: true });
      await expect(link).toHaveAttribute("href", `/${topic}/`);
      // A tap on the card's far corner, away from the title, follows the link.
      await card.scrollIntoViewIfNeeded();
      const box = await card.boundingBox();
      expect(box).not.toBeNull();
      await page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) - 6, (box?.y ?? 0) + (box?.height ?? 0) - 6);
      await expect(page).toHaveURL(new RegExp(`/${topic}/$`));
    });
  }

  test("shows a focus ring around the whole topic card when its link has the keyboard's focus", async ({ page }) => {
    const card = page.locator('[data-topic="causes"]');
    await card.locator("a").focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    const outline = await card.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe("solid");
  });

  test("counts its figures from the content: articles and the sources they cite", async ({ page }) => {
    const published = sitemapPaths().filter(isArticlePath);
    expect(published.length).toBe(articles.length);
    const sources = new Set(articles.flatMap((article) => article.data.sources)).size;
    await expect(page.locator('[data-trust-item="articles"]')).toContainText(`${articles.length} articles`);
    await expect(page.locator('[data-trust-item="sources"]')).toContainText(`${sources} sources`);
    await expect(page.locator('[data-trust-item="not-massage"] a')).toHaveAttribute(
      "href",
      "/red-flags/when-to-skip-massage/",
    );
    // Facts, not ratings.
    expect(await page.locator("main").innerText()).not.toMatch(/★|☆|\bstars?\b|\brating/i);
  });

  test("shows the team with initials and credentials, each linked to their profile", async ({ page }) => {
    const people = readdirSync("content/people")
      .filter((file) => file.endsWith(".yaml"))
      .map((file) => ({
        id: file.replace(/\.yaml$/, ""),
        ...(parseYaml(readFileSync(join("content/people", file), "utf8")) as { name: string; credentials: string }),
      }));
    for (const person of people.slice(0, 4)) {
      const entry = page.locator(`[data-team] [data-person="${person.id}"]`);
      await expect(entry.getByRole("link", { name: person.name })).toHaveAttribute("href", `/people/${person.id}/`);
      await expect(entry).toContainText(person.credentials);
      await expect(entry.locator("[data-initials]")).toHaveText(/^\p{Lu}{1,2}$/u);
    }
  });

  test("says today's hours as the visit page does, and shows each live offer as a price card", async ({ page }) => {
    const home = (await page.locator("[data-open-today]").innerText()).trim();
    expect(home).toMatch(/^Today \(\p{L}+\): /u);
    // Which offers are live depends on the build's day: check the cards the page has.
    for (const card of await page.locator("main [data-offer]").all()) {
      const id = await card.getAttribute("data-offer");
      const offer = clinic.offers.find((entry) => entry.id === id);
      expect(offer).toBeDefined();
      await expect(card.locator("h3")).toHaveText(offer?.headline ?? "");
      if (offer?.price !== undefined && offer.priceCurrency !== undefined) {
        await expect(card).toContainText(formatPrice(offer.price, offer.priceCurrency, "en-US"));
      }
      await expect(card).toContainText(offer?.terms ?? "");
    }
    await page.goto("/visit/");
    expect((await page.locator("[data-open-today]").innerText()).trim()).toBe(home);
  });
});

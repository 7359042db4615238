import { readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";
import { parse as parseYaml } from "yaml";

import { emergencyNumber } from "../../src/lib/clinic";
import { isArticlePath, sitemapPaths } from "./site";

/**
 * Safety before sales, on every screen: on an article page nothing that books, calls or sells the
 * clinic comes before "When to get help", neither in the page's order (what a screen reader or a
 * keyboard reaches first) nor on screen when the page first appears (a fixed bar, a header button).
 */

const clinic = parseYaml(readFileSync("content/clinic.yaml", "utf8")) as {
  bookingUrl: string;
  discoveryCallUrl: string;
  address: { country: string };
};
/** The emergency card's call button: it sells nothing, and on a red-flag page it belongs at the top. */
const EMERGENCY_CALL = `tel:${emergencyNumber(clinic.address.country) ?? ""}`;

/** Everything that sells: booking and discovery-call links, phone links, Book buttons, offers, calls to action. */
const SALES = [
  `a[href="${clinic.bookingUrl}"]`,
  `a[href="${clinic.discoveryCallUrl}"]`,
  `a[href^="tel:"]:not([href="${EMERGENCY_CALL}"])`,
  "[data-book]",
  "[data-header-book]",
  "[data-call-bar]",
  "[data-cta]",
  "[data-offer]",
].join(", ");

const SCREENS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;

const articles = sitemapPaths().filter(isArticlePath);

test("there are articles in every topic to check", () => {
  for (const topic of ["causes", "techniques", "self-care", "red-flags"]) {
    expect(articles.some((path) => path.startsWith(`/${topic}/`))).toBe(true);
  }
});

for (const screen of SCREENS) {
  test.describe(`on a ${screen.width}×${screen.height} screen`, () => {
    test.use({ viewport: screen });

    for (const path of articles) {
      test(`${path} shows "when to get help" before anything that sells`, async ({ page }) => {
        await page.goto(path);
        const found = await page.evaluate((selector) => {
          const help = document.querySelector("[data-help-block]");
          if (help === null) return { help: false, problems: [] };
          const helpTop = help.getBoundingClientRect().top;
          const problems: string[] = [];
          for (const element of document.querySelectorAll<HTMLElement>(selector)) {
            const name = `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 40)}"`;
            if (!(help.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)) {
              problems.push(`${name} comes before the help block in the page`);
              continue;
            }
            const box = element.getBoundingClientRect();
            const shown = box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
            if (!shown) continue;
            // At first paint (no scrolling yet), nothing that sells may be on screen before the
            // reader could see the warning signs, and nothing may sit above them on the page.
            if (box.bottom > 0 && box.top < window.innerHeight) {
              problems.push(`${name} is on screen at first paint (top ${Math.round(box.top)})`);
            } else if (box.top < helpTop) {
              problems.push(`${name} is drawn above the help block`);
            }
          }
          return { help: true, problems };
        }, SALES);
        expect(found.help, "the page has a help block").toBe(true);
        expect(found.problems).toEqual([]);
      });
    }
  });
}

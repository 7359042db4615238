import { readFileSync } from "node:fs";
import { join } from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { DIST, PAGES_WITH_SCRIPTS, isArticlePath, pagePaths } from "./site";

/**
 * Each page without scripts carries only the part of the site's stylesheet that can match it
 * (src/integrations/page-styles.ts). These tests prove the trimming changes nothing a reader sees:
 * every element's computed style is the same with the page's trimmed stylesheet as with the whole
 * one, on a phone and on a wide screen, in light and in dark mode.
 */

const inlineStyle = (path: string): string =>
  /<style>([\s\S]*?)<\/style>/.exec(readFileSync(join(DIST, path, "index.html"), "utf8"))?.[1] ?? "";

// Pages that run scripts keep the whole stylesheet: one of them is the reference.
const WHOLE_STYLESHEET = inlineStyle("red-flags/check/");

/** Every property of every element's computed style, in document order. */
const computedStyles = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("body, body *")].map((element) => {
      const style = getComputedStyle(element);
      return `${element.tagName}.${element.getAttribute("class") ?? ""} ${[...style].map((name) => `${name}:${style.getPropertyValue(name)}`).join(";")}`;
    }),
  );

// Swapping the stylesheet in the browser would break its CSP hash.
test.use({ bypassCSP: true });

const paths = pagePaths().filter((path) => !PAGES_WITH_SCRIPTS.has(path));
const articles = paths.filter(isArticlePath);
// Every page that is not an article, and articles with each kind of content (drawings, calls to
// action, warning signs).
const sample = [
  ...paths.filter((path) => !isArticlePath(path)),
  ...articles.filter((path) => /gentle-stretches|does-massage-help|emergency-symptoms|first-massage/.test(path)),
];

test("pages without scripts carry a trimmed stylesheet, and pages with scripts the whole one", () => {
  for (const path of paths) expect(inlineStyle(path).length, path).toBeLessThan(WHOLE_STYLESHEET.length);
  for (const path of PAGES_WITH_SCRIPTS) expect(inlineStyle(path), path).toBe(WHOLE_STYLESHEET);
});

for (const path of sample) {
  test(`${path} looks the same with its trimmed stylesheet as with the whole one`, async ({ page }) => {
    for (const [colorScheme, width] of [
      ["light", 360],
      ["dark", 360],
      ["light", 1280],
    ] as const) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      const trimmed = await computedStyles(page);
      await page.locator("style").evaluate((element, css) => (element.textContent = css), WHOLE_STYLESHEET);
      expect(await computedStyles(page), `${path} at ${width}px, ${colorScheme}`).toEqual(trimmed);
    }
  });
}

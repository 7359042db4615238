import { expect, test, type Page } from "@playwright/test";

import { contrastRatio } from "./colours";

/**
 * The site's look as a reader sees it (issue 15, item 4): lines a reader can see, text a reader can
 * read, and calls to action that say what they do, once, on a phone. Checked on a page of each kind,
 * in light and dark mode.
 */

const SAMPLE = [
  "/",
  "/visit/",
  "/self-care/",
  "/self-care/gentle-stretches/",
  "/techniques/does-massage-help-lower-back-pain/",
  "/red-flags/emergency-symptoms/",
  "/red-flags/check/",
  "/search/",
  "/articles/",
  "/people/",
  "/editorial-policy/",
];

/** WCAG 2.2 1.4.11: a line that marks out a part of the page stands at 3:1 against what is around it. */
const LINE_CONTRAST = 3;
/** The type scale's smallest step, 0.875 rem. */
const SMALLEST_TEXT_PX = 14;

/** Every visible border side: its colour and the opaque colours on either side of it. */
const borders = (page: Page) =>
  page.evaluate(() => {
    const backgroundOf = (start: Element | null): string => {
      for (let element = start; element !== null; element = element.parentElement) {
        const colour = getComputedStyle(element).backgroundColor;
        if (!/rgba\(.*,\s*0\)$/.test(colour) && colour !== "transparent") return colour;
      }
      return "rgb(255, 255, 255)";
    };
    const found: { where: string; colour: string; outside: string }[] = [];
    for (const element of document.querySelectorAll("body *")) {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (style.visibility !== "visible" || box.width === 0 || box.height === 0) continue;
      for (const side of ["top", "right", "bottom", "left"] as const) {
        if (style.getPropertyValue(`border-${side}-style`) === "none") continue;
        if (parseFloat(style.getPropertyValue(`border-${side}-width`)) === 0) continue;
        found.push({
          where: `${element.tagName.toLowerCase()}.${element.getAttribute("class") ?? ""} (${side})`,
          colour: style.getPropertyValue(`border-${side}-color`),
          outside: backgroundOf(element.parentElement),
        });
      }
    }
    return found;
  });

/** Every visible piece of text smaller than `min` pixels, with its size. */
const smallText = (page: Page, min: number) =>
  page.evaluate((min) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const element = node.parentElement;
      if (element === null || (node.textContent ?? "").trim() === "") continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      // Visually hidden text (sr-only) is read aloud, never seen.
      if (style.visibility !== "visible" || box.width <= 1 || box.height <= 1) continue;
      if (element.closest("[hidden], noscript, template") !== null) continue;
      const size = parseFloat(style.fontSize);
      if (size < min)
        found.push(`${size}px: ${element.tagName.toLowerCase()} "${(node.textContent ?? "").trim().slice(0, 40)}"`);
    }
    return found;
  }, min);

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const path of SAMPLE) {
      test(`${path}: every line stands at 3:1 against the page around it, and no text is under 0.875 rem`, async ({
        page,
      }) => {
        for (const width of [360, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(path);
          const faint = (await borders(page))
            .map((border) => ({ ...border, ratio: contrastRatio(border.colour, border.outside) }))
            .filter((border) => border.ratio < LINE_CONTRAST)
            .map((border) => `${border.where}: ${border.colour} on ${border.outside} is ${border.ratio.toFixed(2)}:1`);
          expect(faint, `${path} at ${width}px`).toEqual([]);
          expect(await smallText(page, SMALLEST_TEXT_PX), `${path} at ${width}px`).toEqual([]);
        }
      });
    }
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 740 } });

  for (const path of ["/", "/visit/"]) {
    test(`${path}: Book is on screen once, and the call bar says whom it calls`, async ({ page }) => {
      await page.goto(path);
      const onScreen = await page.locator("[data-book]").evaluateAll(
        (links) =>
          links.filter((link) => {
            const box = link.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
          }).length,
      );
      expect(onScreen).toBe(1);
      await expect(page.locator("[data-call-bar] a[href^='tel:']")).toHaveText("Call the clinic");
    });
  }
});

/** Pages with the header's Book button, pages whose call bar replaces it on phones, and pages with neither. */
const HEADER_SAMPLE = [
  "/",
  "/visit/",
  "/search/",
  "/self-care/",
  "/people/",
  "/self-care/gentle-stretches/",
  "/red-flags/emergency-symptoms/",
  "/red-flags/check/",
  "/editorial-policy/",
];

for (const width of [360, 390]) {
  test.describe(`on a ${width}px phone`, () => {
    test.use({ viewport: { width, height: 740 } });

    for (const path of HEADER_SAMPLE) {
      test(`${path}: the clinic's name in the header takes at most two lines`, async ({ page }) => {
        await page.goto(path);
        const { height, lineHeight } = await page.locator("[data-site-name]").evaluate((link) => {
          // The name's own text, without the logo beside it.
          const range = document.createRange();
          range.selectNodeContents(link);
          const text = [...link.childNodes].find(
            (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
          );
          if (text !== undefined) range.selectNode(text);
          return {
            height: range.getBoundingClientRect().height,
            lineHeight: parseFloat(getComputedStyle(link).lineHeight),
          };
        });
        expect(lineHeight).toBeGreaterThan(0);
        expect(height / lineHeight, `${height}px tall at a ${lineHeight}px line height`).toBeLessThanOrEqual(2.05);
      });
    }
  });
}

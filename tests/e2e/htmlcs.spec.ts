import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

import { expect, test } from "@playwright/test";

// HTML_CodeSniffer, the accessibility checker pa11y runs, on one page of each kind, in light and dark
// mode, as pa11y runs it: standard WCAG2AA, and every error fails. It finds things axe-core in
// a11y.spec.ts does not. pa11y itself needs its own Chrome download; this injects the same script
// into ours.

/** HTMLCS's browser build, as pa11y's runner injects it. */
const HTMLCS_SOURCE = readFileSync(createRequire(import.meta.url).resolve("html_codesniffer/build/HTMLCS.js"), "utf8");

/** One page built by each page template, and one article of each topic (their layouts differ). */
const PAGES = [
  "/",
  "/articles/",
  "/causes/",
  "/causes/why-lower-back-pain-happens/",
  "/techniques/swedish-massage/",
  "/self-care/heat-or-ice/",
  "/red-flags/emergency-symptoms/",
  "/red-flags/check/",
  "/search/",
  "/visit/",
  "/people/amara-lindqvist/",
  "/editorial-policy/",
  "/404.html",
];

/**
 * HTMLCS warnings ask a person to judge; these are the ones judged, each a real fault wherever it is
 * reported on this site, so they fail like errors. The others (a fixed call bar, a skip link's
 * background, a row of links not in a list) stay a person's call and do not fail.
 */
const WARNINGS_THAT_FAIL: ReadonlySet<string> = new Set([
  // A paragraph that is all bold text: on this site always a heading over a list, which screen
  // reader users jump between by heading.
  "WCAG2AA.Principle1.Guideline1_3.1_3_1.H42",
  // A table without a caption: the site's only table is the opening hours, a data table.
  "WCAG2AA.Principle1.Guideline1_3.1_3_1.H39.3.NoCaption",
]);

/** What HTMLCS reports for one problem; type 1 is an error, 2 a warning, 3 a notice. */
interface HtmlcsMessage {
  type: number;
  code: string;
  msg: string;
  element: string;
}

declare const HTMLCS: {
  process(standard: string, content: Document, done: () => void, failed: () => void, language: string): void;
  getMessages(): { type: number; code: string; msg: string; element: Node }[];
};

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const path of PAGES) {
      test(`${path} passes HTML_CodeSniffer (WCAG2AA, as pa11y runs it)`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.ok()).toBe(true);
        // page.evaluate runs outside the page's Content-Security-Policy, as pa11y's injection does.
        await page.evaluate(HTMLCS_SOURCE);
        const messages = await page.evaluate(
          () =>
            new Promise<HtmlcsMessage[]>((resolve, reject) => {
              HTMLCS.process(
                "WCAG2AA",
                document,
                () =>
                  resolve(
                    HTMLCS.getMessages().map((message) => ({
                      type: message.type,
                      code: message.code,
                      msg: message.msg,
                      // The element is sometimes the document itself, which has no markup of its own.
                      element:
                        message.element instanceof Element
                          ? message.element.outerHTML.slice(0, 160)
                          : message.element.nodeName,
                    })),
                  ),
                () => reject(new Error("HTML_CodeSniffer could not run")),
                "en",
              );
            }),
        );
        const errors = messages
          .filter((message) => message.type === 1 || (message.type === 2 && WARNINGS_THAT_FAIL.has(message.code)))
          .map((message) => `${message.code}: ${message.msg} at ${message.element}`);
        expect(errors).toEqual([]);
      });
    }
  });
}

import { expect, test } from "@playwright/test";

import { isArticlePath, pagePaths } from "./site";

/**
 * One left edge: the header's site name, the breadcrumb and the page's title start at the same x on
 * every kind of page, on a wide screen (where the article grid used to centre the title on its own)
 * and on a phone.
 */

const paths = pagePaths();
const SAMPLE = [
  "/",
  "/visit/",
  "/search/",
  "/people/",
  "/editorial-policy/",
  "/self-care/",
  "/red-flags/check/",
  paths.find((path) => path.startsWith("/people/") && path !== "/people/") ?? "/people/",
  ...paths.filter(isArticlePath).slice(0, 2),
];

for (const screen of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 360, height: 740 },
] as const) {
  test.describe(`on a ${screen.width}px screen`, () => {
    test.use({ viewport: screen });

    for (const path of SAMPLE) {
      test(`${path}: header, breadcrumb and title share one left edge`, async ({ page }) => {
        await page.goto(path);
        const left = async (selector: string) => (await page.locator(selector).first().boundingBox())?.x;
        const name = await left("header[data-print-hide] a");
        const title = await left("main h1");
        expect(name).toBeDefined();
        expect(title, "title").toBeCloseTo(name ?? Number.NaN, 0);
        if (path !== "/") {
          expect(await left("nav[aria-label=Breadcrumb] li"), "breadcrumb").toBeCloseTo(name ?? Number.NaN, 0);
        }
      });
    }
  });
}

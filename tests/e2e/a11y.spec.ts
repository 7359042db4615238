import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

import { pagePaths } from "./site";

/** WCAG 2.2 levels A and AA, and the earlier versions they include. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const path of [...pagePaths(), "/404.html"]) {
      test(`${path} has no WCAG 2.2 A or AA violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map((violation) => ({
          rule: violation.id,
          nodes: violation.nodes.map((node) => node.target.join(" ")),
        }));
        expect(summary).toEqual([]);
      });
    }
  });
}

import { expect, test } from "@playwright/test";

import { PAGES_WITH_SCRIPTS, SITE, pagePaths } from "./site";

const paths = pagePaths();

test("the site has the home page, the four topics and the articles", () => {
  expect(paths).toContain("/");
  for (const topic of ["/causes/", "/techniques/", "/self-care/", "/red-flags/"]) {
    expect(paths).toContain(topic);
  }
  expect(paths.length).toBeGreaterThan(10);
});

for (const path of paths) {
  test(`${path} answers with one h1, a title, a description and a canonical URL`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toHaveCount(1);
    expect((await page.title()).trim()).not.toBe("");
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length ?? 0).toBeGreaterThanOrEqual(50);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${SITE}${path}`);
  });

  test(`${path} fits a 360 px wide phone screen and runs JavaScript only where a feature needs it`, async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "horizontal scroll in pixels").toBeLessThanOrEqual(0);
    // JSON-LD is data, not code; any other script is JavaScript.
    const inlineCode = page.locator('script:not([type="application/ld+json"])');
    if (PAGES_WITH_SCRIPTS.has(path)) {
      expect(scripts.length + (await inlineCode.count())).toBeGreaterThan(0);
    } else {
      expect(scripts).toEqual([]);
      await expect(inlineCode).toHaveCount(0);
    }
  });
}

test("the 404 page answers 404 with a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("We could not find that page");
  await expect(page.locator("main a[href='/']")).toBeVisible();
});

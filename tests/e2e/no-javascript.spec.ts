import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("a reader with JavaScript off can go from the home page to an article and its sources", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Topics" }).getByRole("link", { name: "Self-care" }).click();
  await expect(page).toHaveURL(/\/self-care\/$/);
  await page.locator("main li h2 a").first().click();
  await expect(page.locator("[data-article-body]")).toBeVisible();
  await expect(page.locator("[data-help-block]")).toBeVisible();
  await page.locator("sup.cite a").first().click();
  await expect(page).toHaveURL(/#source-/);
  const target = decodeURIComponent(new URL(page.url()).hash);
  await expect(page.locator(target)).toBeInViewport();
});

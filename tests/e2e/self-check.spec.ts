import { expect, test } from "@playwright/test";

test.describe("with JavaScript", () => {
  test("ticking a sign shows at once the most urgent action that applies", async ({ page }) => {
    await page.goto("/red-flags/check/");
    // The result box holds one pre-written action per tier; only the one that applies is shown.
    const shown = page.locator("[data-check-result] [data-result-for]:visible");
    await expect(shown).toHaveCount(0);

    await page.locator('[data-tier="within-days"] input').first().check();
    await expect(shown).toHaveCount(1);
    await expect(shown).toContainText("Make an appointment with your doctor or a physical therapist");

    await page.locator('[data-tier="emergency"] input').first().check();
    await expect(shown).toHaveCount(1);
    await expect(shown).toContainText("Call 911 or go to the nearest emergency department now.");

    await page.locator('[data-tier="emergency"] input').first().uncheck();
    await expect(shown).toHaveCount(1);
    await expect(shown).toContainText("Make an appointment with your doctor");
  });

  test("sends and stores nothing", async ({ page }) => {
    const requests: string[] = [];
    await page.goto("/red-flags/check/", { waitUntil: "networkidle" });
    // Chromium fetches the favicon on its own schedule, sometimes after the network has gone idle
    // (CI saw it land while the boxes were being ticked); only what the page's own code asks for counts.
    const icons = await page
      .locator('link[rel="icon"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    page.on("request", (request) => {
      if (!icons.includes(request.url())) requests.push(request.url());
    });
    for (const box of await page.locator("input[data-sign]").all()) await box.check();
    await expect(page.locator("form")).toHaveCount(0);
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("is a readable list where each group states its action", async ({ page }) => {
    await page.goto("/red-flags/check/");
    await expect(page.locator('[data-tier="emergency"] h2')).toContainText(
      "Call 911 or go to the nearest emergency department now.",
    );
    await expect(page.locator('[data-tier="emergency"]')).toContainText("If you have any of these:");
    await expect(page.locator('[data-tier="same-day"]')).toContainText("today");
    await expect(page.locator('[data-tier="within-days"]')).toContainText("next few days");
    await expect(page.getByText("This is not a diagnosis")).toBeVisible();
  });
});

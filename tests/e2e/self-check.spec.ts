import { expect, test, type Locator, type Page } from "@playwright/test";

/** A screen the size of a small phone, where the page is longest. */
const PHONE = { width: 360, height: 740 } as const;

/**
 * The answers the reader can see: the one at the top of the page and those under the groups. Their
 * boxes, with how much of each is on screen (0 to 1).
 */
async function visibleAnswers(page: Page): Promise<{ text: string; onScreen: number }[]> {
  return page.locator("[data-result-for], [data-answer]").evaluateAll((answers) =>
    answers
      .filter((answer) => answer.getBoundingClientRect().height > 0)
      .map((answer) => {
        const box = answer.getBoundingClientRect();
        const shown = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0);
        return {
          text: answer.textContent?.replace(/\s+/g, " ").trim() ?? "",
          onScreen: Math.max(0, shown) / box.height,
        };
      }),
  );
}

/** Ticks a box as a reader does: scrolled to it, with the box in the middle of the screen. */
async function tick(box: Locator): Promise<void> {
  await box.evaluate((element) => element.scrollIntoView({ block: "center" }));
  await box.check();
}

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

for (const javaScriptEnabled of [true, false]) {
  test.describe(`${javaScriptEnabled ? "with" : "without"} JavaScript, on a ${PHONE.width}×${PHONE.height} screen`, () => {
    test.use({ javaScriptEnabled, viewport: PHONE });

    test("ticking the last box shows its answer right there, in view", async ({ page }) => {
      await page.goto("/red-flags/check/");
      const none = page.getByText("None of these?");
      await expect(none).toBeVisible();
      await tick(page.locator("input[data-sign]").last());
      const answers = await visibleAnswers(page);
      const inView = answers.filter((answer) => answer.onScreen === 1);
      expect(inView.map((answer) => answer.text).join(" | ")).toContain(
        "Make an appointment with your doctor or a physical therapist in the next few days.",
      );
      await expect(none).toBeHidden();
    });

    test("the answer in view is the most urgent of all the boxes ticked", async ({ page }) => {
      await page.goto("/red-flags/check/");
      await tick(page.locator('[data-tier="emergency"] input').first());
      await tick(page.locator("input[data-sign]").last());
      const inView = (await visibleAnswers(page)).filter((answer) => answer.onScreen === 1);
      expect(inView.map((answer) => answer.text)).toEqual([
        expect.stringContaining("Call 911 or go to the nearest emergency department now."),
      ]);
    });
  });
}

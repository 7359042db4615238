import { readFileSync } from "node:fs";
import { join } from "node:path";

import { expect, test } from "@playwright/test";
import { parse as parseHtml } from "node-html-parser";
import { parse as parseYaml } from "yaml";

import { emergencyNumber } from "../../src/lib/clinic";
import { contrastRatio, isOpaque } from "./colours";
import { DIST, isArticlePath, sitemapPaths } from "./site";

/**
 * Every article page, as built, shows every emergency sign of content/red-flags.yaml in its "When to
 * get help" block, in the emergency band, with the sign's own words. No article can leave one out.
 * Each tier is a care card that looks like a warning: its action as a heading, white on the tier's
 * colour, in light and dark mode, with a call button for emergencies on phones.
 */

const signs = parseYaml(readFileSync("content/red-flags.yaml", "utf8")) as {
  id: string;
  tier: string;
  symptom: string;
}[];
const emergency = signs.filter((sign) => sign.tier === "emergency");
const articles = sitemapPaths().filter(isArticlePath);

test("content/red-flags.yaml has emergency signs and the site has articles", () => {
  expect(emergency.length).toBeGreaterThanOrEqual(10);
  expect(articles.length).toBeGreaterThanOrEqual(28);
});

test("every article page shows every emergency sign", () => {
  const missing = articles.flatMap((path) => {
    const html = parseHtml(readFileSync(join(DIST, path, "index.html"), "utf8"));
    const band = html.querySelector('[data-help-block] [data-tier="emergency"]');
    return emergency
      .filter((sign) => {
        const item = band?.querySelector(`li[data-sign="${sign.id}"]`);
        return item === undefined || item === null || !item.textContent.includes(sign.symptom);
      })
      .map((sign) => `${path} lacks ${sign.id}`);
  });
  expect(missing).toEqual([]);
});

/** A page of each kind that shows the tiers: a topic article, a red-flag article and the self-check. */
const CARD_PAGES = ["/self-care/heat-or-ice/", "/red-flags/emergency-symptoms/", "/red-flags/check/"] as const;
/** A tier's card: in an article's help block, or a group of the self-check. */
const CARDS = '[data-help-block] [data-tier], [role="group"][data-tier]';

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const path of CARD_PAGES) {
      test(`${path}: each tier's card is headed by its action, large and bold, white on the tier's colour at 4.5:1 or more`, async ({
        page,
      }) => {
        await page.goto(path);
        const bands = await page.locator(CARDS).evaluateAll((cards) =>
          cards.map((card) => {
            const heading = card.querySelector("h2, h3");
            const style = heading === null ? undefined : getComputedStyle(heading);
            return {
              tier: card.getAttribute("data-tier"),
              text: heading?.textContent ?? "",
              color: style?.color ?? "",
              background: style?.backgroundColor ?? "",
              size: Number.parseFloat(style?.fontSize ?? "0"),
              weight: Number(style?.fontWeight ?? 0),
            };
          }),
        );
        expect(bands.map((band) => band.tier)).toEqual(expect.arrayContaining(["emergency", "same-day"]));
        for (const band of bands) {
          const name = `${band.tier} band "${band.text.trim().slice(0, 30)}"`;
          // The band itself is coloured: its heading stands on the tier's colour, not on the page.
          expect(isOpaque(band.background), `${name}: background ${band.background}`).toBe(true);
          expect(
            contrastRatio(band.color, band.background),
            `${name}: ${band.color} on ${band.background}`,
          ).toBeGreaterThanOrEqual(4.5);
          expect(contrastRatio(band.color, "rgb(255, 255, 255)"), `${name}: white text`).toBeLessThan(1.1);
          expect(band.size, `${name}: font size`).toBeGreaterThanOrEqual(20);
          expect(band.weight, `${name}: font weight`).toBeGreaterThanOrEqual(700);
        }
        // Each tier has a colour of its own.
        const colourOf = new Map(bands.map((band) => [band.tier, band.background]));
        expect(new Set(colourOf.values()).size).toBe(colourOf.size);
      });
    }
  });
}

/**
 * The tiers' colours mean "warning sign" and nothing else: no header, footer, panel, search
 * highlight or button outside the warning cards and the self-check's answers uses them.
 */
test("the tiers' colours are used for warning signs only", async ({ page }) => {
  await page.goto("/self-care/heat-or-ice/");
  const tierColours = new Set(
    (
      await page.locator(CARDS).evaluateAll((cards) =>
        cards.flatMap((card) => {
          const band = card.querySelector("h2, h3");
          return [card, band].map((element) => (element === null ? "" : getComputedStyle(element).backgroundColor));
        }),
      )
    ).filter(isOpaque),
  );
  expect(tierColours.size).toBeGreaterThanOrEqual(3);
  for (const path of [
    "/",
    "/self-care/heat-or-ice/",
    "/red-flags/",
    "/red-flags/check/",
    "/visit/",
    "/search/?q=heat",
  ]) {
    await page.goto(path);
    if (path.startsWith("/search/")) await expect(page.locator("[data-search-results] mark").first()).toBeVisible();
    const used = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter(
          (element) => element.closest("[data-tier], [data-result-for], [data-answer], [data-check-first]") === null,
        )
        .flatMap((element) => {
          const style = getComputedStyle(element);
          const name = `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 30)}"`;
          const edges = (["Top", "Right", "Bottom", "Left"] as const)
            .filter((side) => Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0)
            .map((side) => style.getPropertyValue(`border-${side.toLowerCase()}-color`));
          return [style.backgroundColor, ...edges].map((colour) => ({ name, colour }));
        }),
    );
    const misused = used
      .filter(({ colour }) => tierColours.has(colour))
      .map(({ name, colour }) => `${path}: ${name} ${colour}`);
    expect([...new Set(misused)]).toEqual([]);
  }
});

const clinic = parseYaml(readFileSync("content/clinic.yaml", "utf8")) as { address: { country: string } };
const emergencyCall = `tel:${emergencyNumber(clinic.address.country) ?? ""}`;

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of CARD_PAGES) {
    test(`${path}: the emergency card has a large button that calls the emergency number`, async ({ page }) => {
      await page.goto(path);
      const call = page.locator(`[data-tier="emergency"] a[href="${emergencyCall}"]`);
      await expect(call).toBeVisible();
      await expect(call).toHaveText(`Call ${emergencyNumber(clinic.address.country) ?? ""}`);
      const box = await call.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(48);
      expect(box?.width).toBeGreaterThanOrEqual(280);
    });
  }
});

test("on a wide screen, which cannot place a call, the emergency card has no call button", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(CARD_PAGES[0]);
  await expect(page.locator(`[data-tier="emergency"] a[href="${emergencyCall}"]`)).toBeHidden();
});

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { expect, test } from "@playwright/test";
import { parse as parseYaml } from "yaml";

import { emergencyNumber, formatPrice } from "../../src/lib/clinic";
import {
  DIST,
  PAGES_NOT_IN_SITEMAP,
  builtHtmlFiles,
  isArticlePath,
  isRedFlagPath,
  pathOfFile,
  sitemapPaths,
} from "./site";

const clinic = parseYaml(readFileSync("content/clinic.yaml", "utf8")) as {
  name: string;
  phone: string;
  bookingUrl: string;
  discoveryCallUrl: string;
  hours: unknown;
  services: { id: string; name: string; minutes?: number; price?: number; priceCurrency?: string }[];
  address: { street: string; city: string; region: string; postalCode: string; country: string };
};

const paths = sitemapPaths();
const redFlagPaths = paths.filter(isRedFlagPath);
const salesArticles = paths.filter((path) => isArticlePath(path) && !isRedFlagPath(path));

test("the red-flag pages include the hub, every red-flag article and the self-check", () => {
  expect(redFlagPaths).toContain("/red-flags/");
  expect(redFlagPaths).toContain("/red-flags/check/");
  expect(redFlagPaths.filter(isArticlePath).length).toBeGreaterThanOrEqual(4);
});

for (const path of redFlagPaths) {
  test(`${path} sells nothing: no booking link, offer or call bar`, async ({ page }) => {
    await page.goto(path);
    for (const href of [clinic.bookingUrl, clinic.discoveryCallUrl]) {
      await expect(page.locator(`a[href="${href}"]`)).toHaveCount(0);
    }
    await expect(page.locator("[data-book], [data-offer], [data-call-bar], [data-cta]")).toHaveCount(0);
  });
}

for (const path of redFlagPaths.filter(isArticlePath)) {
  test(`${path} shows the emergency action above the fold on a phone`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    // Red-flag pages open with "when to get help"; its first band is the emergency action.
    const action = page.locator('[data-help-block] [data-tier="emergency"] h3');
    await expect(action).toContainText("Call 911 or go to the nearest emergency department now.");
    await expect(action).toBeInViewport({ ratio: 1 });
  });
}

for (const path of salesArticles) {
  test(`${path} puts "when to get help" before the call to action`, async ({ page }) => {
    await page.goto(path);
    const order = await page.evaluate(() => {
      const help = document.querySelector("[data-help-block]");
      const cta = document.querySelector('[data-cta="article-end"]');
      if (help === null || cta === null) return "missing";
      return help.compareDocumentPosition(cta) & Node.DOCUMENT_POSITION_FOLLOWING ? "help first" : "cta first";
    });
    expect(order).toBe("help first");
    await expect(page.locator("[data-help-block] a[href='/red-flags/check/']")).toHaveCount(1);
    // Articles keep the header free of a Book button: see safety-before-sales.spec.ts.
    await expect(page.locator("[data-header-book]")).toHaveCount(0);
  });
}

test("only the home and visit pages carry the fixed call bar", () => {
  const withBar = builtHtmlFiles()
    .filter((file) => readFileSync(join(DIST, file), "utf8").includes("data-call-bar"))
    .map(pathOfFile);
  expect(withBar.sort()).toEqual(["/", "/visit/"]);
});

test("every page's header links to search and to the visit page, marking the one it is on", () => {
  for (const file of builtHtmlFiles()) {
    const header = /<header[^>]*data-print-hide[^>]*>([\s\S]*?)<\/header>/.exec(
      readFileSync(join(DIST, file), "utf8"),
    )?.[1];
    expect(header, file).toBeDefined();
    const links = [...(header ?? "").matchAll(/<a[^>]*data-header-link[^>]*>/g)].map((match) => match[0]);
    expect(
      links.map((link) => /href="([^"]+)"/.exec(link)?.[1]),
      file,
    ).toEqual(["/search/", "/visit/"]);
    const current = links.filter((link) => link.includes('aria-current="page"'));
    expect(current.length, file).toBe(["search/index.html", "visit/index.html"].includes(file) ? 1 : 0);
  }
});

test("topic lists keep the header's Book button", async ({ page }) => {
  await page.goto("/self-care/");
  await expect(page.locator("[data-header-book]")).toHaveAttribute("href", clinic.bookingUrl);
});

test("the call bar on a phone never covers the footer", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/visit/");
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const bar = await page.locator("[data-call-bar]").boundingBox();
  const footerText = await page.locator("footer p").last().boundingBox();
  expect(bar).not.toBeNull();
  expect(footerText).not.toBeNull();
  expect((footerText?.y ?? 0) + (footerText?.height ?? 0)).toBeLessThanOrEqual(bar?.y ?? 0);
  await expect(page.locator("[data-call-bar] a[href^='tel:']")).toBeVisible();
});

test("the call bar is not shown on wide screens", async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto("/");
  await expect(page.locator("[data-call-bar]")).toBeHidden();
});

test("every tel: link on every page dials the clinic's one E.164 number or the emergency number", () => {
  const numbers = new Set<string>();
  for (const file of builtHtmlFiles()) {
    for (const match of readFileSync(join(DIST, file), "utf8").matchAll(/href="tel:([^"]*)"/g)) {
      numbers.add(`${match[1]}`);
    }
  }
  // The emergency card's call button dials the country's emergency number; every other link, the clinic.
  const emergency = emergencyNumber(clinic.address.country);
  const expected = emergency === undefined ? [clinic.phone] : [clinic.phone, emergency];
  expect([...numbers].sort()).toEqual(expected.sort());
});

test("name, address and phone match in the footer, the visit page and the structured data", async ({ page }) => {
  await page.goto("/visit/");
  const napOf = async (scope: string) => ({
    name: await page.locator(`${scope} [data-nap-name]`).innerText(),
    address: await page.locator(`${scope} [data-nap-address]`).innerText(),
    phone: (await page.locator(`${scope} [data-nap-phone]`).getAttribute("href"))?.replace("tel:", ""),
  });
  const footer = await napOf("footer");
  const visit = await napOf("main");
  expect(visit).toEqual(footer);

  const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as {
    "@graph": Record<string, unknown>[];
  };
  const business = graph["@graph"].find((node) => node["@type"] === "HealthAndBeautyBusiness") as {
    "@type": string;
    name: string;
    telephone: string;
    address: { streetAddress: string; addressLocality: string; addressRegion: string; postalCode: string };
    aggregateRating?: unknown;
    review?: unknown;
  };
  const { address } = business;
  expect(business["@type"]).toBe("HealthAndBeautyBusiness");
  expect({
    name: business.name,
    address: `${address.streetAddress}, ${address.addressLocality}, ${address.addressRegion} ${address.postalCode}`,
    phone: business.telephone,
  }).toEqual(footer);
  expect(footer).toEqual({
    name: clinic.name,
    address: `${clinic.address.street}, ${clinic.address.city}, ${clinic.address.region} ${clinic.address.postalCode}`,
    phone: clinic.phone,
  });
  expect(business.aggregateRating).toBeUndefined();
  expect(business.review).toBeUndefined();
});

test("the home and visit pages carry the clinic's full structured data, other pages a short form", () => {
  const clinicIn = (file: string) => {
    const html = readFileSync(join(DIST, file), "utf8");
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "{}";
    const graph = JSON.parse(json) as { "@graph": { "@type": string }[] };
    return graph["@graph"].find((node) => (node as { "@id"?: string })["@id"]?.endsWith("/#clinic"));
  };
  for (const file of ["index.html", "visit/index.html"]) {
    expect(clinicIn(file), file).toHaveProperty("@type", "HealthAndBeautyBusiness");
    expect(clinicIn(file), file).toHaveProperty("address");
    expect(clinicIn(file), file).toHaveProperty("openingHoursSpecification");
  }
  const article = clinicIn("techniques/swedish-massage/index.html");
  // A plain Organization: a local business must carry its address wherever it appears (Google).
  expect(article).toMatchObject({ "@type": "Organization", name: expect.any(String), telephone: expect.any(String) });
  expect(article).not.toHaveProperty("address");
});

test("the visit page links to booking, the discovery call, directions and the self-check", async ({ page }) => {
  await page.goto("/visit/");
  const main = page.locator("main");
  await expect(main.locator(`a[href="${clinic.bookingUrl}"]`)).toHaveCount(1);
  await expect(main.locator(`a[href="${clinic.discoveryCallUrl}"]`)).toHaveCount(1);
  await expect(main.getByRole("link", { name: "Get directions" })).toHaveAttribute("href", /^https:\/\//);
  await expect(main.getByRole("link", { name: "check these warning signs" })).toHaveAttribute(
    "href",
    "/red-flags/check/",
  );
  await expect(main.getByRole("table", { name: /^Opening hours by day/ }).locator("tr")).toHaveCount(7);
});

test("the visit page's hours table says which days are closed and where the lunch break is", async ({ page }) => {
  const hours = clinic.hours as Record<string, string>;
  await page.goto("/visit/");
  const table = page.getByRole("table", { name: "Opening hours by day" });
  await expect(table.locator("caption")).toContainText("Pacific Time");
  for (const [day, written] of Object.entries(hours)) {
    const cell = table.locator(`tr[data-day="${day}"] td`);
    if (written === "closed") await expect(cell).toHaveText("Closed");
    else await expect(cell).toHaveText(written.includes(",") ? / to .+ and .+ to / : /^[^,]+ to [^,]+$/);
  }
  expect(Object.values(hours)).toContain("closed");
  expect(Object.values(hours).some((written) => written.includes(","))).toBe(true);
});

test("the visit page offers booking as buttons, not as a list of links", async ({ page }) => {
  await page.goto("/visit/");
  for (const href of [clinic.bookingUrl, clinic.discoveryCallUrl]) {
    const link = page.locator(`main a[href="${href}"]`);
    expect(await link.evaluate((element) => element.closest("li, ul, ol")), href).toBeNull();
    // A button: a filled or outlined box, at least 40 px tall, its words not underlined.
    const look = await link.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        boxed: style.backgroundColor !== "rgba(0, 0, 0, 0)" || Number.parseFloat(style.borderTopWidth) >= 2,
        height: element.getBoundingClientRect().height,
        underline: style.textDecorationLine.includes("underline"),
      };
    });
    expect({ boxed: look.boxed, underline: look.underline }, href).toEqual({ boxed: true, underline: false });
    expect(look.height, href).toBeGreaterThanOrEqual(40);
  }
});

test("the visit page says today's hours: those of the day its table marks as today", async ({ page }) => {
  await page.goto("/visit/");
  // The day is the build's, which this test does not know: the line and the table must agree.
  const line = (await page.locator("[data-open-today]").innerText()).trim();
  const day = await page.locator("[data-open-today]").getAttribute("data-open-today");
  const row = page.locator(`tr[data-day="${day}"]`);
  await expect(row.locator("th")).toContainText("(today)");
  await expect(page.locator("tr th", { hasText: "(today)" })).toHaveCount(1);
  const weekday = (await row.locator("th").innerText()).replace("(today)", "").trim();
  const times = (await row.locator("td").innerText()).trim();
  expect(line).toBe(
    times === "Closed" ? `Today (${weekday}): closed` : `Today (${weekday}): ${times.replaceAll(" to ", "–")}`,
  );
});

test("the visit page lists each service's length and price from content/clinic.yaml, and the free call", async ({
  page,
}) => {
  await page.goto("/visit/");
  const priced = clinic.services.filter((service) => service.price !== undefined);
  expect(priced.length).toBeGreaterThan(0);
  const table = page.getByRole("table", { name: "Price of one session" });
  for (const service of priced) {
    const row = table.locator(`tr[data-service="${service.id}"]`);
    await expect(row.locator("th")).toHaveText(service.name);
    await expect(row.locator("td").last()).toHaveText(
      formatPrice(service.price ?? 0, service.priceCurrency ?? "", "en-US"),
    );
    if (service.minutes !== undefined) await expect(row).toContainText(`${service.minutes} minutes`);
  }
  await expect(table.getByRole("row", { name: /Discovery call/ })).toContainText("Free");
});

test("the sitemap lists every built page but the 404 and search", () => {
  const built = builtHtmlFiles()
    .map(pathOfFile)
    .filter((path) => path !== "/404.html");
  expect(built.sort()).toEqual([...paths, ...PAGES_NOT_IN_SITEMAP].sort());
});

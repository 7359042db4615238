import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { expect, test } from "@playwright/test";
import { parse as parseYaml } from "yaml";

import { richResultProblems } from "./rich-results";
import { DIST, SITE, builtHtmlFiles, isArticlePath, pathOfFile, sitemapPaths } from "./site";

const paths = sitemapPaths();

/** The JSON-LD graph of a built page. */
function graphOf(path: string): Record<string, unknown>[] {
  const html = readFileSync(join(DIST, path, "index.html"), "utf8");
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(blocks, `${path}: one JSON-LD block`).toHaveLength(1);
  const data = JSON.parse(blocks[0]?.[1] ?? "{}") as { "@context": string; "@graph": Record<string, unknown>[] };
  expect(data["@context"]).toBe("https://schema.org");
  return data["@graph"];
}

const nodeOfType = (graph: Record<string, unknown>[], type: string) => graph.find((node) => node["@type"] === type);

/** The frontmatter of every article file, by URL path. */
const frontmatter = new Map<string, Record<string, unknown>>(
  readdirSync("content/articles").flatMap((category) =>
    readdirSync(join("content/articles", category)).map((file) => {
      const text = readFileSync(join("content/articles", category, file), "utf8");
      const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as Record<string, unknown>;
      return [`/${category}/${file.replace(/\.mdx$/, "")}/`, data] as const;
    }),
  ),
);
const dayOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

for (const path of paths) {
  test(`${path} has a share card with a 1200×630 PNG at an absolute URL`, async ({ page, request }) => {
    await page.goto(path);
    const meta = async (selector: string) => page.locator(`head meta[${selector}]`).getAttribute("content");
    const image = (await meta('property="og:image"')) ?? "";
    expect(image.startsWith(`${SITE}/og/`)).toBe(true);
    expect(await meta('property="og:image:width"')).toBe("1200");
    expect(await meta('property="og:image:height"')).toBe("630");
    expect((await meta('property="og:image:alt"'))?.length ?? 0).toBeGreaterThan(10);
    expect(await meta('name="twitter:card"')).toBe("summary_large_image");
    expect(await meta('name="twitter:image"')).toBe(image);
    expect(await meta('property="og:type"')).toBe(
      isArticlePath(path) ? "article" : /^\/people\/[^/]+\/$/.test(path) ? "profile" : "website",
    );
    // Every page announces the site's feed; topic pages also announce their own (feeds.spec.ts).
    await expect(
      page.locator(`head link[rel="alternate"][type="application/rss+xml"][href="${SITE}/rss.xml"]`),
    ).toHaveCount(1);
    await expect(page.locator('head meta[name="theme-color"]')).toHaveCount(2);

    const png = await request.get(new URL(image).pathname);
    expect(png.status()).toBe(200);
    const bytes = await png.body();
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  test(`${path} has JSON-LD with the site, the clinic and a breadcrumb trail`, () => {
    const graph = graphOf(path);
    expect(nodeOfType(graph, "WebSite")).toMatchObject({ url: `${SITE}/`, name: expect.any(String) });
    expect(graph.find((node) => node["@id"] === `${SITE}/#clinic`)).toMatchObject({
      name: expect.any(String),
      telephone: expect.stringMatching(/^\+\d+$/),
    });
    if (path !== "/") {
      const breadcrumb = nodeOfType(graph, "BreadcrumbList") as {
        itemListElement: { position: number; name: string; item: string }[];
      };
      // Google requires position and name on every item, and item on all but the last.
      breadcrumb.itemListElement.forEach((item, index) => {
        expect(item.position).toBe(index + 1);
        expect(item.name.length).toBeGreaterThan(0);
        expect(item.item.startsWith(SITE)).toBe(true);
      });
      expect(breadcrumb.itemListElement.at(-1)?.item).toBe(`${SITE}${path}`);
    }
  });
}

for (const path of paths.filter(isArticlePath)) {
  test(`${path} describes itself as a reviewed medical page with a cited article`, () => {
    const graph = graphOf(path);
    const data = frontmatter.get(path);
    const webPage = nodeOfType(graph, "MedicalWebPage") as Record<string, unknown>;
    const article = nodeOfType(graph, "Article") as Record<string, unknown>;
    expect(webPage).toMatchObject({ lastReviewed: dayOf(data?.["lastReviewed"]), reviewedBy: { "@type": "Person" } });
    // Google's Article guidance: headline, image, datePublished, dateModified, author (name, url).
    expect(article).toMatchObject({
      headline: data?.["title"],
      image: `${SITE}/og${path.slice(0, -1)}.png`,
      datePublished: dayOf(data?.["published"]),
      dateModified: dayOf(data?.["lastReviewed"]),
      author: {
        "@type": "Person",
        name: expect.any(String),
        url: expect.stringContaining(`${SITE}/people/`),
      },
      publisher: { "@id": `${SITE}/#clinic` },
    });
    expect((article["citation"] as unknown[]).length).toBe((data?.["sources"] as unknown[]).length);
  });
}

for (const path of paths.filter((path) => /^\/people\/[^/]+\/$/.test(path))) {
  test(`${path} is a profile page of a person`, () => {
    const profile = nodeOfType(graphOf(path), "ProfilePage") as { mainEntity: { "@type": string; name: string } };
    expect(profile.mainEntity["@type"]).toBe("Person");
    expect(profile.mainEntity.name.length).toBeGreaterThan(0);
  });
}

test("every sitemap lastmod is the page's own review or update date, never the build time", () => {
  const xml = readFileSync(join(DIST, "sitemap-0.xml"), "utf8");
  const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((match) => ({
    path: new URL(match[1] ?? "").pathname,
    lastmod: match[2]?.slice(0, 10),
  }));
  for (const { path, lastmod } of entries.filter((entry) => isArticlePath(entry.path))) {
    expect(lastmod, path).toBe(dayOf(frontmatter.get(path)?.["lastReviewed"]));
  }
  const editorial = parseYaml(
    /^---\n([\s\S]*?)\n---/.exec(readFileSync("content/pages/editorial-policy.mdx", "utf8"))?.[1] ?? "",
  ) as { updated: unknown };
  expect(entries.find((entry) => entry.path === "/editorial-policy/")?.lastmod).toBe(dayOf(editorial.updated));
  const newest = [...frontmatter.values()]
    .map((data) => dayOf(data["lastReviewed"]))
    .sort()
    .at(-1);
  expect(entries.find((entry) => entry.path === "/")?.lastmod).toBe(newest);
  expect(entries.map((entry) => entry.path)).not.toContain("/search/");
  expect(entries.map((entry) => entry.path)).not.toContain("/404.html");
});

test("robots.txt points at the sitemap index and ends with a newline", () => {
  const robots = readFileSync(join(DIST, "robots.txt"), "utf8");
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  expect(robots.endsWith("\n")).toBe(true);
});

test("every page's structured data meets Google's rich-result rules for its types", () => {
  const problems = builtHtmlFiles().flatMap((file) => {
    const html = readFileSync(join(DIST, file), "utf8");
    return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((block) =>
      richResultProblems(JSON.parse(block[1] ?? "null")).map((problem) => `${file}: ${problem}`),
    );
  });
  expect(problems).toEqual([]);
});

test("the clinic's optional search fields appear only as clinic.yaml gives them", () => {
  const clinic = parseYaml(readFileSync("content/clinic.yaml", "utf8")) as Record<string, unknown>;
  for (const path of ["/", "/visit/"]) {
    const node = nodeOfType(graphOf(path), "HealthAndBeautyBusiness") as Record<string, unknown>;
    const geo = clinic["geo"] as { latitude: number; longitude: number } | undefined;
    expect(node["geo"], path).toEqual(
      geo === undefined ? undefined : { "@type": "GeoCoordinates", latitude: geo.latitude, longitude: geo.longitude },
    );
    expect(node["image"], path).toBe(clinic["image"] === undefined ? undefined : `${SITE}${String(clinic["image"])}`);
    expect(node["priceRange"], path).toBe(clinic["priceRange"]);
    const offers = (node["makesOffer"] ?? []) as Record<string, unknown>[];
    for (const offer of offers) {
      const source = (clinic["offers"] as Record<string, unknown>[]).find(
        (entry) => entry["headline"] === offer["name"],
      );
      expect(offer["price"], path).toBe(source?.["price"]);
      expect(offer["priceCurrency"], path).toBe(source?.["priceCurrency"]);
    }
  }
  if (clinic["image"] !== undefined) {
    expect(existsSync(join(DIST, String(clinic["image"])))).toBe(true);
  }
});

test("pages without an address or kept out of search are marked so, and only they are out of the sitemap", () => {
  const inSitemap = new Set(paths);
  for (const file of builtHtmlFiles()) {
    const html = readFileSync(join(DIST, file), "utf8");
    const path = pathOfFile(file);
    const noindex = html.includes('<meta name="robots" content="noindex">');
    expect(noindex, `${path}: noindex exactly when it is not in the sitemap`).toBe(!inSitemap.has(path));
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    const ogUrl = /<meta property="og:url" content="([^"]+)"/.exec(html)?.[1];
    if (file === "404.html") {
      // Served at whatever address was not found; /404/ itself does not exist.
      expect(canonical, path).toBeUndefined();
      expect(ogUrl, path).toBeUndefined();
    } else {
      expect(canonical, path).toBe(`${SITE}${path}`);
      expect(ogUrl, path).toBe(canonical);
    }
  }
  expect(inSitemap.has("/search/")).toBe(false);
});

test("every page in the sitemap has a lastmod", () => {
  const xml = readFileSync(join(DIST, "sitemap-0.xml"), "utf8");
  const undated = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)]
    .filter((match) => !(match[1] ?? "").includes("<lastmod>"))
    .map((match) => /<loc>([^<]+)<\/loc>/.exec(match[1] ?? "")?.[1]);
  expect(undated).toEqual([]);
});

test("an article offers breadcrumbs, previous and next in its topic, three related articles and share links", async ({
  page,
}) => {
  await page.goto("/self-care/heat-or-ice/");
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link")).toHaveText([
    "Home",
    "Self-care",
  ]);
  await expect(page.locator('nav a[rel="prev"], nav a[rel="next"]')).not.toHaveCount(0);
  await expect(page.locator("[data-related] li")).toHaveCount(3);
  const share = page.locator("[data-share] a");
  const hrefs = await share.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  for (const prefix of [
    "mailto:",
    "https://wa.me/",
    "https://www.facebook.com/",
    "https://www.linkedin.com/",
    "https://x.com/",
    `${SITE}/self-care/heat-or-ice/`,
  ]) {
    expect(
      hrefs.some((href) => href.startsWith(prefix)),
      prefix,
    ).toBe(true);
  }
  await expect(page.getByText(/\d+ min read/)).toBeVisible();
});

test("the table of contents stays in view on a wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/self-care/heat-or-ice/");
  await page.evaluate(() => window.scrollTo(0, 2500));
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeInViewport();
});

test("a self-care article prints as a clean handout", async ({ page }) => {
  await page.goto("/self-care/gentle-stretches/");
  await page.emulateMedia({ media: "print" });
  for (const selector of ["header", "footer", "[data-cta]", "[data-share]", "[data-call-bar]", "[data-related]"]) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  await expect(page.locator("[data-article-body]")).toBeVisible();
  await expect(page.locator("figure.illustration").first()).toBeVisible();
  await expect(page.locator("[data-help-block]")).toBeVisible();
  const printedUrl = await page
    .locator('[data-source-list] a[href^="http"]')
    .first()
    .evaluate((link) => getComputedStyle(link, "::after").content);
  expect(printedUrl).toContain("http");
});

test("the all-articles page lists every article under its topic", async ({ page }) => {
  await page.goto("/articles/");
  await expect(page.locator("main section li a")).toHaveCount(paths.filter(isArticlePath).length);
});

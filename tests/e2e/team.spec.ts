import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { expect, test } from "@playwright/test";
import { parse as parseYaml } from "yaml";

import { DIST, builtHtmlFiles } from "./site";

/**
 * Everyone in content/people/ is reachable: the team page lists each person with a link to their
 * profile, and every page's footer and the editorial policy link to the team page. A new staff
 * member's profile is then never a page that nothing links to.
 */

const people = readdirSync("content/people")
  .filter((file) => file.endsWith(".yaml"))
  .map((file) => ({
    id: file.replace(/\.yaml$/, ""),
    name: (parseYaml(readFileSync(join("content/people", file), "utf8")) as { name: string }).name,
  }));

const built = (path: string): string => readFileSync(join(DIST, path, "index.html"), "utf8");

test("the team page lists every person in content/people with a link to their profile", () => {
  expect(people.length).toBeGreaterThan(0);
  const team = built("people");
  for (const person of people) {
    expect(team, person.id).toContain(`<a href="/people/${person.id}/">${person.name}</a>`);
  }
});

test("every page's footer links to the team page", () => {
  for (const file of builtHtmlFiles()) {
    const footer = /<footer[\s\S]*?<\/footer>/.exec(readFileSync(join(DIST, file), "utf8"))?.[0] ?? "";
    expect(footer, file).toMatch(/<a href="\/people\/"[^>]*>/);
  }
});

test("the editorial policy links to the team page from its text", () => {
  const body = /<main[\s\S]*?<\/main>/.exec(built("editorial-policy"))?.[0] ?? "";
  expect(body).toContain('href="/people/"');
});

test("a profile's breadcrumb leads back to the team page", async ({ page }) => {
  const person = people[0];
  await page.goto(`/people/${person?.id}/`);
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link", { name: "Our team" })).toHaveAttribute("href", "/people/");
});

test("every profile shows the person's initials and each of their articles once, by title", async ({ page }) => {
  for (const person of people) {
    await page.goto(`/people/${person.id}/`);
    const main = page.locator("main");
    await expect(main.locator("[data-initials]")).toBeVisible();
    const hrefs = await main
      .locator("section li a")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs.length, person.id).toBeGreaterThan(0);
    expect(new Set(hrefs).size, `${person.id}: an article listed twice`).toBe(hrefs.length);
    // A title per line, not a card per article: the reviewer of every article had a 7,000 px page.
    await page.setViewportSize({ width: 390, height: 844 });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, person.id).toBeLessThan(4000);
  }
});

test("the team page shows each person's initials", () => {
  const team = built("people");
  expect(team.match(/data-initials/g)?.length).toBe(people.length);
});

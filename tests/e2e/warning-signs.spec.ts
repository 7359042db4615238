import { readFileSync } from "node:fs";
import { join } from "node:path";

import { expect, test } from "@playwright/test";
import { parse as parseHtml } from "node-html-parser";
import { parse as parseYaml } from "yaml";

import { DIST, isArticlePath, sitemapPaths } from "./site";

/**
 * Every article page, as built, shows every emergency sign of content/red-flags.yaml in its "When to
 * get help" block, in the emergency band, with the sign's own words. No article can leave one out.
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

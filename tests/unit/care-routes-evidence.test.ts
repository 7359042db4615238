import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { COUNTRIES_WITH_NAMED_ROUTES, careRouteClauses } from "@/lib/locale";

interface Evidence {
  country: string;
  words: string;
  url: string;
  quote: string;
}

const evidence = parse(readFileSync("content/evidence/_care-routes.yaml", "utf8")) as Evidence[];

describe("care routes in the evidence trail", () => {
  // A named service sent to readers with a warning sign must be one a health service's page names.
  it.each(COUNTRIES_WITH_NAMED_ROUTES)("%s: every route the site names is backed by a quoted page", (country) => {
    const clauses = Object.values(careRouteClauses(country)).join(" | ");
    const entries = evidence.filter((entry) => entry.country === country);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(clauses, entry.url).toContain(entry.words);
      expect(entry.url).toMatch(/^https?:\/\//);
      expect(entry.quote.length).toBeGreaterThan(20);
    }
    const sameDay = careRouteClauses(country).sameDay;
    const backed = entries.some((entry) => sameDay.includes(entry.words));
    expect(backed, `${country}'s same-day route "${sameDay}" has no evidence entry`).toBe(true);
  });
});

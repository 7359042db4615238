import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

/**
 * The design tokens of src/styles/global.css are the only sizes the code uses (issue 15, item 4):
 * one spacing scale and one type scale. What a reader sees of them (lines at 3:1, no text under
 * 0.875 rem) is checked in the browser: tests/e2e/identity.spec.ts.
 */

const SRC = new URL("../../src/", import.meta.url).pathname;
const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(astro|ts)$/.test(entry.name) ? [path] : [];
  });

/** The spacing scale's steps, in units of --spacing (0.25rem): 2, 4, 8, 12, 16, 24, 32, 40 and 48 px. */
const SPACING_STEPS: ReadonlySet<string> = new Set(["0", "0.5", "1", "2", "3", "4", "6", "8", "10", "12"]);
/** Margin, padding and gap utilities with a step of the scale, e.g. mt-4, -mx-2, gap-x-3, space-y-1. */
const SPACING_CLASS = /(?<![\w-])-?(?:[mp][xytblrse]?|gap(?:-[xy])?|space-[xy])-(\d+(?:\.\d+)?)(?![\w.])/g;
/** A font size given as a number instead of a step of the type scale, e.g. text-[15px]. */
const ARBITRARY_FONT_SIZE = /(?<![\w-])text-\[\d[^\]]*\]/g;

describe("the code's sizes come from the design tokens", () => {
  const files = sourceFiles(SRC).map((path) => ({ path: path.slice(SRC.length), text: readFileSync(path, "utf8") }));

  it("reads the components, layouts and pages", () => {
    expect(files.filter((file) => file.path.endsWith(".astro")).length).toBeGreaterThan(40);
  });

  it("margins, padding and gaps use only the spacing scale's steps", () => {
    const offSteps = files.flatMap((file) =>
      [...file.text.matchAll(SPACING_CLASS)]
        .filter((match) => !SPACING_STEPS.has(match[1] ?? ""))
        .map((match) => `${file.path}: ${match[0]}`),
    );
    expect(offSteps).toEqual([]);
  });

  it("font sizes use only the type scale's steps", () => {
    const arbitrary = files.flatMap((file) =>
      [...file.text.matchAll(ARBITRARY_FONT_SIZE)].map((match) => `${file.path}: ${match[0]}`),
    );
    expect(arbitrary).toEqual([]);
  });
});

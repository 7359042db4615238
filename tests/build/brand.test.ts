import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { parse } from "node-html-parser";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { contrast } from "@/lib/colour";

import { build, builtPage, copyProject, edit, removeCopies } from "./project-copy";

/**
 * A second clinic rebrands the site by changing content only (content/brand.yaml, its logo and the
 * name in content/clinic.yaml): the built pages, their stylesheet, theme colour, icons and share
 * images must all follow. A brand colour that fails contrast, or looks like a warning, stops the
 * build with the pair, the ratio and a colour that passes.
 */

afterAll(removeCopies);

const NAME = "Harbour Physio & Massage";
const COLOUR = "#1d4f91";
/** The second logo: a triangle in its own colour, unlike anything in the shipped logo. */
const LOGO_COLOUR = "#2e6b1f";
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><polygon points="0 0 32 0 32 32 0 32" fill="${LOGO_COLOUR}"/><polygon points="16 6 26 26 6 26" fill="#ffffff"/></svg>`;
/** The shipped brand's colours, which must be gone from the rebranded build. */
const SHIPPED = ["#0f6b63", "#5fc4b8", "#dff6f2", "#0a2d29"];

/** Every built HTML page of a copy, as paths relative to dist/. */
function htmlFiles(dir: string): string[] {
  return readdirSync(join(dir, "dist"), { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
}

/** The colour of one pixel of a PNG file, as #rrggbb. */
async function pixel(file: string, x: number, y: number): Promise<string> {
  const { data, info } = await sharp(readFileSync(file)).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return `#${[0, 1, 2].map((channel) => (data[at + channel] ?? 0).toString(16).padStart(2, "0")).join("")}`;
}

/** A custom property's value in the light (first) and dark (second) rule of a page's stylesheet. */
function brandProperty(html: string, name: string): [string | undefined, string | undefined] {
  const values = [...html.matchAll(new RegExp(`--${name}:(#[0-9a-f]{3,6})[;}]`, "g"))].map((match) => match[1]);
  return [values[0], values[1]];
}

describe("a second brand, by content only", () => {
  let dir = "";

  beforeAll(() => {
    dir = copyProject();
    edit(dir, "content/clinic.yaml", (text) => text.replace(/^name: .*$/m, `name: ${NAME}`));
    writeFileSync(join(dir, "content/brand/harbour.svg"), LOGO);
    edit(dir, "content/brand.yaml", (text) =>
      text
        .replace(/^logo: .*$/m, "logo: brand/harbour.svg")
        .replace(/^colour: .*$/m, `colour: "${COLOUR}"`)
        // Without darkColour, dark mode takes a lighter shade of the colour that passes.
        .replace(/^darkColour: .*\n/m, "")
        .replace(/^font: .*$/m, "font: inter"),
    );
    const { status, output } = build(dir);
    expect(status, output).toBe(0);
  });

  it("shows the new name and logo in every page's header", () => {
    for (const path of ["", "self-care/heat-or-ice", "visit", "red-flags/check"]) {
      const header = parse(builtPage(dir, path)).querySelector("header [data-site-name]");
      expect(header?.textContent.trim(), path).toBe(NAME);
      const logo = header?.querySelector("svg");
      expect(logo?.getAttribute("aria-hidden"), path).toBe("true");
      expect(logo?.querySelector("polygon")?.getAttribute("fill"), path).toBe(LOGO_COLOUR);
    }
  });

  it("colours the pages from the brand in light and dark mode, with a passing dark shade", () => {
    const html = builtPage(dir, "self-care/heat-or-ice");
    const [light, dark] = brandProperty(html, "brand");
    expect(light).toBe(COLOUR);
    expect(dark).toMatch(/^#[0-9a-f]{6}$/);
    expect(dark).not.toBe(COLOUR);
    expect(contrast(dark ?? "", "#111619")).toBeGreaterThanOrEqual(4.5);
    // The tokens the utilities use point at the brand's properties.
    expect(html).toContain("--color-brand:var(--brand)");
    expect(html).toContain("--color-link:var(--brand)");
    const [tintLight, tintDark] = brandProperty(html, "brand-tint");
    const themeColours = parse(html)
      .querySelectorAll('meta[name="theme-color"]')
      .map((meta) => [meta.getAttribute("media"), meta.getAttribute("content")]);
    expect(themeColours).toEqual([
      ["(prefers-color-scheme: light)", tintLight],
      ["(prefers-color-scheme: dark)", tintDark],
    ]);
    for (const file of htmlFiles(dir)) {
      const page = readFileSync(join(dir, "dist", file), "utf8").toLowerCase();
      for (const colour of SHIPPED) expect(page.includes(colour), `${file} still has ${colour}`).toBe(false);
    }
  });

  it("sets the chosen font, served from the project's own package", () => {
    const html = builtPage(dir, "self-care/heat-or-ice");
    expect(html).toContain("--brand-font:Inter,");
    for (const weight of [400, 700]) {
      expect(html).toMatch(
        new RegExp(
          `@font-face\\{font-family:Inter;[^}]*font-weight:${weight};[^}]*src:url\\(/fonts/inter-${weight}\\.ttf\\)`,
        ),
      );
    }
    const packaged = readFileSync(join(dir, "node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf"));
    expect(readFileSync(join(dir, "dist/fonts/inter-400.ttf")).equals(packaged)).toBe(true);
  });

  it("makes the icons from the new logo", async () => {
    expect(readFileSync(join(dir, "dist/favicon.svg"), "utf8")).toBe(LOGO);
    expect(await pixel(join(dir, "dist/favicon-32.png"), 2, 30)).toBe(LOGO_COLOUR);
    expect(await pixel(join(dir, "dist/apple-touch-icon.png"), 5, 175)).toBe(LOGO_COLOUR);
  });

  it("draws the share images in the brand colour, with the new logo", async () => {
    for (const image of ["og/default.png", "og/self-care/heat-or-ice.png"]) {
      const file = join(dir, "dist", image);
      // The frame, then the logo beside the clinic's name at the foot of the card.
      expect(await pixel(file, 10, 10), image).toBe(COLOUR);
      expect(await pixel(file, 600, 620), image).toBe(COLOUR);
      expect(await pixel(file, 98, 630 - 100 - 11 - 26), image).toBe(LOGO_COLOUR);
    }
  });
});

describe("a brand that would fail readers stops the build", () => {
  it("names a colour too faint even for marks, with its ratios and a colour that passes", () => {
    const dir = copyProject();
    edit(dir, "content/brand.yaml", (text) => text.replace(/^colour: .*$/m, 'colour: "#8fd3c9"'));
    const line = readFileSync(join(dir, "content/brand.yaml"), "utf8").split("\n").indexOf('colour: "#8fd3c9"') + 1;
    const { status, output } = build(dir);
    expect(status, output).not.toBe(0);
    expect(output).toContain(
      `content/brand.yaml:${line} → colour: In light mode, #8fd3c9 is too faint to see as a mark (the back curve, topic icons, the drawings' accents): WCAG 2.2 needs 3:1 against the page and grey panels (#8fd3c9 on #ffffff is 1.70:1; #8fd3c9 on #f3f6f6 is 1.56:1).`,
    );
    const suggested = /Use a darker shade of the same colour, e\.g\. colour: "(#[0-9a-f]{6})"/.exec(output)?.[1];
    expect(suggested, output).toBeDefined();
    expect(contrast(suggested ?? "", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrast(suggested ?? "", "#f3f6f6")).toBeGreaterThanOrEqual(4.5);
    expect(output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(dir, "dist/index.html"))).toBe(false);
  });

  it("refuses a red or amber brand colour, kept for the warning signs", () => {
    const dir = copyProject();
    edit(dir, "content/brand.yaml", (text) => text.replace(/^darkColour: .*$/m, 'darkColour: "#ffb000"'));
    const { status, output } = build(dir);
    expect(status, output).not.toBe(0);
    expect(output).toMatch(
      /content\/brand\.yaml:\d+ → darkColour: #ffb000 is a red, orange, amber or yellow \(hue \d+°\), the colours of the warning signs, which are kept for warnings only\./,
    );
    expect(existsSync(join(dir, "dist/index.html"))).toBe(false);
  });
});

import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { checkBrandColours, checkLogo, TIER_COLOURS, warningLook } from "@/lib/brand-check";
import { NEUTRALS, paletteOf, passesContrast } from "@/lib/brand-palette";
import { contrast, formatRatio, toOklch } from "@/lib/colour";
import { BrandSchema } from "@/schemas/brand";

const css = readFileSync(new URL("../../src/styles/global.css", import.meta.url), "utf8");
/** The value of a custom property in global.css: the light one (first) or the dark one (second). */
function token(name: string, mode: "light" | "dark"): string | undefined {
  const values = [...css.matchAll(new RegExp(`--color-${name}:\\s*(#[0-9a-f]{6});`, "g"))].map((match) => match[1]);
  return mode === "light" ? values[0] : values[1];
}

describe("the brand check's colours are the stylesheet's", () => {
  it.each(["light", "dark"] as const)("neutrals in %s mode", (mode) => {
    expect(token("page", mode)).toBe(NEUTRALS[mode].page);
    expect(token("surface", mode)).toBe(NEUTRALS[mode].surface);
    expect(token("ink", mode)).toBe(NEUTRALS[mode].ink);
  });

  it("the tier colours", () => {
    for (const [tier, colour] of Object.entries(TIER_COLOURS)) expect(token(`tier-${tier}`, "light")).toBe(colour);
  });
});

describe("WCAG contrast", () => {
  it("gives the published ratios", () => {
    expect(contrast("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrast("#ffffff", "#777777")).toBe(contrast("#777777", "#ffffff"));
  });

  it("never shows a failing ratio as a passing one", () => {
    expect(formatRatio(4.4999)).toBe("4.49:1");
  });
});

describe("the shipped brand", () => {
  const brand = BrandSchema.parse({ logo: "brand/logo.svg", colour: "#0f6b63", darkColour: "#5fc4b8" });

  it("passes every check", () => {
    expect(checkBrandColours(brand)).toEqual([]);
  });

  it("fills the roles with text at 4.5:1 or more on its tint, in both modes", () => {
    const palette = paletteOf(brand);
    for (const mode of ["light", "dark"] as const) {
      expect(contrast(palette[mode].brandInk, palette[mode].brand)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(NEUTRALS[mode].ink, palette[mode].tint)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(palette[mode].brand, palette[mode].tint)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe("a brand colour too pale for text", () => {
  // 3:1 on the page and grey panels, under 4.5:1: a mark, not text.
  const pale = "#2e9488";

  it("is accepted, marks only, and buttons and links take the nearest darker shade that passes", () => {
    expect(passesContrast(pale, "light")).toBe(false);
    expect(checkBrandColours({ colour: pale, darkColour: "#5fc4b8" })).toEqual([]);
    const { light } = paletteOf({ colour: pale, darkColour: "#5fc4b8" });
    expect(light.mark).toBe(pale);
    expect(light.brand).not.toBe(pale);
    expect(passesContrast(light.brand, "light")).toBe(true);
    // The same hue, only darker.
    expect(Math.abs(toOklch(light.brand).h - toOklch(pale).h)).toBeLessThan(3);
    expect(toOklch(light.brand).l).toBeLessThan(toOklch(pale).l);
    expect(contrast(light.mark, NEUTRALS.light.page)).toBeGreaterThanOrEqual(3);
  });

  it("keeps a colour that passes as both mark and strong shade", () => {
    const { light } = paletteOf({ colour: "#0f6b63" });
    expect(light.brand).toBe("#0f6b63");
    expect(light.mark).toBe("#0f6b63");
  });
});

describe("a brand colour too faint for a mark", () => {
  it("is refused with its ratios and a darker shade that passes", () => {
    const [issue, ...rest] = checkBrandColours({ colour: "#8fd3c9", darkColour: "#5fc4b8" });
    expect(rest).toEqual([]);
    expect(issue?.path).toEqual(["colour"]);
    expect(issue?.message).toContain("In light mode, #8fd3c9 is too faint to see as a mark");
    expect(issue?.message).toContain(`#8fd3c9 on #ffffff is ${formatRatio(contrast("#8fd3c9", NEUTRALS.light.page))}`);
    const suggested = /colour: "(#[0-9a-f]{6})"/.exec(issue?.message ?? "")?.[1];
    expect(suggested).toBeDefined();
    expect(passesContrast(suggested ?? "", "light")).toBe(true);
    expect(Math.abs(toOklch(suggested ?? "").h - toOklch("#8fd3c9").h)).toBeLessThan(3);
  });

  it("is refused in dark mode with a lighter shade", () => {
    const [issue] = checkBrandColours({ colour: "#0f6b63", darkColour: "#0f6b63" });
    expect(issue?.path).toEqual(["darkColour"]);
    expect(issue?.message).toMatch(/In dark mode, #0f6b63 is too faint .* darkColour: "#[0-9a-f]{6}"/);
  });

  it("without darkColour, dark mode takes the nearest lighter shade that passes", () => {
    const palette = paletteOf({ colour: "#1d4f91" });
    expect(passesContrast(palette.dark.brand, "dark")).toBe(true);
    expect(checkBrandColours({ colour: "#1d4f91" })).toEqual([]);
  });
});

describe("warning colours are kept for warnings", () => {
  it.each([...Object.values(TIER_COLOURS), "#c0392b", "#b03a6a", "#e67e22", "#b8860b", "#8b5a2b", "#6a5acd"])(
    "refuses %s",
    (colour) => {
      expect(warningLook(colour)).toBeDefined();
      expect(checkBrandColours({ colour })[0]?.message).toContain("kept for warnings only");
    },
  );

  it.each(["#0f6b63", "#1d4f91", "#2e6b1f", "#7a2e8c", "#44515a"])("accepts %s", (colour) => {
    expect(warningLook(colour)).toBeUndefined();
  });
});

describe("the logo", () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle r="9" fill="#0f6b63"/></svg>';

  it("accepts a plain SVG drawing", () => {
    expect(checkLogo(svg)).toEqual([]);
  });

  it.each([
    ["a script", svg.replace("</svg>", "<script>alert(1)</script></svg>")],
    ["a style attribute", svg.replace("<circle", '<circle style="fill:red"')],
    ["an event attribute", svg.replace("<circle", '<circle onclick="x()"')],
    ["a link", svg.replace("<circle", '<a href="https://example.com"><circle').replace("</svg>", "</a></svg>")],
    ["no viewBox", svg.replace(' viewBox="0 0 32 32"', "")],
  ])("refuses %s", (_name, bad) => {
    expect(checkLogo(bad)).not.toEqual([]);
  });
});

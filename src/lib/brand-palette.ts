/**
 * The colour roles the brand fills, in light and dark mode (issue 15, item 4):
 * - the mark: the clinic's own colour as it wrote it, for marks and accents (the back curve, topic
 *   icons, the drawings' accents); it needs 3:1 against the page, as a graphic does (WCAG 1.4.11);
 * - the strong shade: buttons, links and focus rings. It is the clinic's colour when that passes
 *   WCAG 2.2 AA as text on every background links stand on, else the nearest shade of the same hue
 *   that does, so a colour too pale for text is used only for marks;
 * - a pale (dark mode: deep) tint of its hue for brand panels and the header.
 * The build refuses a colour too faint for a mark (src/lib/brand-check.ts) and suggests a shade.
 * The logo keeps its own colours.
 */

import type { Brand } from "../schemas/brand";
import { adjustLightness, contrast, fromOklch, TEXT_CONTRAST, toOklch } from "./colour";

export type Mode = "light" | "dark";

/** The neutral colours of src/styles/global.css (a unit test keeps the two the same). */
export const NEUTRALS = {
  light: { page: "#ffffff", surface: "#f3f6f6", ink: "#1b2226" },
  dark: { page: "#111619", surface: "#1b2327", ink: "#e6ecee" },
} as const satisfies Record<Mode, { page: string; surface: string; ink: string }>;

/** Text on a brand-coloured button: white on the light page, near black on the dark one. */
export const BRAND_INK = { light: "#ffffff", dark: "#0b1214" } as const satisfies Record<Mode, string>;

/** One mode's brand roles. */
export interface ModePalette {
  /** The strong shade: buttons, links, focus rings; text on it and it as text pass AA. */
  brand: string;
  /** The clinic's own colour, for marks and accents only. */
  mark: string;
  /** Text on a brand-coloured button. */
  brandInk: string;
  /** Brand panels and the header. */
  tint: string;
}

export type Palette = Record<Mode, ModePalette>;

/** Lightness and most chroma of a tint: pale enough on light, deep enough on dark, for any text. */
const TINT = { light: { l: 0.955, c: 0.025 }, dark: { l: 0.27, c: 0.04 } } as const;

/** The tint of a brand colour's hue for a mode. */
export function tintOf(colour: string, mode: Mode): string {
  const { c, h } = toOklch(colour);
  return fromOklch({ l: TINT[mode].l, c: Math.min(c, TINT[mode].c), h });
}

/** A text pair the brand colour takes part in, as the build names it. */
export interface BrandPair {
  /** What the pair is, e.g. "links on the page". */
  what: string;
  foreground: string;
  background: string;
}

/** Every pair of text and background that a brand colour makes in a mode. */
export function brandPairs(colour: string, mode: Mode): BrandPair[] {
  const neutral = NEUTRALS[mode];
  const tint = tintOf(colour, mode);
  return [
    { what: "button text", foreground: BRAND_INK[mode], background: colour },
    { what: "links on the page", foreground: colour, background: neutral.page },
    { what: "links on grey panels and the footer", foreground: colour, background: neutral.surface },
    { what: "links in brand panels and the header", foreground: colour, background: tint },
  ];
}

/** Whether every pair of a brand colour in a mode passes AA for text. */
export function passesContrast(colour: string, mode: Mode): boolean {
  return brandPairs(colour, mode).every((pair) => contrast(pair.foreground, pair.background) >= TEXT_CONTRAST);
}

/** WCAG 2.2 1.4.11: a graphic that carries meaning stands at 3:1 against what is around it. */
export const MARK_CONTRAST = 3;

/** Whether a colour can be seen as a mark on the page and on grey panels in a mode. */
export function passesAsMark(colour: string, mode: Mode): boolean {
  const neutral = NEUTRALS[mode];
  return contrast(colour, neutral.page) >= MARK_CONTRAST && contrast(colour, neutral.surface) >= MARK_CONTRAST;
}

/**
 * The nearest shade of `colour`'s hue that passes in `mode`: darker for the light page, lighter for
 * the dark one; undefined when none does.
 */
export function passingShade(colour: string, mode: Mode): string | undefined {
  return adjustLightness(colour, mode === "light" ? "darker" : "lighter", (candidate) =>
    passesContrast(candidate, mode),
  );
}

/** The dark-mode brand colour: the clinic's own, else the nearest lighter shade of the light one that passes. */
export function darkColourOf(brand: Pick<Brand, "colour" | "darkColour">): string {
  return brand.darkColour ?? passingShade(brand.colour, "dark") ?? brand.colour;
}

/** The strong shade of a brand colour in a mode: the colour itself if it passes, else the nearest shade that does. */
export function strongShade(colour: string, mode: Mode): string | undefined {
  return passesContrast(colour, mode) ? colour : passingShade(colour, mode);
}

/** One mode's roles for a brand colour (falling back to the colour itself if no shade passes; the check refuses it). */
function modePalette(colour: string, mode: Mode): ModePalette {
  const strong = strongShade(colour, mode) ?? colour;
  return { brand: strong, mark: colour, brandInk: BRAND_INK[mode], tint: tintOf(strong, mode) };
}

/** The brand's roles in both modes. */
export function paletteOf(brand: Pick<Brand, "colour" | "darkColour">): Palette {
  return { light: modePalette(brand.colour, "light"), dark: modePalette(darkColourOf(brand), "dark") };
}

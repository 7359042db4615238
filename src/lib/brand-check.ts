/**
 * The checks of content/brand.yaml beyond its fields: the brand colours' contrast in light and dark
 * mode, their distance from the warning-sign colours, and the logo file. Each problem names the
 * field and, for a colour, the pair, its ratio and a colour that passes.
 */

import type { Brand } from "../schemas/brand";
import {
  brandPairs,
  darkColourOf,
  MARK_CONTRAST,
  NEUTRALS,
  passesAsMark,
  passingShade,
  strongShade,
  type Mode,
} from "./brand-palette";
import { contrast, distance, formatRatio, TEXT_CONTRAST, toOklch } from "./colour";

/** A brand problem: the field path in brand.yaml and what to do. */
export interface BrandIssue {
  path: readonly string[];
  message: string;
}

/**
 * The care cards' colours (`--color-tier-*` in src/styles/global.css), reserved for warning signs.
 * A unit test keeps them the same as the stylesheet's.
 */
export const TIER_COLOURS = { emergency: "#c8102e", "same-day": "#9d5000", "within-days": "#5b4fcf" } as const;

/**
 * Reds, oranges, ambers and yellows read as "warning" (issue 15: the brand never uses red or amber):
 * OKLCH hues from 340° round through 0° to 100° (pink-red to yellow), unless nearly grey. The
 * emergency red is at about 22°, the same-day amber at about 58°; yellow sits near 110°, so 100°
 * also keeps mustard and gold out. Browns (dark ambers) are refused with them.
 */
const WARNING_HUES = { from: 340, to: 100 } as const;
const GREY_CHROMA = 0.04;
/** Closer than this (OKLab distance) to a tier's colour, a brand colour could pass for it. */
const TIER_DISTANCE = 0.12;

/** Why a colour reads as a warning colour, or undefined if it does not. */
export function warningLook(colour: string): string | undefined {
  const { c, h } = toOklch(colour);
  if (c >= GREY_CHROMA && (h >= WARNING_HUES.from || h < WARNING_HUES.to)) {
    return `${colour} is a red, orange, amber or yellow (hue ${Math.round(h)}°), the colours of the warning signs`;
  }
  for (const [tier, tierColour] of Object.entries(TIER_COLOURS)) {
    if (distance(colour, tierColour) < TIER_DISTANCE) {
      return `${colour} is too close to the ${tier} warning colour ${tierColour}`;
    }
  }
  return undefined;
}

const MODE_NAME = { light: "light mode", dark: "dark mode" } as const;

/**
 * The contrast problem of one brand colour in one mode, if it has one. A colour too pale (dark
 * mode: too deep) for text is fine: buttons and links take its strong shade, and the colour itself
 * marks only. It must still be seen as a mark, at 3:1 against the page and grey panels.
 */
function contrastIssue(field: "colour" | "darkColour", colour: string, mode: Mode): BrandIssue | undefined {
  const asMark = passesAsMark(colour, mode);
  const strong = strongShade(colour, mode);
  if (asMark && strong !== undefined) return undefined;
  const shade = passingShade(colour, mode);
  const fix =
    shade === undefined
      ? "Choose a colour with more contrast."
      : `Use a ${mode === "light" ? "darker" : "lighter"} shade of the same colour, e.g. ${field}: "${shade}".`;
  if (!asMark) {
    const neutral = NEUTRALS[mode];
    const ratios = [neutral.page, neutral.surface]
      .map((background) => `${colour} on ${background} is ${formatRatio(contrast(colour, background))}`)
      .join("; ");
    return {
      path: [field],
      message: `In ${MODE_NAME[mode]}, ${colour} is too faint to see as a mark (the back curve, topic icons, the drawings' accents): WCAG 2.2 needs ${MARK_CONTRAST}:1 against the page and grey panels (${ratios}). ${fix}`,
    };
  }
  const pairs = brandPairs(colour, mode)
    .map((pair) => ({ ...pair, ratio: contrast(pair.foreground, pair.background) }))
    .filter((pair) => pair.ratio < TEXT_CONTRAST)
    .map((pair) => `${pair.what}: ${pair.foreground} on ${pair.background} is ${formatRatio(pair.ratio)}`)
    .join("; ");
  return {
    path: [field],
    message: `In ${MODE_NAME[mode]}, no shade of ${colour} passes WCAG 2.2 AA, which needs ${TEXT_CONTRAST}:1 for text, links and buttons (${pairs}). Choose a colour with more contrast.`,
  };
}

/** Every problem of the brand's colours: warning-like hues first, then contrast. */
export function checkBrandColours(brand: Pick<Brand, "colour" | "darkColour">): BrandIssue[] {
  const issues: BrandIssue[] = [];
  const fields: { field: "colour" | "darkColour"; colour: string; mode: Mode }[] = [
    { field: "colour", colour: brand.colour, mode: "light" },
    ...(brand.darkColour === undefined
      ? []
      : [{ field: "darkColour" as const, colour: brand.darkColour, mode: "dark" as const }]),
  ];
  for (const { field, colour } of fields) {
    const look = warningLook(colour);
    if (look !== undefined) {
      issues.push({
        path: [field],
        message: `${look}, which are kept for warnings only. Choose a green, teal, blue, purple or grey.`,
      });
    }
  }
  if (issues.length > 0) return issues;
  for (const { field, colour, mode } of fields) {
    const issue = contrastIssue(field, colour, mode);
    if (issue !== undefined) issues.push(issue);
  }
  // Without darkColour the dark mode uses the nearest lighter shade that passes; only if none does
  // is there anything to report.
  if (brand.darkColour === undefined) {
    const dark = darkColourOf(brand);
    if (contrastIssue("darkColour", dark, "dark") !== undefined) {
      issues.push({
        path: ["colour"],
        message: `No lighter shade of ${brand.colour} passes WCAG 2.2 AA on the dark page. Add darkColour: a light colour for dark mode, e.g. darkColour: "#5fc4b8".`,
      });
    }
  }
  return issues;
}

/** The most bytes a logo may have: it is inlined in every page's header. */
export const MAX_LOGO_BYTES = 8_000;

/**
 * What would make a logo unsafe or unusable inline in every page: scripts, styles (the pages'
 * security policy refuses inline styles), embedded images or links to other sites.
 */
const LOGO_REFUSALS: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /<script/i, what: "a <script>" },
  { pattern: /<style/i, what: "a <style> element (use fill and stroke attributes instead)" },
  { pattern: /\sstyle\s*=/i, what: "style attributes (use fill and stroke attributes instead)" },
  { pattern: /\son[a-z]+\s*=/i, what: "event attributes such as onclick" },
  { pattern: /<foreignObject|<image|<use|<!ENTITY|<!DOCTYPE/i, what: "embedded images, <use> or entities" },
  { pattern: /href\s*=/i, what: "links (href)" },
];

/** Problems of the logo's SVG text, for the `logo` field. */
export function checkLogo(svg: string): BrandIssue[] {
  const issues: BrandIssue[] = [];
  const fail = (message: string) => issues.push({ path: ["logo"], message });
  if (Buffer.byteLength(svg) > MAX_LOGO_BYTES) {
    fail(
      `The logo has ${Buffer.byteLength(svg)} bytes; it may have ${MAX_LOGO_BYTES}. Export it again as a simple SVG (fewer points, no embedded images).`,
    );
  }
  if (!/<svg[\s>]/i.test(svg) || !/\sviewBox\s*=/i.test(svg)) {
    fail(
      'The logo must be an SVG drawing with a viewBox, e.g. <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">.',
    );
  }
  for (const { pattern, what } of LOGO_REFUSALS) {
    if (pattern.test(svg)) fail(`The logo contains ${what}. Remove it: the logo is drawn inside every page.`);
  }
  return issues;
}

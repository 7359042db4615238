/**
 * Colour arithmetic for the brand check: WCAG 2.2 contrast ratios, and OKLCH (a perceptual space)
 * so that a colour can be made darker or lighter while it keeps its hue, as a designer would.
 */

/** A colour as three sRGB channels from 0 to 1. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** A colour in OKLCH: lightness 0–1, chroma (0 is grey), hue in degrees 0–360. */
export interface Oklch {
  l: number;
  c: number;
  h: number;
}

/** WCAG 2.2 AA: normal text needs 4.5:1 against its background. */
export const TEXT_CONTRAST = 4.5;

export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

export function parseHex(hex: string): Rgb {
  if (!HEX_COLOUR.test(hex)) throw new Error(`Not a colour in the form #rrggbb: ${hex}`);
  const channel = (at: number) => Number.parseInt(hex.slice(at, at + 2), 16) / 255;
  return { r: channel(1), g: channel(3), b: channel(5) };
}

export function toHex({ r, g, b }: Rgb): string {
  const channel = (value: number) =>
    Math.round(Math.min(1, Math.max(0, value)) * 255)
      .toString(16)
      .padStart(2, "0");
  return `#${channel(r)}${channel(g)}${channel(b)}`;
}

const toLinear = (value: number) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
const fromLinear = (value: number) => (value <= 0.0031308 ? value * 12.92 : 1.055 * value ** (1 / 2.4) - 0.055);

/** WCAG relative luminance. */
export function luminance(hex: string): number {
  const { r, g, b } = parseHex(hex);
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/** The WCAG contrast ratio of two colours, from 1 to 21. */
export function contrast(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * A ratio as the build reports it: two decimals, rounded down, so that a failing 4.497 is never
 * shown as a passing "4.50".
 */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

// Björn Ottosson's OKLab matrices (https://bottosson.github.io/posts/oklab/).
export function toOklch(hex: string): Oklch {
  const { r, g, b } = parseHex(hex);
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  const hue = (Math.atan2(B, A) * 180) / Math.PI;
  return { l: L, c: Math.hypot(A, B), h: hue < 0 ? hue + 360 : hue };
}

/** The sRGB channels of an OKLCH colour, possibly outside 0–1 (out of gamut). */
function oklchToRgb({ l: L, c, h }: Oklch): Rgb {
  const A = c * Math.cos((h * Math.PI) / 180);
  const B = c * Math.sin((h * Math.PI) / 180);
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return {
    r: fromLinear(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    g: fromLinear(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    b: fromLinear(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
  };
}

const inGamut = ({ r, g, b }: Rgb) => [r, g, b].every((value) => value >= -1e-4 && value <= 1 + 1e-4);

/**
 * The OKLCH colour as #rrggbb. Out of the screen's gamut, the chroma is lowered (not the lightness
 * or hue) until it fits, so the colour looks as intended, only less vivid.
 */
export function fromOklch(colour: Oklch): string {
  if (inGamut(oklchToRgb(colour))) return toHex(oklchToRgb(colour));
  let [low, high] = [0, colour.c];
  for (let step = 0; step < 24; step++) {
    const middle = (low + high) / 2;
    if (inGamut(oklchToRgb({ ...colour, c: middle }))) low = middle;
    else high = middle;
  }
  return toHex(oklchToRgb({ ...colour, c: low }));
}

/** The distance of two colours in OKLab: about 0.02 is the least difference people notice. */
export function distance(first: string, second: string): number {
  const [a, b] = [toOklch(first), toOklch(second)];
  const lab = (colour: Oklch) => [
    colour.l,
    colour.c * Math.cos((colour.h * Math.PI) / 180),
    colour.c * Math.sin((colour.h * Math.PI) / 180),
  ];
  const [la, aa, ba] = lab(a) as [number, number, number];
  const [lb, ab, bb] = lab(b) as [number, number, number];
  return Math.hypot(la - lb, aa - ab, ba - bb);
}

/**
 * The nearest colour of the same hue, darker or lighter in OKLCH lightness, for which `passes`
 * holds; undefined if none does (pure black or white failed too).
 */
export function adjustLightness(
  hex: string,
  direction: "darker" | "lighter",
  passes: (candidate: string) => boolean,
): string | undefined {
  const start = toOklch(hex);
  for (let step = 0; step <= 200; step++) {
    const l = direction === "darker" ? start.l - step * 0.005 : start.l + step * 0.005;
    if (l < 0 || l > 1) break;
    const candidate = fromOklch({ ...start, l });
    if (passes(candidate)) return candidate;
  }
  return undefined;
}

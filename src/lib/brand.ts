/**
 * The clinic's brand, read from content/brand.yaml and its logo file. Read from the files on every
 * call (it is small), not through a cached collection, because the stylesheet's Vite plugin, the
 * share images and the pages all need the same values, and the dev server then shows a change at
 * once. The content check (src/lib/content-check.ts) has validated the files before a build reads
 * them.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { parse as parseYaml } from "yaml";

import { BrandSchema, type Brand, type BrandFont } from "../schemas/brand";
import { paletteOf, type Palette } from "./brand-palette";

export const BRAND_FILE = "content/brand.yaml";

export interface SiteBrand {
  brand: Brand;
  palette: Palette;
  font: BrandFont;
  /** The logo's SVG as written in its file. */
  logoSvg: string;
}

/** The brand of the project at `root` (the working folder by default, as Astro runs). */
export function loadBrand(root = process.cwd()): SiteBrand {
  const brand = BrandSchema.parse(parseYaml(readFileSync(join(root, BRAND_FILE), "utf8")));
  return {
    brand,
    palette: paletteOf(brand),
    font: brand.font ?? "system",
    logoSvg: readFileSync(join(root, "content", brand.logo), "utf8"),
  };
}

/**
 * The logo as an element inside a page: without an XML prolog or comments, hidden from screen
 * readers (the clinic's name is written beside it) and classed for its size.
 */
export function inlineLogo(svg: string, className: string): string {
  return svg
    .replace(/<\?xml[\s\S]*?\?>/g, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .trim()
    .replace(/<svg\b/i, `<svg class="${className}" aria-hidden="true"`);
}

/**
 * The clinic's brand, read from content/brand.yaml and its logo file, not through a cached
 * collection, because the stylesheet's Vite plugin, the share images and the pages all need the
 * same values, and the dev server then shows a change at once. Read again only when either file
 * has changed: every page asks, and parsing and checking the file each time cost about 0.6 s of a
 * 1,000-article build. The content check (src/lib/content-check.ts) has validated the files before
 * a build reads them.
 */

import { readFileSync, statSync } from "node:fs";
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

/** The last brand read, with the files and their modification times it was read from. */
let lastRead: { key: string; brand: SiteBrand; logoFile: string } | undefined;

/** The brand of the project at `root` (the working folder by default, as Astro runs). */
export function loadBrand(root = process.cwd()): SiteBrand {
  const brandFile = join(root, BRAND_FILE);
  const keyOf = (logoFile: string) =>
    [brandFile, statSync(brandFile).mtimeMs, logoFile, statSync(logoFile, { throwIfNoEntry: false })?.mtimeMs].join(
      "|",
    );
  if (lastRead !== undefined && keyOf(lastRead.logoFile) === lastRead.key) return lastRead.brand;
  const brand = BrandSchema.parse(parseYaml(readFileSync(brandFile, "utf8")));
  const logoFile = join(root, "content", brand.logo);
  const siteBrand: SiteBrand = {
    brand,
    palette: paletteOf(brand),
    font: brand.font ?? "system",
    logoSvg: readFileSync(logoFile, "utf8"),
  };
  lastRead = { key: keyOf(logoFile), brand: siteBrand, logoFile };
  return siteBrand;
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

/**
 * The brand's CSS custom properties, made at build time from content/brand.yaml and bundled into
 * the site's one stylesheet (src/integrations/brand-styles.ts): no extra request and no script.
 * src/styles/global.css maps the design tokens (--color-brand, --font-sans and so on) onto these.
 */

import type { ModePalette } from "./brand-palette";
import type { SiteBrand } from "./brand";
import { familyOf, FONTS, fontUrl } from "./brand-fonts";

const declarations = (palette: ModePalette) =>
  `--brand:${palette.brand};--brand-mark:${palette.mark};--brand-ink:${palette.brandInk};--brand-tint:${palette.tint};`;

export function brandCss({ palette, font }: SiteBrand): string {
  const choice = FONTS[font];
  // swap: the text shows at once in the fallback font and changes once the font has come.
  const faces = choice.faces
    .map(
      (face) =>
        `@font-face{font-family:${familyOf(choice)};font-style:normal;font-weight:${face.weight};font-display:swap;src:url(${fontUrl(face)}) format("truetype")}`,
    )
    .join("");
  return `${faces}:root{--brand-font:${choice.stack};${declarations(palette.light)}}@media (prefers-color-scheme: dark){:root{${declarations(palette.dark)}}}`;
}

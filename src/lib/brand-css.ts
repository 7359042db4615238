/**
 * The brand's CSS custom properties, made at build time from content/brand.yaml and bundled into
 * the site's one stylesheet (src/integrations/brand-styles.ts): no extra request and no script.
 * src/styles/global.css maps the design tokens (--color-brand and so on) onto these.
 */

import type { ModePalette } from "./brand-palette";
import type { SiteBrand } from "./brand";

const declarations = (palette: ModePalette) =>
  `--brand:${palette.brand};--brand-ink:${palette.brandInk};--brand-tint:${palette.tint};`;

export function brandCss({ palette }: SiteBrand): string {
  return `:root{${declarations(palette.light)}}@media (prefers-color-scheme: dark){:root{${declarations(palette.dark)}}}`;
}

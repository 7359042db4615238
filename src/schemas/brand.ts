import { z } from "astro/zod";

import { HEX_COLOUR } from "../lib/colour";
import { strictObject } from "./fields";

/**
 * The fonts a clinic may choose: each comes from an npm package the project installs, so a build
 * never fetches one. `system` is the reader's own system font (nothing to download).
 */
export const BRAND_FONTS = ["system", "inter"] as const;

export type BrandFont = (typeof BRAND_FONTS)[number];

/** A colour as #rrggbb. YAML reads an unquoted # as the start of a comment, hence the quotes. */
const hexColour = (what: string, example: string) =>
  z
    .string({ error: `Add ${what} in double quotes, in the form #rrggbb, e.g. ${what}: "${example}".` })
    .trim()
    .regex(HEX_COLOUR, {
      error: `Write ${what} in double quotes as # and six digits or letters a to f, e.g. ${what}: "${example}".`,
    });

/**
 * The clinic's look, in `content/brand.yaml`: the logo, the brand colour for light and dark mode and
 * the font. The clinic's name is `name` in `content/clinic.yaml`. The build checks the colours'
 * contrast and hue (src/lib/brand-check.ts) before anything is built.
 */
export const BrandSchema = strictObject({
  logo: z
    .string({ error: "Add logo: the logo's SVG file in content/brand/, e.g. logo: brand/logo.svg." })
    .regex(/^brand\/[A-Za-z0-9._-]+\.svg$/, {
      error: "Write logo as the path of an SVG file in content/brand/, e.g. logo: brand/logo.svg.",
    })
    .describe("The logo: an SVG file in content/brand/, shown in the header and used for the site's icons."),
  colour: hexColour("colour", "#0f6b63").describe(
    "The brand colour on the light page: buttons, links, the logo's accents and the share images.",
  ),
  darkColour: hexColour("darkColour", "#5fc4b8")
    .optional()
    .describe("The brand colour on the dark page; when absent, a lighter shade of colour that passes."),
  font: z
    .enum(BRAND_FONTS, { error: `Write font as one of: ${BRAND_FONTS.join(", ")}.` })
    .optional()
    .describe("The site's font; system (the reader's own) when absent."),
});

export type Brand = z.infer<typeof BrandSchema>;

/**
 * The fonts a clinic may choose in content/brand.yaml, each from an npm package the project
 * installs, so that a build never fetches one. Each font's files are copied into the site at
 * /fonts/ (src/pages/fonts/[file].ts) and declared with @font-face in the brand's CSS.
 */

import type { BrandFont } from "../schemas/brand";

/** The reader's own font: what the site uses with no font chosen, and the fallback of every font. */
const SYSTEM_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** One file of a font: its weight, the package file it comes from and its address on the site. */
export interface FontFace {
  weight: number;
  /** A path that Node resolves inside node_modules. */
  packageFile: string;
  /** The file's name under /fonts/. */
  file: string;
}

export interface FontChoice {
  /** The CSS font-family list. */
  stack: string;
  faces: readonly FontFace[];
}

/**
 * Regular and bold only: the site's text uses 400, and its headings and buttons 600 to 700, which
 * browsers draw with the bold face. Two files keep a branded page's first load small.
 */
export const FONTS: Record<BrandFont, FontChoice> = {
  system: { stack: SYSTEM_STACK, faces: [] },
  inter: {
    stack: `Inter, ${SYSTEM_STACK}`,
    faces: [
      { weight: 400, packageFile: "@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf", file: "inter-400.ttf" },
      { weight: 700, packageFile: "@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf", file: "inter-700.ttf" },
    ],
  },
};

/** The address of a font file on the site. */
export const fontUrl = (face: FontFace) => `/fonts/${face.file}`;

/** The family's name as @font-face declares it: the first name of its stack. */
export const familyOf = (choice: FontChoice) => choice.stack.split(",")[0]?.trim() ?? "";

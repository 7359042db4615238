import typography from "@tailwindcss/typography";
import plugin from "tailwindcss/plugin";

/**
 * The typography plugin's `prose` styles without the rules for elements that no page here has.
 * Every page inlines the one stylesheet, so each unused rule is paid for on every page load: the
 * code, pre, kbd, image, video, definition-list and "lead" rules, the plugin's palettes (the site
 * sets its own colour tokens, which dark mode swaps) and the size variants (only the default size
 * is used) cost about 0.8 KB gzipped of a page's 18. Lists, links, headings, quotes, tables and
 * figures keep their rules, since an editor can write any of them in Markdown.
 */

type CssObject = Record<string, unknown>;

/** Selectors (or custom properties) whose rules go: they mention one of these. */
const UNUSED = [
  /\b(code|pre|kbd|img|picture|video|dl|dt|dd|h1)\b/,
  /lead/,
  /^ol\[type=/,
  // The plugin's grey palette: prose-site in global.css sets every colour to the site's tokens.
  /^--tw-prose-/,
];

const isUsed = (selector: string): boolean => !UNUSED.some((pattern) => pattern.test(selector));

const withoutUnused = (css: CssObject): CssObject =>
  Object.fromEntries(Object.entries(css).filter(([selector]) => isUsed(selector)));

// `typography()` gives the plugin's handler and its default theme; the handler reads the theme we
// pass, so replacing the theme is how the plugin is meant to be configured.
const original = typography() as unknown as {
  handler: Parameters<typeof plugin>[0];
  config: { theme: { typography: { DEFAULT: { css: CssObject[] } } } };
};

export default plugin(original.handler, {
  theme: {
    typography: {
      DEFAULT: { css: original.config.theme.typography.DEFAULT.css.map(withoutUnused) },
    },
  },
});

/** WCAG 2 colour arithmetic on the colours the browser computes, shared by the browser tests. */

/** Red, green, blue (0–255) and alpha (0–1) of a computed colour such as "rgb(200, 16, 46)". */
export function rgba(css: string): [number, number, number, number] {
  const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

/** Whether a computed colour covers what is behind it. */
export const isOpaque = (css: string): boolean => rgba(css)[3] === 1;

/** WCAG 2 relative luminance. */
function luminance(css: string): number {
  const [r, g, b] = rgba(css)
    .slice(0, 3)
    .map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG 2 contrast ratio of two opaque computed colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

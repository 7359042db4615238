import sharp from "sharp";

/**
 * The site's PNG icons, drawn from the logo's SVG at build time so that they follow the brand:
 * the 32 px favicon for browsers without SVG favicons, and the 180 px home-screen icon, which iOS
 * shows on black where it is transparent, so it stands on the brand's light tint.
 */
export async function iconPng(svg: string, size: number, background?: string): Promise<Buffer> {
  // The SVG is rasterised at the icon's size (density scales its viewBox), then fitted exactly.
  let image = sharp(Buffer.from(svg), { density: 300 }).resize(size, size, {
    fit: "contain",
    background: { r: 0, g: 0, b: 0, alpha: 0 },
  });
  if (background !== undefined) image = image.flatten({ background });
  return image.png({ compressionLevel: 9 }).toBuffer();
}

import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";

import { GlobalFonts, createCanvas, loadImage, type Canvas, type SKRSContext2D } from "@napi-rs/canvas";
import sharp from "sharp";

/**
 * Share images (1200×630 PNG) drawn at build time. Skia (@napi-rs/canvas) draws the text with Inter
 * from an npm package, so nothing is fetched; sharp encodes the PNG, several times faster than Skia's
 * own encoder. Each image is cached by a hash of everything drawn on it, so a rebuild only draws new
 * or changed cards.
 */

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/** What a card shows. */
export interface ShareCard {
  /** The page title, the card's headline. */
  title: string;
  /** A short label above the title, e.g. the topic. */
  label: string;
  /** The clinic's name, at the foot of the card. */
  siteName: string;
  /** The brand colour (light mode) for the frame and the label; see src/lib/brand-palette.ts. */
  brandColour: string;
  /** The logo's SVG, drawn beside the clinic's name. */
  logoSvg: string;
}

/** Bump when the drawing below changes, so that cached cards are redrawn. */
const DESIGN_VERSION = "3";
/** Where drawn cards are kept between builds; the benchmark points it at an empty folder. */
const CACHE_DIR =
  process.env["LOWBACK_SHARE_IMAGE_CACHE"] ?? join(process.cwd(), "node_modules", ".cache", "lowback-share-images");

// The neutrals of the light page (src/styles/global.css); the frame and label take the brand colour.
const COLORS = { card: "#ffffff", title: "#1b2226", footer: "#4a565d" };
const LOGO_SIZE = 56;
const MARGIN = 96;
const TEXT_WIDTH = SHARE_IMAGE_WIDTH - 2 * MARGIN;

let fontsRegistered = false;

function registerFonts(): void {
  if (fontsRegistered) return;
  const require = createRequire(import.meta.url);
  GlobalFonts.registerFromPath(require.resolve("@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf"), "Inter Bold");
  GlobalFonts.registerFromPath(require.resolve("@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf"), "Inter");
  fontsRegistered = true;
}

/** Splits `text` into lines no wider than `width` at the context's current font. */
export function wrapText(context: Pick<SKRSContext2D, "measureText">, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && context.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

let sharedCanvas: Canvas | undefined;

/** Draws the card and returns its pixels. The title shrinks until it fits in three lines. */
async function draw(card: ShareCard): Promise<Buffer> {
  registerFonts();
  const logo = await loadImage(Buffer.from(card.logoSvg));
  // One canvas for every card: drawing is synchronous, and the first fill covers the last card.
  const canvas = (sharedCanvas ??= createCanvas(SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT));
  const context = canvas.getContext("2d");
  context.fillStyle = card.brandColour;
  context.fillRect(0, 0, SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT);
  context.fillStyle = COLORS.card;
  context.beginPath();
  context.roundRect(40, 40, SHARE_IMAGE_WIDTH - 80, SHARE_IMAGE_HEIGHT - 80, 24);
  context.fill();

  context.fillStyle = card.brandColour;
  context.font = "36px Inter";
  context.fillText(card.label.toUpperCase(), MARGIN, 150);

  let size = 76;
  let lines: string[];
  do {
    context.font = `${size}px "Inter Bold"`;
    lines = wrapText(context, card.title, TEXT_WIDTH);
    size -= 6;
  } while (lines.length > 3 && size > 40);
  context.fillStyle = COLORS.title;
  lines.forEach((line, index) => context.fillText(line, MARGIN, 250 + index * (size + 20)));

  context.fillStyle = COLORS.footer;
  context.font = "32px Inter";
  const footerY = SHARE_IMAGE_HEIGHT - 100;
  context.drawImage(logo, MARGIN, footerY - 11 - LOGO_SIZE / 2, LOGO_SIZE, LOGO_SIZE);
  context.fillText(card.siteName, MARGIN + LOGO_SIZE + 20, footerY);
  return canvas.data();
}

/** The PNG for a card, from the cache when the same card was drawn before. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const key = createHash("sha256")
    .update(JSON.stringify([DESIGN_VERSION, card]))
    .digest("hex");
  const cached = join(CACHE_DIR, `${key}.png`);
  try {
    return await readFile(cached);
  } catch {
    // Not drawn before: draw it below.
  }
  const png = await sharp(await draw(card), {
    raw: { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, channels: 4 },
  })
    .png({ compressionLevel: 3, adaptiveFiltering: false })
    .toBuffer();
  await mkdir(CACHE_DIR, { recursive: true });
  await writeFile(cached, png);
  return png;
}

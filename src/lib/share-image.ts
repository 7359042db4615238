import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";

import { GlobalFonts, createCanvas, loadImage, type Canvas, type Image, type SKRSContext2D } from "@napi-rs/canvas";

import { encodePng } from "./png.ts";

/**
 * Share images (1200×630 PNG) drawn at build time. Skia (@napi-rs/canvas) draws the text with Inter
 * from an npm package, so nothing is fetched; src/lib/png.ts encodes the PNG with Node's zlib, several
 * times faster than Skia's own encoder and cheaper than sharp's pipeline. Each image is cached by a
 * hash of everything drawn on it, so a rebuild only draws new or changed cards.
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

/** A card's look: what stays the same from card to card (the frame, the logo, the clinic's name). */
type Look = Pick<ShareCard, "brandColour" | "siteName" | "logoSvg">;

/** Each logo decoded once: parsing the SVG for every card cost about 0.5 ms a card. */
const logos = new Map<string, Promise<Image>>();

/** The logo, decoded once per SVG. */
export function decodeLogo(svg: string): Promise<Image> {
  let logo = logos.get(svg);
  if (logo === undefined) {
    logo = loadImage(Buffer.from(svg));
    logos.set(svg, logo);
    logo.catch(() => logos.delete(svg));
  }
  return logo;
}

/** Fills the canvas with the brand frame and the white card. */
function drawFrame(context: SKRSContext2D, look: Look): void {
  context.fillStyle = look.brandColour;
  context.fillRect(0, 0, SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT);
  context.fillStyle = COLORS.card;
  context.beginPath();
  context.roundRect(40, 40, SHARE_IMAGE_WIDTH - 80, SHARE_IMAGE_HEIGHT - 80, 24);
  context.fill();
}

/** Draws the logo and the clinic's name at the foot of the card. */
function drawFooter(context: SKRSContext2D, look: Look, logo: Image): void {
  context.fillStyle = COLORS.footer;
  context.font = "32px Inter";
  const footerY = SHARE_IMAGE_HEIGHT - 100;
  context.drawImage(logo, MARGIN, footerY - 11 - LOGO_SIZE / 2, LOGO_SIZE, LOGO_SIZE);
  context.fillText(look.siteName, MARGIN + LOGO_SIZE + 20, footerY);
}

/** A rectangle of whole pixels. */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Draws the label and the title, and returns a box around each line's pixels: the line's measured
 * ink, widened by a few pixels for antialiasing, within the canvas. The title shrinks until it fits
 * in three lines.
 */
function drawText(context: SKRSContext2D, card: ShareCard): Box[] {
  const boxes: Box[] = [];
  const fill = (text: string, x: number, y: number) => {
    context.fillText(text, x, y);
    const ink = context.measureText(text);
    const box = {
      left: Math.max(0, Math.floor(x - ink.actualBoundingBoxLeft) - INK_MARGIN),
      top: Math.max(0, Math.floor(y - ink.actualBoundingBoxAscent) - INK_MARGIN),
      right: Math.min(SHARE_IMAGE_WIDTH, Math.ceil(x + ink.actualBoundingBoxRight) + INK_MARGIN),
      bottom: Math.min(SHARE_IMAGE_HEIGHT, Math.ceil(y + ink.actualBoundingBoxDescent) + INK_MARGIN),
    };
    if (box.right > box.left && box.bottom > box.top) boxes.push(box);
  };

  context.fillStyle = card.brandColour;
  context.font = "36px Inter";
  fill(card.label.toUpperCase(), MARGIN, 150);

  let size = 76;
  let lines: string[];
  do {
    context.font = `${size}px "Inter Bold"`;
    lines = wrapText(context, card.title, TEXT_WIDTH);
    size -= 6;
  } while (lines.length > 3 && size > 40);
  context.fillStyle = COLORS.title;
  lines.forEach((line, index) => fill(line, MARGIN, 250 + index * (size + 20)));
  return boxes;
}

/** Pixels around the measured ink of the text that are read back too: antialiasing spills over. */
const INK_MARGIN = 4;
const STRIDE = SHARE_IMAGE_WIDTH * 4;
const ROW = STRIDE + 1;

/** Copies `rows` rows of RGBA pixels, `width` pixels wide, into PNG scanlines at (left, top). */
function copyInto(scanlines: Buffer, pixels: Uint8ClampedArray, left: number, top: number, width: number): void {
  const rowBytes = width * 4;
  const rows = pixels.length / rowBytes;
  for (let row = 0; row < rows; row++) {
    scanlines.set(pixels.subarray(row * rowBytes, (row + 1) * rowBytes), (top + row) * ROW + 1 + left * 4);
  }
}

/**
 * Reading pixels back from Skia is most of a card's cost: on the build machine every read-back
 * megabyte costs fresh, zeroed memory (about 6 ms a card for the whole 3 MB). So the background
 * (frame, logo, name) is read once, and a card reads back only the boxes its lines touched; everywhere
 * else its pixels are the background's. The card is still drawn whole, in the order it always was, so
 * the pixels are those of the whole canvas.
 */
let canvas: Canvas | undefined;
/** The last look's background, as PNG scanlines: a build draws every card in one look. */
let background: { key: string; scanlines: Buffer } | undefined;
/** The card being encoded, as PNG scanlines (filter byte 0, then RGBA), reused from card to card. */
let scanlines: Buffer | undefined;
/** The background `scanlines` was filled from, and the boxes the last card's text changed in it. */
let current: { background: Buffer; boxes: Box[] } | undefined;

/**
 * Draws the card and returns its PNG scanlines, valid until the next card is drawn. `readBack: "all"`
 * reads back the whole canvas instead of the text's boxes (for tests and tests/bench/share-cards.ts).
 */
export function drawShareCard(card: ShareCard, logo: Image, readBack: "text" | "all" = "text"): Buffer {
  registerFonts();
  // One canvas for every card: drawing is synchronous, and the frame covers the last card.
  canvas ??= createCanvas(SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT);
  const context = canvas.getContext("2d");
  const key = JSON.stringify([card.brandColour, card.siteName, card.logoSvg]);
  if (background?.key !== key) {
    drawFrame(context, card);
    drawFooter(context, card, logo);
    const pixels = context.getImageData(0, 0, SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT).data;
    background = { key, scanlines: Buffer.alloc(ROW * SHARE_IMAGE_HEIGHT) };
    copyInto(background.scanlines, pixels, 0, 0, SHARE_IMAGE_WIDTH);
  }

  drawFrame(context, card);
  const textBoxes = drawText(context, card);
  drawFooter(context, card, logo);
  const boxes =
    readBack === "all" ? [{ left: 0, top: 0, right: SHARE_IMAGE_WIDTH, bottom: SHARE_IMAGE_HEIGHT }] : textBoxes;

  scanlines ??= Buffer.alloc(ROW * SHARE_IMAGE_HEIGHT);
  if (current?.background !== background.scanlines) {
    background.scanlines.copy(scanlines);
  } else {
    // Put back the background where the last card's text was.
    for (const { top, bottom } of current.boxes) {
      background.scanlines.copy(scanlines, top * ROW, top * ROW, bottom * ROW);
    }
  }
  for (const { left, top, right, bottom } of boxes) {
    copyInto(scanlines, context.getImageData(left, top, right - left, bottom - top).data, left, top, right - left);
  }
  current = { background: background.scanlines, boxes };
  return scanlines;
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
  const logo = await decodeLogo(card.logoSvg);
  // Drawn and encoded in one go: the next card reuses the scanlines.
  const png = encodePng(drawShareCard(card, logo), SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT);
  await mkdir(CACHE_DIR, { recursive: true });
  await writeFile(cached, png);
  return png;
}

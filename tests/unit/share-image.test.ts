import sharp from "sharp";
import { describe, expect, it } from "vitest";

import {
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  decodeLogo,
  drawShareCard,
  renderShareImage,
  wrapText,
} from "@/lib/share-image";

describe("wrapText", () => {
  // Ten pixels a character: easy to reason about.
  const context = { measureText: (text: string) => ({ width: text.length * 10 }) as TextMetrics };

  it("breaks between words so that no line is wider than the limit", () => {
    expect(wrapText(context, "Does massage help lower back pain?", 120)).toEqual([
      "Does massage",
      "help lower",
      "back pain?",
    ]);
  });

  it("keeps a word longer than the limit on its own line", () => {
    expect(wrapText(context, "a extraordinarily b", 50)).toEqual(["a", "extraordinarily", "b"]);
  });
});

/** A logo as content/brand/ holds one: a square in one colour. */
const logo = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${fill}"/></svg>`;
const look = { siteName: "Riverside Clinic", brandColour: "#0f6b63", logoSvg: logo("#0f6b63") };

/** The colour of one pixel of a PNG, as #rrggbb. */
async function pixel(png: Buffer, x: number, y: number): Promise<string> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return `#${[0, 1, 2].map((channel) => (data[at + channel] ?? 0).toString(16).padStart(2, "0")).join("")}`;
}

describe("renderShareImage", () => {
  it("draws a 1200×630 PNG, the same bytes each time for the same card", async () => {
    const card = { title: "Will heat or ice help my back?", label: "Self-care", ...look };
    const first = await renderShareImage(card);
    const second = await renderShareImage(card);
    expect(first.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([first.readUInt32BE(16), first.readUInt32BE(20)]).toEqual([SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT]);
    expect(second.equals(first)).toBe(true);
  });

  it("draws a different card for a different title", async () => {
    const a = await renderShareImage({ title: "Heat", label: "Self-care", ...look });
    const b = await renderShareImage({ title: "Ice", label: "Self-care", ...look });
    expect(a.equals(b)).toBe(false);
  });

  it("frames the card in the brand colour and draws the logo beside the clinic's name", async () => {
    const card = { title: "Heat", label: "Self-care", siteName: "Harbour Clinic" };
    const green = await renderShareImage({ ...card, brandColour: "#2e6b1f", logoSvg: logo("#123d8a") });
    expect(await pixel(green, 10, 10)).toBe("#2e6b1f");
    // The logo's middle: 96 px from the left, 56 px square, centred 11 px above the name's baseline.
    expect(await pixel(green, 96 + 28, 630 - 100 - 11)).toBe("#123d8a");
    const teal = await renderShareImage({ ...card, ...look });
    expect(await pixel(teal, 10, 10)).toBe("#0f6b63");
  });
});

describe("drawShareCard", () => {
  it("reads back only the text's pixels, and they make the same card as the whole canvas", async () => {
    const titles = [
      "Will heat or ice help my back?",
      // A word wider than the card: the title runs over the frame.
      "Pneumonoultramicroscopicsilicovolcanoconiosisandotherextraordinarilylongwords do not fit",
      // More than three lines even at the smallest size: the title reaches the clinic's name.
      Array.from({ length: 40 }, (_, index) => `word${index}`).join(" "),
      "Ünïcödé — “quotes”, ½ and ‘dashes’ – ok?",
      "",
      "x",
    ];
    const logo = await decodeLogo(look.logoSvg);
    let previous = { title: titles[2] ?? "", label: "Warning signs", ...look };
    for (const title of titles) {
      const card = { title, label: "Self-care", ...look };
      // The card after another: where the last card's text was must be the background again.
      drawShareCard(previous, logo);
      const text = Buffer.from(drawShareCard(card, logo));
      const whole = drawShareCard(card, logo, "all");
      expect(text.equals(whole), title).toBe(true);
      previous = card;
    }
  });
});

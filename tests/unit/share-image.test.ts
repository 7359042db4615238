import { describe, expect, it } from "vitest";

import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, renderShareImage, wrapText } from "@/lib/share-image";

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

describe("renderShareImage", () => {
  it("draws a 1200×630 PNG, the same bytes each time for the same card", async () => {
    const card = { title: "Will heat or ice help my back?", label: "Self-care", siteName: "Riverside Clinic" };
    const first = await renderShareImage(card);
    const second = await renderShareImage(card);
    expect(first.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([first.readUInt32BE(16), first.readUInt32BE(20)]).toEqual([SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT]);
    expect(second.equals(first)).toBe(true);
  });

  it("draws a different card for a different title", async () => {
    const a = await renderShareImage({ title: "Heat", label: "Self-care", siteName: "Clinic" });
    const b = await renderShareImage({ title: "Ice", label: "Self-care", siteName: "Clinic" });
    expect(a.equals(b)).toBe(false);
  });
});

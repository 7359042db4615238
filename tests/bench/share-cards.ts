/**
 * Share-card micro-benchmark: `node tests/bench/share-cards.ts [cards] [--whole]`.
 *
 * Draws `cards` distinct cards (200 by default) with src/lib/share-image.ts on this thread, one after
 * another as a share-image worker does, without the file cache, and prints the milliseconds a card
 * spends drawing (Skia, including reading the pixels back), encoding (src/lib/png.ts), the process
 * CPU time a card (every thread; user and system, as reading pixels back costs fresh memory) and
 * the mean PNG size. `--whole` reads back the whole canvas for each card instead of the text's boxes.
 */
import { readFileSync } from "node:fs";

import { encodePng } from "../../src/lib/png.ts";
import {
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  decodeLogo,
  drawShareCard,
  type ShareCard,
} from "../../src/lib/share-image.ts";

const LABELS = ["Causes", "Massage", "Self-care", "Warning signs", "Evidence-based guide"];
const TITLES = [
  "Does massage help lower back pain?",
  "Will heat or ice help my back?",
  "When is back pain an emergency: the warning signs that mean you should call for help today",
  "Benchmark article about lower back pain",
  "Sitting, standing and sleeping with a sore lower back",
];

const args = process.argv.slice(2);
const whole = args.includes("--whole");
const count = Number(args.find((arg) => !arg.startsWith("--")) ?? 200);
const logoSvg = readFileSync(new URL("../../content/brand/logo.svg", import.meta.url), "utf8");
const cards: ShareCard[] = Array.from({ length: count }, (_, index) => ({
  title: `${TITLES[index % TITLES.length]} ${String(index).padStart(4, "0")}`,
  label: LABELS[index % LABELS.length] ?? "",
  siteName: "Riverside Massage Clinic",
  brandColour: "#0f6b63",
  logoSvg,
}));

const logo = await decodeLogo(logoSvg);
const readBack = whole ? "all" : "text";
// Warm up: fonts, the background, zlib.
encodePng(drawShareCard(cards[0] as ShareCard, logo, readBack), SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT);

let draw = 0;
let encode = 0;
let bytes = 0;
const cpu = process.cpuUsage();
const start = performance.now();
for (const card of cards) {
  const t0 = performance.now();
  const scanlines = drawShareCard(card, logo, readBack);
  const t1 = performance.now();
  bytes += encodePng(scanlines, SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT).length;
  draw += t1 - t0;
  encode += performance.now() - t1;
}
const wall = performance.now() - start;
const used = process.cpuUsage(cpu);
const ms = (total: number) => `${(total / count).toFixed(2)} ms`;
console.log(
  `share cards | n=${count} | read back=${readBack} | draw=${ms(draw)} | encode=${ms(encode)} | wall=${ms(wall)}` +
    ` | cpu=${ms((used.user + used.system) / 1000)} (user ${ms(used.user / 1000)}, system ${ms(used.system / 1000)})` +
    ` | png=${(bytes / count / 1024).toFixed(1)} KiB`,
);

import { parentPort } from "node:worker_threads";

import sharp from "sharp";

// A relative path with its extension: Node runs this file itself, outside Vite (see share-image-pool.ts).
import { renderShareImage, type ShareCard } from "./share-image.ts";

/** The answer to one card: its PNG, or why it could not be drawn. */
export type ShareImageResult = { png: Uint8Array } | { error: string };

// The pool runs one worker per core, so one libvips thread per encode is enough: more only contend.
// (The setting is per process; the build encodes no other images.)
sharp.concurrency(1);

// The pool sends one card at a time and waits for the answer before it sends the next.
parentPort?.on("message", (card: ShareCard) => {
  renderShareImage(card).then(
    (png) => parentPort?.postMessage({ png } satisfies ShareImageResult),
    (error: unknown) => parentPort?.postMessage({ error: String(error) } satisfies ShareImageResult),
  );
});

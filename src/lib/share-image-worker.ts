import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { parentPort } from "node:worker_threads";

// A relative path with its extension: Node runs this file itself, outside Vite (see share-image-pool.ts).
import { renderShareImage, type ShareCard } from "./share-image.ts";

/** One card to draw: its PNG goes back to the pool, or straight into `file` when one is given. */
export interface ShareImageJob {
  card: ShareCard;
  file?: string | undefined;
}

/** The answer to one job: its PNG, that its file is written, or why it could not be drawn. */
export type ShareImageResult = { png: Uint8Array } | { written: string } | { error: string };

async function run({ card, file }: ShareImageJob): Promise<ShareImageResult> {
  const png = await renderShareImage(card);
  if (file === undefined) return { png };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, png);
  return { written: file };
}

// The pool sends one job at a time and waits for the answer before it sends the next.
parentPort?.on("message", (job: ShareImageJob) => {
  run(job).then(
    (result) => parentPort?.postMessage(result),
    (error: unknown) => parentPort?.postMessage({ error: String(error) } satisfies ShareImageResult),
  );
});

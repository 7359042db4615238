/**
 * How a build's share images reach dist/ without a page waiting for them. At the start of
 * `astro build` the share-images integration asks for them as files; the share-image route
 * (src/pages/og/) then hands every card to the worker pool, which writes each PNG straight into
 * dist/og/ while the pages render, and the integration waits for the last one before the build
 * ends. The dev server never asks, so there the route serves each card itself. The route runs from
 * Vite's bundle and the integration from the config, two copies of any module they share in one
 * process, so what they share is kept under a global symbol.
 */

const KEY = Symbol.for("lowback:share-image-files");

interface ShareImageFiles {
  /** How many files were written, once all are; fails with the first card that could not be drawn. */
  written?: Promise<number>;
}

type Holder = { [KEY]?: ShareImageFiles };

/** Asks the share-image route to write its cards as files (the integration, as the build starts). */
export function requestShareImageFiles(): void {
  (globalThis as Holder)[KEY] = {};
}

/** Whether this process is a build that asked for the cards as files. */
export function shareImageFilesRequested(): boolean {
  return (globalThis as Holder)[KEY] !== undefined;
}

/** Records the share-image files being written (the route, once it has handed them to the workers). */
export function announceShareImageFiles(written: Promise<number>): void {
  // A failure surfaces where the integration waits for the files; until then it is not unhandled.
  written.catch(() => undefined);
  (globalThis as Holder)[KEY] = { written };
}

/** The share-image files being written, or undefined if the route never announced them. */
export function shareImageFiles(): Promise<number> | undefined {
  return (globalThis as Holder)[KEY]?.written;
}

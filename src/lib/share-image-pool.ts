import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

import { srcDir } from "astro:config/server";

import type { ShareCard } from "./share-image";
import type { ShareImageJob, ShareImageResult } from "./share-image-worker";

/**
 * Draws share images on worker threads, one per core that the build's main thread leaves free. On
 * the build's main thread a card cost about 14 ms at 1,000 articles (when it read back all of
 * Skia's pixels and encoded them with sharp), and every 3 MB pixel buffer made V8 collect the whole,
 * large build heap; a card now takes about 5 ms (see share-image.ts). Workers have small heaps, and
 * the cards are started before the pages render (see `prepare`); in a build, the workers write each
 * card straight into dist/ while the pages render (see `writeFiles`).
 *
 * The worker runs from src/ as TypeScript (Node strips the types), not from Vite's bundle: a
 * bundled route cannot point a worker at a file of its own.
 */

type Done = Exclude<ShareImageResult, { error: string }>;

interface Job {
  job: ShareImageJob;
  resolve: (result: Done) => void;
  reject: (error: Error) => void;
}

const WORKER_FILE = new URL("lib/share-image-worker.ts", srcDir);
/**
 * The main thread renders the pages meanwhile, so it keeps a core of its own. On the 2-core build
 * machine one worker draws the 1,040 cards of a 1,000-article build within the page rendering, as two
 * did, and the largest process peaks about 100 MB lower (1,114 and 1,151 MiB against 1,237 and
 * 1,251 MiB in runs in turns).
 */
const WORKER_COUNT = Math.max(1, availableParallelism() - 1);

class ShareImagePool {
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #running = new Map<Worker, Job>();
  readonly #queue: Job[] = [];
  readonly #drawn = new Map<string, Promise<Buffer>>();

  /**
   * Starts drawing every card now. Astro asks every route for its paths before it renders any
   * page, so the workers draw while the main thread renders. A failure surfaces when the card's
   * page asks for it through `render`.
   */
  prepare(cards: readonly ShareCard[]): void {
    for (const card of cards) this.render(card).catch(() => undefined);
  }

  /** The PNG for `card`; a card asked for twice is drawn once. */
  render(card: ShareCard): Promise<Buffer> {
    const key = JSON.stringify(card);
    let png = this.#drawn.get(key);
    if (png === undefined) {
      png = this.#enqueue({ card }).then((result) => {
        if (!("png" in result)) throw new Error(`The share image "${card.title}" came back without its PNG.`);
        return Buffer.from(result.png.buffer, result.png.byteOffset, result.png.byteLength);
      });
      this.#drawn.set(key, png);
      // A card that failed is tried again next time it is asked for (the dev server lives on).
      png.catch(() => this.#drawn.delete(key));
    }
    return png;
  }

  /**
   * Draws every card into its file (an absolute path) on the workers, so that no PNG passes through
   * this thread and no page waits for one. Resolves to the number of files written, or fails with
   * the first card that could not be drawn.
   */
  writeFiles(files: readonly { card: ShareCard; file: string }[]): Promise<number> {
    return Promise.all(files.map(({ card, file }) => this.#enqueue({ card, file }))).then((written) => written.length);
  }

  #enqueue(job: ShareImageJob): Promise<Done> {
    const done = new Promise<Done>((resolve, reject) => this.#queue.push({ job, resolve, reject }));
    this.#dispatch();
    return done;
  }

  /** Gives queued cards to idle workers, starting workers up to WORKER_COUNT. */
  #dispatch(): void {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? this.#start();
      if (worker === undefined) return;
      const job = this.#queue.shift() as Job;
      this.#running.set(worker, job);
      // A worker with a card in hand keeps the build alive; an idle one must not hold up its exit.
      worker.ref();
      worker.postMessage(job.job);
    }
  }

  #start(): Worker | undefined {
    if (this.#workers.length >= WORKER_COUNT) return undefined;
    const worker = new Worker(WORKER_FILE);
    worker.on("message", (result: ShareImageResult) => {
      const job = this.#running.get(worker);
      this.#running.delete(worker);
      worker.unref();
      this.#idle.push(worker);
      if ("error" in result)
        job?.reject(new Error(`Could not draw the share image "${job.job.card.title}": ${result.error}`));
      else job?.resolve(result);
      this.#dispatch();
    });
    // A worker that dies fails its card and every card still waiting, so the build stops with the
    // reason instead of waiting forever; a later card starts a new worker.
    worker.on("error", (error) => this.#retire(worker, error));
    worker.on("exit", (code) => this.#retire(worker, new Error(`A share-image worker stopped (exit code ${code}).`)));
    this.#workers.push(worker);
    return worker;
  }

  #retire(worker: Worker, error: Error): void {
    if (!this.#workers.includes(worker)) return;
    this.#workers.splice(this.#workers.indexOf(worker), 1);
    if (this.#idle.includes(worker)) this.#idle.splice(this.#idle.indexOf(worker), 1);
    this.#running.get(worker)?.reject(error);
    this.#running.delete(worker);
    for (const job of this.#queue.splice(0)) job.reject(error);
  }
}

/** The build's one pool. */
export const shareImagePool = new ShareImagePool();

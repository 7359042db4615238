import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { freePort } from "../free-port";

/** `astro dev` in a project copy (see project-copy.ts), for tests that edit content while it runs. */

/**
 * How long a test waits for the server to start or for a page to show a change. Only a server that
 * hangs or never updates should reach it: on a busy 2-core machine the first page has taken a minute,
 * and one step beside a running build took over 3 minutes.
 */
export const DEV_LIMIT_MS = 10 * 60_000;
const POLL_MS = 1_000;

export interface DevServer {
  /** The server's address, e.g. http://127.0.0.1:43127 (no trailing slash). */
  readonly origin: string;
  /** Everything the server printed so far, without colours: a failing test shows it. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * The test's environment as `npm run dev` would see it. Vitest's own variables go: with `VITEST` set,
 * Astro's dev server leaves out its page middleware (vite-plugin-astro-server), so every page is a 404.
 */
function devEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "development" };
  for (const name of Object.keys(env)) if (name.startsWith("VITEST")) delete env[name];
  return env;
}

/** Starts `astro dev` (with extra arguments, e.g. another `--config`) in `dir`, and waits until it listens. */
export async function startDevServer(dir: string, args: readonly string[] = []): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [join(dir, "node_modules/astro/bin/astro.mjs"), "dev", "--host", "127.0.0.1", "--port", String(port), ...args],
    {
      cwd: dir,
      env: { ...devEnvironment(), NO_COLOR: "1", FORCE_COLOR: "0", ASTRO_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let log = "";
  const append = (chunk: Buffer): void => {
    log += chunk.toString("utf8").replace(/\u001b\[[0-9;]*m/g, "");
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const server: DevServer = {
    // Astro takes the next port if this one was taken meanwhile: the address it prints is the truth.
    get origin() {
      return /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(log)?.[1] ?? `http://127.0.0.1:${port}`;
    },
    output: () => log,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
  const deadline = Date.now() + DEV_LIMIT_MS;
  while (!/Local\s+http:\/\//.test(log)) {
    if (child.exitCode !== null) throw new Error(`astro dev exited (${child.exitCode}):\n${log}`);
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`astro dev did not start in ${DEV_LIMIT_MS / 1000} s:\n${log}`);
    }
    await sleep(POLL_MS);
  }
  return server;
}

/**
 * Fetches `path` from the server until `test` accepts the page's HTML, and returns that HTML; after
 * DEV_LIMIT_MS it fails with the last page's status and the server's log.
 */
export async function pollPage(server: DevServer, path: string, test: (html: string) => boolean): Promise<string> {
  const deadline = Date.now() + DEV_LIMIT_MS;
  let last = "no answer yet";
  for (;;) {
    try {
      const response = await fetch(`${server.origin}${path}`);
      const html = await response.text();
      if (response.ok && test(html)) return html;
      last = `${response.status}`;
    } catch (error) {
      last = String(error);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${path} did not show the change in ${DEV_LIMIT_MS / 1000} s (last: ${last}).\n${server.output()}`,
      );
    }
    await sleep(POLL_MS);
  }
}

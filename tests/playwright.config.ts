import { availableParallelism } from "node:os";

import { defineConfig } from "@playwright/test";

import { CHROMIUM_ARGS, chromiumPath } from "./e2e/chromium";
import { freePort } from "./free-port";

// Playwright loads this file again in every worker process; the workers inherit the runner's
// environment, so the port is chosen once and shared through it.
process.env["LOWBACK_E2E_PORT"] ??= String(await freePort());
const PORT = Number(process.env["LOWBACK_E2E_PORT"]);

// Time limits only catch a page or server that hangs. They are far above what any check takes on a
// busy 2-core machine (where a whole-site check can take minutes), so load alone never fails a test.
const MINUTE = 60_000;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  // One worker (one Chromium) per core the machine offers; LOWBACK_E2E_WORKERS overrides it.
  workers: Number(process.env["LOWBACK_E2E_WORKERS"] ?? availableParallelism()),
  timeout: 5 * MINUTE,
  expect: { timeout: MINUTE },
  forbidOnly: Boolean(process.env["CI"]),
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    // Serves the production build in dist/; `npm test` builds it first. `--ignore-lock`: a preview
    // server the reader started with `npm start` may still be running, and that is no reason to fail.
    // The same Node that runs the tests (Node 24 from node_modules), not whatever `node` is on PATH.
    command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    cwd: "..",
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 5 * MINUTE,
  },
});

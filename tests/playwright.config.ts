import { defineConfig } from "@playwright/test";

import { chromiumPath } from "./e2e/chromium";

/** A port of its own, so that the tests never talk to a dev server the reader left running on 4321. */
const PORT = 4391;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env["CI"]),
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    },
  },
  webServer: {
    // Serves the production build in dist/; `npm test` builds it first.
    // The same Node that runs the tests (Node 24 from node_modules), not whatever `node` is on PATH.
    command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${PORT}`,
    cwd: "..",
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});

import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

/**
 * The build tests run whole `astro build`s of project copies, in tests and in `beforeAll` hooks; on a
 * busy 2-core machine one build has taken minutes. A limit here only has to catch a build that hangs,
 * so it is far above any honest build (a build itself never waits on the network or a timer).
 */
const BUILD_LIMIT_MS = 20 * 60_000;

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("../src", import.meta.url)) },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/build/**/*.test.ts"],
    testTimeout: BUILD_LIMIT_MS,
    hookTimeout: BUILD_LIMIT_MS,
    teardownTimeout: BUILD_LIMIT_MS,
    // One build at a time: two builds side by side on two cores only make both slower.
    fileParallelism: false,
  },
});

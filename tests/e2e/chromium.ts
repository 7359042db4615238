import { existsSync } from "node:fs";

/** Where the tests look for Chromium: $CHROMIUM_PATH first, then Debian's and other common paths. */
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function chromiumPath(): string {
  const fromEnv = process.env["CHROMIUM_PATH"];
  const found = fromEnv ?? CANDIDATES.find((path) => existsSync(path));
  if (found === undefined) {
    throw new Error(
      `No Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH. Looked in: ${CANDIDATES.join(", ")}.`,
    );
  }
  return found;
}

/** Chromium's flags for the tests: no GPU, sandbox, background traffic or component updates. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
];

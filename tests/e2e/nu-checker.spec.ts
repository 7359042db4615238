import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { promisify } from "node:util";

import { expect, test } from "@playwright/test";

import { DIST, builtHtmlFiles } from "./site";

// The W3C Nu HTML Checker (vnu.jar from the `vnu-jar` package, run on the system's Java) over every
// built page: the checker no one here wrote, as validator.w3.org runs it. html-validate in
// built-html.spec.ts checks our own rules; this one checks the HTML standard itself.

/** vnu.jar inside the `vnu-jar` package; run with `java` directly, never the package's Java downloader. */
const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

/**
 * Errors the checker reports on valid CSS because its CSS grammar predates it, by exact message. Each
 * entry is one message with the reason it is wrong; everything else the checker says still fails.
 */
const CSS_FALSE_POSITIVES: ReadonlySet<string> = new Set([
  // @property is CSS Properties and Values API Level 1 (Baseline 2024); Tailwind 4 registers its
  // custom properties with it so they inherit and animate as typed values.
  "CSS: Unrecognized at-rule “@property”",
  // margin-trim is CSS Box Model Level 4; it only appears in Tailwind 4's browser test
  // `@supports (not (margin-trim:block))`, where naming a property is a question to the browser.
  "CSS: “margin-trim”: Property “margin-trim” doesn't exist.",
]);

interface NuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

test("the W3C Nu HTML Checker finds no error on any built page", async () => {
  const files = builtHtmlFiles();
  expect(files.length).toBeGreaterThan(0);
  const { stdout } = await promisify(execFile)(
    "java",
    ["-jar", VNU_JAR, "--format", "json", "--stdout", "--exit-zero-always", ...files.map((file) => join(DIST, file))],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") {
      throw new Error(
        "No Java found for the Nu HTML Checker. Install it (Debian: apt-get install -y default-jre-headless).",
      );
    }
    throw error;
  });
  const { messages } = JSON.parse(stdout) as { messages: NuMessage[] };
  const errors = messages
    .filter((message) => message.type !== "info" && !CSS_FALSE_POSITIVES.has(message.message))
    .map((message) => {
      const file = message.url === undefined ? "(no file)" : message.url.replace(`file:${DIST}`, "");
      return `${file}:${message.lastLine ?? 0}:${message.firstColumn ?? 0} ${message.message}`;
    });
  expect(errors).toEqual([]);
});

import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Copies of the real project that a test may change and build without touching the real one. */

const ROOT = new URL("../../", import.meta.url).pathname;
// The editing screen's configuration too (astro.cms.config.ts, keystatic.config.ts; its code is in src/cms).
const PROJECT_FILES = [
  "astro.config.ts",
  "astro.cms.config.ts",
  "keystatic.config.ts",
  "package.json",
  "tsconfig.json",
  "src",
  "public",
  "content",
];
const OWN_CACHES: ReadonlySet<string> = new Set([".astro", ".vite"]);
const copies: string[] = [];

/**
 * A fresh copy of the project's sources and content, sharing node_modules, in a new temporary
 * folder whose name starts with `prefix`.
 */
export function copyProject(prefix = "lowback-build-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  copies.push(dir);
  for (const entry of PROJECT_FILES) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  // The copy shares the installed packages, but not Astro's and Vite's caches: a copy's build must
  // see only its own earlier builds (the content layer keeps data from the last one).
  mkdirSync(join(dir, "node_modules"));
  for (const entry of readdirSync(join(ROOT, "node_modules"))) {
    if (!OWN_CACHES.has(entry)) symlinkSync(join(ROOT, "node_modules", entry), join(dir, "node_modules", entry));
  }
  return dir;
}

/** Removes every copy made so far. */
export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Changes one file of a copy; fails if the change would do nothing, so a test cannot pass by accident. */
export function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`The test's edit did not change ${file}.`);
  writeFileSync(path, after);
}

/** Runs `astro build` in a copy, with the same Node as the tests; the output is plain text. */
export function build(dir: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(dir, "node_modules/astro/bin/astro.mjs"), "build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...env },
  });
  // Astro prints Markdown-style emphasis and colours in its errors; compare the plain text.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, "");
  return { status: result.status, output };
}

/** A built page of a copy, as text. */
export function builtPage(dir: string, path: string): string {
  return readFileSync(join(dir, "dist", path, "index.html"), "utf8");
}

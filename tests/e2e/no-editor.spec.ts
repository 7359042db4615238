import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

import { expect, test } from "@playwright/test";

import { DIST } from "./site";

// The editing screen (`npm run cms`) lives only in astro.cms.config.ts: nothing of it may reach the
// built site, whose pages, CSP and weight must stay as they are. These checks read dist/ directly.

const EDITOR = /keystatic|react-dom|@astrojs\/react/i;

/** Every file under dir, as paths relative to dist/. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(dir, entry.name)) : [relative(DIST, join(dir, entry.name))],
  );
}

test("the built site has no route, file or script of the editing screen", () => {
  const files = allFiles(DIST);
  expect(files.filter((file) => EDITOR.test(file))).toEqual([]);
  const mentions = files
    .filter((file) => /\.(html|js|mjs|css|json|xml|txt)$/.test(file) || file === "_headers")
    .filter((file) => EDITOR.test(readFileSync(join(DIST, file), "utf8")));
  expect(mentions).toEqual([]);
});

test("the production configuration knows nothing of the editing screen", () => {
  const config = readFileSync(new URL("../../astro.config.ts", import.meta.url), "utf8");
  expect(config).not.toMatch(EDITOR);
});

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { build, copyProject, removeCopies } from "./project-copy";

afterAll(removeCopies);

/** sha256 of every file under `dir`, by path relative to it. */
function fingerprint(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(dir, path), createHash("sha256").update(readFileSync(path)).digest("hex")];
    }),
  );
}

describe("the production build", () => {
  it("succeeds with the network cut off (inside a network namespace with no interfaces)", () => {
    const probe = spawnSync("unshare", ["-rn", "true"]);
    if (probe.error !== undefined || probe.status !== 0) {
      throw new Error("This test needs `unshare -rn` (Linux user and network namespaces) to cut the network.");
    }
    const dir = copyProject();
    const result = spawnSync(
      "unshare",
      ["-rn", process.execPath, join(dir, "node_modules/astro/bin/astro.mjs"), "build"],
      {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, LOWBACK_SHARE_IMAGE_CACHE: join(dir, ".share-image-cache"), NO_COLOR: "1" },
      },
    );
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(readdirSync(join(dir, "dist", "og"))).toContain("default.png");
    expect(readdirSync(join(dir, "dist", "pagefind")).length).toBeGreaterThan(0);
  });

  it("is byte-identical when built twice from the same sources on the same day", () => {
    const builds = [copyProject(), copyProject()].map((dir) => {
      // Each build draws its share images afresh, so the drawing itself is checked too.
      const { status, output } = build(dir, {
        LOWBACK_BUILD_DATE: "2026-11-21",
        LOWBACK_SHARE_IMAGE_CACHE: join(dir, ".share-image-cache"),
      });
      expect(status, output).toBe(0);
      return fingerprint(join(dir, "dist"));
    });
    const [first, second] = builds as [Map<string, string>, Map<string, string>];
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter(
      (file) => first.get(file) !== second.get(file),
    );
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(100);
  });
});

import { existsSync, readFileSync } from "node:fs";

import semver from "semver";
import { describe, expect, it } from "vitest";

interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
}

const root = new URL("../../", import.meta.url);
const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(file, root), "utf8"));

const pkg = readJson("package.json") as { engines: { node: string } };
const lock = readJson("package-lock.json") as { packages: Record<string, LockEntry> };

describe("supported Node", () => {
  // README states the Node the project supports; `npm ci` warns EBADENGINE for every package it installs
  // whose own `engines` does not admit the running Node. The two agree only if every Node our range
  // admits is one every installed package admits. (The lock also lists other platforms' optional
  // packages, which npm skips here and never checks.)
  it("admits only Node versions every installed package supports", () => {
    const ours = pkg.engines.node;
    const narrower = Object.entries(lock.packages).flatMap(([path, entry]) => {
      const theirs = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (theirs === undefined || !existsSync(new URL(`${path}/package.json`, root))) return [];
      return semver.subset(ours, theirs) ? [] : [`${path || "lowback"}: ${theirs}`];
    });
    expect(narrower, `package.json engines.node "${ours}" admits Node versions these packages refuse`).toEqual([]);
  });

  // Hosts (Netlify, Cloudflare) and the publish workflow's setup-node read .node-version; `npm run`
  // uses the `node` package from the lock. Both must be the same Node, and one our range admits.
  it("is the Node .node-version names, the lock's pinned one", () => {
    const file = readFileSync(new URL(".node-version", root), "utf8").trim();
    expect(file).toBe(lock.packages["node_modules/node"]?.version);
    expect(semver.satisfies(file, pkg.engines.node)).toBe(true);
  });

  it("is the range README states", () => {
    const readme = readFileSync(new URL("README.md", root), "utf8");
    expect(readme).toContain("`" + pkg.engines.node + "`");
  });
});

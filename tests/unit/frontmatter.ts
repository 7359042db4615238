import { readFileSync } from "node:fs";

import { parse } from "yaml";

/** The frontmatter and body of an MDX fixture, parsed the way the content layer reads them. */
export function readMdx(path: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path, "utf8"));
  if (match === null) {
    throw new Error(`${path} has no frontmatter block.`);
  }
  return { data: parse(match[1] ?? "") as unknown, body: match[2] ?? "" };
}

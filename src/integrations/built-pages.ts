import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { join, sep } from "node:path";

/** What the build steps that rewrite finished pages share: finding pages, their inline code, hashes. */

/** Every HTML file under `dir`. */
export function builtHtmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => join(dir, file));
}

/** The URL path a built file answers at, from its path relative to dist/: "causes/x/index.html" is "/causes/x/". */
export const pagePathOf = (file: string): string => `/${file.split(sep).join("/")}`.replace(/index\.html$/, "");

/** The page's Content-Security-Policy meta tag, in three parts: before, policy, after. */
export const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;

/** Whether a <script> with these attributes runs: data blocks such as JSON-LD do not. */
function runs(attributes: string): boolean {
  const type = /\btype="([^"]*)"/.exec(attributes)?.[1];
  return type === undefined || type === "module" || type === "text/javascript";
}

/** The text of each inline script on the page that runs. */
export const inlineScripts = (html: string): string[] =>
  [...html.matchAll(SCRIPT)]
    .filter((match) => !/\bsrc=/.test(match[1] ?? "") && runs(match[1] ?? ""))
    .map((match) => match[2] ?? "");

/** The text of each inline <style> on the page. */
export const inlineStyles = (html: string): string[] => [...html.matchAll(STYLE)].map((match) => match[1] ?? "");

/** Whether any script runs on the page, inline or from a file. */
export const hasScripts = (html: string): boolean => [...html.matchAll(SCRIPT)].some((match) => runs(match[1] ?? ""));

/** A CSP hash source such as 'sha256-…', with its algorithm as the first group. */
const HASH_SOURCE_PATTERN = String.raw`'(sha256|sha384|sha512)-[A-Za-z0-9+/=]+'`;

/** Exactly one hash source. */
export const HASH_SOURCE = new RegExp(`^${HASH_SOURCE_PATTERN}$`);

/** Every hash source in a policy. */
export const HASH_SOURCES = new RegExp(HASH_SOURCE_PATTERN, "g");

/** A CSP hash source, e.g. 'sha256-…', for `content`. */
export const cspHash = (algorithm: string, content: string): string =>
  `'${algorithm}-${createHash(algorithm).update(content).digest("base64")}'`;

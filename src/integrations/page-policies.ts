import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import type { AstroIntegration } from "astro";

/**
 * Narrows each built page's Content-Security-Policy to the inline scripts and styles that page
 * has. Astro puts every hash the site might need into every page: its island loader and the five
 * client directives (this site has no islands) and each page's inline script. A page with no
 * JavaScript then still allowed nine scripts it does not contain. Keeping only the page's own
 * hashes makes each policy as strict as the page allows, and saves about 400 bytes gzipped of
 * random base64 on every page.
 */

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
const HASH_SOURCE = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/=]+'$/;

/** Whether a <script> with these attributes runs (and so needs a hash): data blocks do not. */
function runs(attributes: string): boolean {
  if (/\bsrc=/.test(attributes)) return false;
  const type = /\btype="([^"]*)"/.exec(attributes)?.[1];
  return type === undefined || type === "module" || type === "text/javascript";
}

const hashOf = (algorithm: string, content: string): string =>
  `'${algorithm}-${createHash(algorithm).update(content).digest("base64")}'`;

/** The policy with only the hash sources that match an inline script or style of `html`. */
export function narrowPolicy(policy: string, html: string): string {
  const scripts = [...html.matchAll(INLINE_SCRIPT)]
    .filter((match) => runs(match[1] ?? ""))
    .map((match) => match[2] ?? "");
  const styles = [...html.matchAll(INLINE_STYLE)].map((match) => match[1] ?? "");
  return policy
    .split(";")
    .map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      const contents = name.startsWith("script-src") ? scripts : name.startsWith("style-src") ? styles : undefined;
      if (contents === undefined) return directive;
      const kept = sources.filter((source) => {
        const algorithm = HASH_SOURCE.exec(source)?.[1];
        return algorithm === undefined || contents.some((content) => hashOf(algorithm, content) === source);
      });
      return ` ${[name, ...kept].join(" ")}`;
    })
    .join(";");
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => join(dir, file));
}

export function pagePolicies(): AstroIntegration {
  return {
    name: "lowback:page-policies",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        let narrowed = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, "utf8");
          const updated = html.replace(POLICY, (_, start: string, policy: string, end: string) => {
            return `${start}${narrowPolicy(policy, html)}${end}`;
          });
          if (updated !== html) {
            writeFileSync(file, updated);
            narrowed += 1;
          }
        }
        logger.info(`Narrowed the content security policy of ${narrowed} pages to their own scripts and styles.`);
      },
    },
  };
}

import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

import { expect, test } from "@playwright/test";
import { HtmlValidate } from "html-validate";
import { HTMLElement, NodeType, parse } from "node-html-parser";
import postcss, { type AtRule, type Node } from "postcss";

import { inlineStyles } from "../../src/integrations/built-pages";
import { DIST, builtHtmlFiles, pathOfFile } from "./site";

// These checks read the files in dist/ directly: no browser needed.

const files = builtHtmlFiles();

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // Astro writes boolean attributes and void elements in its own consistent style.
    "void-style": "off",
    "no-trailing-whitespace": "off",
    // Long unbroken source titles and DOIs are fine; the page wraps them.
    "long-title": "off",
  },
});

test("every built page is valid HTML", async () => {
  const report: string[] = [];
  for (const file of files) {
    const result = await validator.validateFile(join(DIST, file));
    for (const message of result.results.flatMap((entry) => entry.messages)) {
      report.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(report).toEqual([]);
});

test("every internal link and #fragment points at a page and an element that exist", () => {
  const idsByPath = new Map<string, Set<string>>();
  const pages = files.map((file) => {
    const root = parse(readFileSync(join(DIST, file), "utf8"));
    const path = pathOfFile(file);
    idsByPath.set(path, new Set(root.querySelectorAll("[id]").map((element) => element.id)));
    return { path, root };
  });
  const broken: string[] = [];
  for (const { path, root } of pages) {
    for (const anchor of root.querySelectorAll("a[href]")) {
      const href = anchor.getAttribute("href") ?? "";
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const url = new URL(href, `https://site.invalid${path}`);
      const ids = idsByPath.get(url.pathname);
      if (ids === undefined) {
        // A file the build writes beside the pages, such as a topic's feed.
        const file = join(DIST, url.pathname);
        if (url.hash === "" && existsSync(file) && statSync(file).isFile()) continue;
        broken.push(`${path} links to ${href}: no such page`);
      } else if (url.hash !== "" && !ids.has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${path} links to ${href}: no element with that id`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test("no words are glued together or split from their punctuation by whitespace handling", () => {
  // Astro 7 drops line breaks between text and inline elements (JSX rules); a missing {" "} glues
  // words to links, and a stray one puts a space before a comma.
  const glued =
    /[a-z0-9][.,:;!?·]<(a|strong|em|time)\b[^>]*>.{0,15}|<\/(a|strong|em|time)>[A-Za-z·].{0,10}|[a-z]<a [^>]*>.{0,10}/g;
  const spaced = /.{0,20}(<\/(a|strong|em|time|span)> [,.;:!?)]|<a [^>]*> [A-Za-z]).{0,10}/g;
  const found = files.flatMap((file) => {
    const html = readFileSync(join(DIST, file), "utf8").replace(/\s+/g, " ");
    return [...html.matchAll(glued), ...html.matchAll(spaced)].map((match) => `${file}: ${match[0]}`);
  });
  expect(found).toEqual([]);
});

test("every page ends with </html>: no script or other markup after it", () => {
  const after = files.filter((file) => !readFileSync(join(DIST, file), "utf8").trimEnd().endsWith("</html>"));
  expect(after).toEqual([]);
});

test("no sentence runs into the next without a space", () => {
  // e.g. "Ends <time>March 31, 2027</time>.New clients only.": Astro dropped the line break between
  // the period and the next sentence, so one text node holds ".New". Text nodes only: the end of a
  // link and the start of the next are separate elements, laid out apart.
  const glued = files.flatMap((file) => {
    const texts: string[] = [];
    const walk = (node: ReturnType<typeof parse>["childNodes"][number]): void => {
      if (node.nodeType === NodeType.TEXT_NODE) texts.push(node.text);
      else if (!["script", "style"].includes((node as HTMLElement).rawTagName ?? "")) node.childNodes.forEach(walk);
    };
    walk(parse(readFileSync(join(DIST, file), "utf8")));
    return texts.flatMap((text) =>
      [...text.matchAll(/(?:^|[a-z0-9)])[.!?][A-Z][a-z]+/g)].map((match) => `${file}: ${match[0]}`),
    );
  });
  expect(glued).toEqual([]);
});

test("no paragraph of bold text stands in for a heading, and every table has a caption", () => {
  const found = files.flatMap((file) => {
    const root = parse(readFileSync(join(DIST, file), "utf8"));
    const boldParagraphs = root
      .querySelectorAll("p")
      .filter((p) => p.childNodes.filter((node) => node.rawText.trim() !== "").length === 1)
      .filter(
        (p) =>
          p.querySelector(":scope > strong, :scope > b") !== null &&
          p.text.trim() === p.querySelector("strong, b")?.text.trim(),
      )
      .map((p) => `${file}: <p><strong>${p.text.trim()}</strong></p>`);
    const uncaptioned = root
      .querySelectorAll("table")
      .filter((table) => table.querySelector("caption") === null)
      .map(() => `${file}: a table without a caption`);
    return [...boldParagraphs, ...uncaptioned];
  });
  expect(found).toEqual([]);
});

/** Whether `node` is inside an `@layer name { … }` block. */
function insideLayer(node: Node, name: string): boolean {
  for (let parent = node.parent; parent !== undefined; parent = parent.parent) {
    if (parent.type === "atrule" && (parent as AtRule).name === "layer" && (parent as AtRule).params === name)
      return true;
  }
  return false;
}

// Tailwind makes a utility of any word in src/ that names one, comments included ("filter byte" once
// added the filter utility's 13 custom properties, about 1 KB, to every page). The page trimmer drops
// the unused utility's rule but keeps its @property registrations, which nothing then uses.
test("every custom property the stylesheet registers is set or read by a rule on some page", () => {
  const registered = new Map<string, string>();
  const used = new Set<string>();
  for (const file of files) {
    for (const css of inlineStyles(readFileSync(join(DIST, file), "utf8"))) {
      const root = postcss.parse(css);
      root.walkAtRules("property", (rule) => {
        if (!registered.has(rule.params)) registered.set(rule.params, file);
      });
      root.walkDecls((declaration) => {
        // The registrations themselves, and Tailwind's block of their initial values.
        if (declaration.parent?.type === "atrule" || insideLayer(declaration, "properties")) return;
        if (declaration.prop.startsWith("--")) used.add(declaration.prop);
        for (const [, name = ""] of declaration.value.matchAll(/var\((--[\w-]+)/g)) used.add(name);
      });
    }
  }
  const unused = [...registered]
    .filter(([name]) => !used.has(name))
    .map(([name, file]) => `${name} (on ${file} and others)`);
  expect(
    unused,
    "Tailwind made a utility that no page uses: find the word in src/ (a comment or a string) and add `@source not` for its file in src/styles/global.css",
  ).toEqual([]);
});

import postcss, { type AtRule, type ChildNode, type Root, type Rule } from "postcss";
import selectorParser, { type Container } from "postcss-selector-parser";

import { HASH_SOURCES, POLICY_META, cspHash, hasScripts, inlineStyles } from "./built-pages";

/**
 * Trims each page's inlined stylesheet to the rules that can match something on that page. The
 * site has one Tailwind stylesheet; an article page needs under three quarters of it (no form
 * controls, no self-check or visit-page layout), and every byte of it is downloaded before the
 * first paint. On an article page, 3.6 KB gzipped instead of 4.9 KB.
 *
 * The test is deliberately simple and errs towards keeping: a selector is dropped only when it
 * names a class, element, id or attribute that appears nowhere in the page's HTML, or a part that
 * only form controls have (such as ::placeholder) on a page with none. Pseudo-classes (:hover,
 * :focus-visible, :not(…)) never cause a drop. Pages that run JavaScript are left whole,
 * since a script may add what the HTML does not have yet. The stylesheet is parsed once per build,
 * so each page costs about a millisecond.
 */

/** What a selector needs to find on the page: ".class", "#id", "[attribute", an element name or FORM_CONTROL. */
type Needs = readonly string[];

/**
 * Stands for "the page has a text, date, number or file input, or a text area". Tailwind's preflight
 * styles the parts of those controls (about 0.3 KB gzipped), which no other element has.
 */
const FORM_CONTROL = "::form-control";
const FORM_CONTROL_TAGS = ["input", "textarea"];
const FORM_CONTROL_PART =
  /^::(placeholder|-moz-placeholder|-webkit-input-placeholder|file-selector-button|-webkit-file-upload-button|-webkit-datetime-edit.*|-webkit-calendar-picker-indicator|-webkit-(inner|outer)-spin-button|-webkit-search-.*)$/;

/** The tokens one selector needs, read outside pseudo-classes except a lone :where(…) or :is(…). */
function needsOf(selector: string): Needs {
  const needs: string[] = [];
  const visit = (container: Container): void => {
    container.each((node) => {
      if (node.type === "class") needs.push(`.${node.value}`);
      else if (node.type === "id") needs.push(`#${node.value}`);
      else if (node.type === "tag") needs.push(node.value.toLowerCase());
      else if (node.type === "attribute") needs.push(`[${node.attribute.toLowerCase()}`);
      else if (node.type === "pseudo" && FORM_CONTROL_PART.test(node.value.toLowerCase())) needs.push(FORM_CONTROL);
      else if (node.type === "pseudo" && (node.value === ":where" || node.value === ":is") && node.nodes.length === 1)
        visit(node.nodes[0] as Container);
    });
  };
  selectorParser((root) => visit(root.nodes[0] as Container)).processSync(selector);
  return needs;
}

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Every element name, class, id and attribute name in `html`, written as `needsOf` writes them. */
export function pageTokens(html: string): Set<string> {
  const tokens = new Set<string>();
  for (const [, tag = "", attributes = ""] of html.matchAll(TAG)) {
    tokens.add(tag.toLowerCase());
    for (const [, name = "", double, single, bare] of attributes.matchAll(ATTRIBUTE)) {
      const value = double ?? single ?? bare ?? "";
      tokens.add(`[${name.toLowerCase()}`);
      if (name === "id") tokens.add(`#${value}`);
      if (name === "class") for (const each of value.split(/\s+/)) if (each !== "") tokens.add(`.${each}`);
    }
  }
  if (FORM_CONTROL_TAGS.some((tag) => tokens.has(tag))) tokens.add(FORM_CONTROL);
  return tokens;
}

/** A stylesheet parsed once, ready to be trimmed for any number of pages. */
export function createStyleTrimmer(css: string): (tokens: ReadonlySet<string>) => string {
  const root: Root = postcss.parse(css);
  const needs = new Map<Rule, Needs[]>();
  root.walkRules((rule) => {
    const parent = rule.parent;
    if (parent?.type === "atrule" && (parent as AtRule).name.endsWith("keyframes")) return;
    needs.set(rule, rule.selectors.map(needsOf));
  });

  // Each node's text, written once: PostCSS writes a node anew on every toString().
  const texts = new Map<ChildNode, string>();
  const textOf = (node: ChildNode): string => {
    let text = texts.get(node);
    if (text === undefined) {
      text = node.toString();
      texts.set(node, text);
    }
    return text;
  };
  const serialize = (node: ChildNode, tokens: ReadonlySet<string>): string => {
    if (node.type === "rule") {
      const alternatives = needs.get(node);
      const used = alternatives === undefined || alternatives.some((each) => each.every((token) => tokens.has(token)));
      return used ? textOf(node) : "";
    }
    if (node.type !== "atrule") return textOf(node);
    // A statement such as `@layer components;`.
    if (node.nodes === undefined) return `${textOf(node)};`;
    // A block of declarations, such as @property or @font-face: kept whole.
    if (!node.nodes.some((child) => child.type === "rule" || child.type === "atrule")) return textOf(node);
    // A block of rules, such as @media or @layer: kept if any rule in it is.
    const inner = node.nodes.map((child) => serialize(child, tokens)).join("");
    return inner === ""
      ? ""
      : `@${node.name}${node.raws.afterName ?? " "}${node.params}${node.raws.between ?? ""}{${inner}}`;
  };
  return (tokens) => root.nodes.map((node) => serialize(node, tokens)).join("");
}

/** A stylesheet ready to be trimmed for any page, and its CSP hashes by algorithm. */
interface Sheet {
  trim: (tokens: ReadonlySet<string>) => string;
  hashes: Map<string, string>;
}

/**
 * Trims the inline stylesheets of pages that run no script, and renames the stylesheet's hash in
 * the page's policy to the trimmed one's. Every page has the same whole stylesheet, so it is
 * parsed and hashed once, not once per page.
 */
export function createPageStyleTrimmer(): (html: string) => { html: string; before: number; after: number } {
  const sheets = new Map<string, Sheet>();
  const sheetOf = (css: string): Sheet => {
    let sheet = sheets.get(css);
    if (sheet === undefined) {
      sheet = { trim: createStyleTrimmer(css), hashes: new Map() };
      sheets.set(css, sheet);
    }
    return sheet;
  };
  const hashOf = (sheet: Sheet, algorithm: string, css: string): string => {
    let hash = sheet.hashes.get(algorithm);
    if (hash === undefined) {
      hash = cspHash(algorithm, css);
      sheet.hashes.set(algorithm, hash);
    }
    return hash;
  };

  return (page) => {
    let html = page;
    let before = 0;
    let after = 0;
    if (hasScripts(html)) return { html, before, after };
    const tokens = pageTokens(html);
    for (const css of new Set(inlineStyles(html))) {
      const sheet = sheetOf(css);
      const trimmed = sheet.trim(tokens);
      before += css.length;
      after += trimmed.length;
      html = html.replaceAll(`>${css}</style>`, `>${trimmed}</style>`);
      // The page's policy allowed the stylesheet by its hash: it now allows the trimmed one.
      html = html.replace(POLICY_META, (_, start: string, policy: string, end: string) => {
        const renamed = policy.replaceAll(HASH_SOURCES, (source, algorithm: string) =>
          source === hashOf(sheet, algorithm, css) ? cspHash(algorithm, trimmed) : source,
        );
        return `${start}${renamed}${end}`;
      });
    }
    return { html, before, after };
  };
}

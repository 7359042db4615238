/**
 * What an article's MDX may contain. Articles are text with the site's own components: no code,
 * no raw scripts, styles or frames, no event handlers and no links that run or embed something.
 * The body is parsed with the same MDX parser as the build (Sätteri), so a syntax mistake is
 * found here first and explained with its line and what to type.
 */

import { mdxToMdast } from "satteri";

/** The longest article body, in words: longer pages are heavy on a phone and slow the build. */
export const MAX_ARTICLE_WORDS = 5000;

/** One mistake in an MDX file, on a line counted from 1. */
export interface MdxMistake {
  line: number | undefined;
  field: string;
  message: string;
}

/** What the check learns about one MDX file. */
export interface MdxFacts {
  mistakes: MdxMistake[];
  /** Words of text in the body (frontmatter and component names not counted). */
  words: number;
  /** The drawings the body shows, by name, with the line of each. */
  illustrations: { name: string; line: number | undefined }[];
}

/** The parts of an mdast node this check reads. */
interface TreeNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: TreeNode[];
  position?: { start: { line: number } };
}

/** Elements that run code, restyle the site or embed another site. */
const FORBIDDEN_ELEMENTS: ReadonlySet<string> = new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "base",
  "link",
  "meta",
]);

/** Attributes whose value is an address a browser follows or loads. */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  "href",
  "src",
  "srcset",
  "action",
  "formaction",
  "poster",
  "cite",
  "data",
  "xlink:href",
  "background",
  "ping",
]);

const SAFE_SCHEMES: ReadonlySet<string> = new Set(["http", "https", "mailto", "tel"]);

/** The scheme of an address, as a browser reads it (it ignores whitespace and control characters). */
function schemeOf(address: string): string | undefined {
  const cleaned = address.replace(/[\u0000-\u0020\u007f]/g, "");
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** An MDX comment, {/* ... *\/}: the one kind of braces an article may hold. */
const isComment = (code: unknown) => typeof code === "string" && /^\s*\/\*[\s\S]*\*\/\s*$/.test(code);

/** Explains a parse error of the MDX parser, given the text of the line it points at. */
function explainSyntax(reason: string, lineText: string, column: number): string {
  const unclosed = /closing tag for `<(\w+)>`/.exec(reason)?.[1];
  const tag = unclosed ?? /<([A-Za-z][\w.]*)/.exec(lineText.slice(Math.max(0, column - 1)))?.[1];
  const example = tag === "Cite" ? ' e.g. <Cite id="furlan-2015-cochrane-massage" />' : "";
  if (unclosed !== undefined) {
    return `<${unclosed} …> is not closed: end it with " />"${example === "" ? "" : `,${example}`}.`;
  }
  if (tag !== undefined && reason.includes("after `<`")) {
    return `<${tag} …> is not written right: put each value in double quotes and end it with " />"${example === "" ? "" : `,${example}`}.`;
  }
  if (reason.includes("after `<`")) {
    return 'A "<" starts a component in MDX. To write "less than" in text, write &lt; or the words "less than".';
  }
  if (reason.includes("closing tag") || reason.includes("open tag")) {
    return `A closing tag (</…>) has no opening tag. Remove it: components end with " />" on their own line.${example}`;
  }
  if (reason.includes("`{`") || reason.includes("expression")) {
    return 'A "{" starts code in MDX, and articles hold no code. Remove it, or write \\{ to show a brace in the text.';
  }
  return `MDX cannot read this line (${reason}). Check the components on it: each is written <Name attribute="value" />.`;
}

/** Checks one MDX file's whole text (frontmatter included, so lines match the file). */
export function checkMdx(source: string): MdxFacts {
  let tree: TreeNode;
  try {
    tree = mdxToMdast(source) as unknown as TreeNode;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const [, line, column, reason] = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(text) ?? [];
    const lineNumber = line === undefined ? undefined : Number(line);
    const lineText = source.split("\n")[(lineNumber ?? 1) - 1] ?? "";
    return {
      mistakes: [
        { line: lineNumber, field: "body", message: explainSyntax(reason ?? text, lineText, Number(column ?? 1)) },
      ],
      words: 0,
      illustrations: [],
    };
  }

  const mistakes: MdxMistake[] = [];
  const illustrations: MdxFacts["illustrations"] = [];
  let words = 0;
  // A bold line before the body's first "##" heading stands for a "##", one after it for a "###".
  let sawSection = false;
  const report = (node: TreeNode, message: string) =>
    mistakes.push({ line: node.position?.start.line, field: "body", message });
  const checkAddress = (node: TreeNode, address: string, where: string) => {
    const scheme = schemeOf(address);
    if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) {
      report(
        node,
        `${where} uses "${scheme}:", which is not allowed. Link only to https:// (or http://) addresses, mailto: and tel:, or to a page of this site.`,
      );
    }
  };

  const visit = (node: TreeNode) => {
    switch (node.type) {
      case "yaml":
        return;
      case "heading":
        if (node.depth === 2) sawSection = true;
        break;
      case "text":
        words += String(node.value ?? "")
          .split(/\s+/)
          .filter((word) => /\w/.test(word)).length;
        break;
      case "paragraph": {
        const parts = (node.children ?? []).filter(
          (child) => !(child.type === "text" && String(child.value ?? "").trim() === ""),
        );
        if (parts.length === 1 && parts[0]?.type === "strong") {
          const words = (parts[0].children ?? []).map((child) => String(child.value ?? "")).join("");
          report(
            node,
            `A line of bold text is not a heading to screen readers and search engines. Make it one: ${sawSection ? "###" : "##"} ${words.replace(/:\s*$/, "")}`,
          );
        }
        break;
      }
      case "link":
      case "image":
      case "definition":
        checkAddress(node, node.url ?? "", `The ${node.type === "image" ? "image" : "link"} to "${node.url ?? ""}"`);
        break;
      case "mdxjsEsm":
        report(node, "Remove this import or export line: articles use the site's components without importing them.");
        break;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        if (!isComment(node.value)) {
          report(
            node,
            'A "{" starts code in MDX, and articles hold no code. Remove the braces, or write \\{ to show a brace in the text.',
          );
        }
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const name = node.name ?? "";
        if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
          report(
            node,
            `Remove the <${name}> element: articles may not hold scripts, styles, frames or embedded content (the site adds its own).`,
          );
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== "mdxJsxAttribute") {
            report(node, `Remove {…} from <${name}>: write each attribute as name="value".`);
            continue;
          }
          const attributeName = attribute.name ?? "";
          if (/^on/i.test(attributeName)) {
            report(node, `Remove ${attributeName} from <${name}>: articles may not run code.`);
          }
          if (typeof attribute.value === "object" && attribute.value !== null) {
            report(node, `Write ${attributeName} of <${name}> as text in double quotes, not in {…}.`);
          } else if (typeof attribute.value === "string" && URL_ATTRIBUTES.has(attributeName.toLowerCase())) {
            checkAddress(node, attribute.value, `${attributeName} of <${name}>`);
          }
          if (name === "Illustration" && attributeName === "name" && typeof attribute.value === "string") {
            illustrations.push({ name: attribute.value, line: node.position?.start.line });
          }
        }
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { mistakes, words, illustrations };
}

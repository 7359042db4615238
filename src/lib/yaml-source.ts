/**
 * YAML as the clinic's editors write it: parsed with the line of every value kept, and a syntax
 * mistake explained in plain words with what to type instead of the parser's own terms.
 */

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLError } from "yaml";

/** A syntax mistake: the line (counted from 1) and what to do about it. */
export interface YamlMistake {
  line: number;
  /** The field named on that line, if any. */
  field: string | undefined;
  message: string;
}

/** A parsed YAML file. */
export interface YamlSource {
  data: unknown;
  /** The line of the value at `path` (or of the nearest part of it that exists), counted from 1. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

const FIELD_ON_LINE = /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*:/;

/** What went wrong and what to type, for the parser's error codes editors run into. */
function explain(error: YAMLError, lineText: string): string {
  const field = FIELD_ON_LINE.exec(lineText)?.[1];
  const value = lineText.replace(FIELD_ON_LINE, "").trim();
  switch (error.code) {
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      if (field !== undefined && /:\s/.test(value)) {
        return `The value has a colon followed by a space, which YAML reads as the start of another field. Put the whole value in double quotes: ${field}: "${value.replaceAll('"', '\\"')}"`;
      }
      return "The indentation is off on this line or the next: each field of a group starts in the same column as the field above it, indented with spaces.";
    case "MISSING_CHAR":
      return error.message.includes("quote")
        ? "A value that opens with a quote mark is never closed. Add the closing quote mark at the end of that value, on the line where it starts."
        : `A closing mark is missing (${error.message}). Close every [ with ] and every { with } on the same line.`;
    case "TAB_AS_INDENT":
      return "This line is indented with a tab. Indent with spaces instead.";
    case "DUPLICATE_KEY":
      return `${field === undefined ? "A field" : `"${field}"`} is written twice in the same place. Keep one of them.`;
    case "BAD_SCALAR_START": {
      const mark = /character (\S)/.exec(error.message)?.[1] ?? "this character";
      return `A value cannot start with ${mark} in YAML. Put the whole value in double quotes${field === undefined ? "" : `: ${field}: "${value}"`}.`;
    }
    case "BAD_INDENT":
      return error.message.startsWith("Flow")
        ? "A list opened with [ is not closed. End it with ] on the same line, e.g. sources: [first-id, second-id]."
        : "Line this entry up with the ones above it: list items (starting with -) and the fields of a group each start in the same column.";
    default:
      return `YAML cannot read this line (${error.message}). Compare it with a similar entry that works.`;
  }
}

/**
 * Parses `text`, whose first line is line `firstLine` of its file (frontmatter starts after the
 * opening ---). Returns the data, or every syntax mistake.
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource | YamlMistake[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lines = text.split("\n");
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (document.errors.length > 0) {
    const seen = new Set<number>();
    return document.errors.flatMap((error) => {
      const line = lineAt(error.pos[0]);
      // One mistake often makes the parser complain twice about the same line.
      if (seen.has(line)) return [];
      seen.add(line);
      const lineText = lines[line - 1] ?? "";
      return [
        { line: line + firstLine - 1, field: FIELD_ON_LINE.exec(lineText)?.[1], message: explain(error, lineText) },
      ];
    });
  }
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // An unquoted value starting with * or & is read as a YAML alias or anchor.
    return [
      {
        line: firstLine,
        field: undefined,
        message: `YAML cannot read this file (${error instanceof Error ? error.message : String(error)}). A value that starts with * or & must be put in double quotes.`,
      },
    ];
  }
  return {
    data,
    lineOf(path) {
      let node: unknown = document.contents;
      let line: number | undefined = undefined;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
          if (pair === undefined) break;
          const keyNode = pair.key as Node;
          line = keyNode.range === undefined || keyNode.range === null ? line : lineAt(keyNode.range[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof key === "number") {
          const item = node.items[key] as Node | undefined;
          if (item === undefined) break;
          line = item.range === undefined || item.range === null ? line : lineAt(item.range[0]);
          node = item;
        } else {
          break;
        }
      }
      return line === undefined ? undefined : line + firstLine - 1;
    },
  };
}

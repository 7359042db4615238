/**
 * Zod's issues, reworded for the clinic's editors: a misspelt field is named with the spelling it
 * should have (instead of one message for the unknown field and another for the missing one), and
 * list items are counted from 1 as a person counts them.
 */

/** A schema issue as zod reports it (only the parts this module reads). */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  keys?: readonly string[];
}

/** One thing to fix, at a path into the data: field names, and list positions counted from 0. */
export interface EditorIssue {
  path: readonly (string | number)[];
  message: string;
}

/** Edit distance between two short names, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

/** Whether `typed` is most likely a misspelling of `meant`. */
function looksLike(typed: string, meant: string): boolean {
  const a = typed.toLowerCase();
  const b = meant.toLowerCase();
  return a === b || distance(a, b) <= Math.max(1, Math.floor(b.length / 4));
}

/** The value at `path` inside `data`, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) =>
  a.length === b.length && a.every((key, index) => key === b[index]);

const toPath = (path: readonly PropertyKey[]) => path.map((key) => (typeof key === "number" ? key : String(key)));

/**
 * The issues of one failed parse of `data`, each unknown field on its own path, and an unknown
 * field that looks like a missing one merged with it into "write X instead of Y".
 */
export function editorIssues(issues: readonly SchemaIssue[], data: unknown): EditorIssue[] {
  const missing = issues.filter((issue) => issue.path.length > 0 && valueAt(data, issue.path) === undefined);
  const absorbed = new Set<SchemaIssue>();
  const unknown: EditorIssue[] = [];
  for (const issue of issues.filter((entry) => entry.code === "unrecognized_keys")) {
    for (const key of issue.keys ?? []) {
      const meant = missing.find(
        (entry) =>
          !absorbed.has(entry) &&
          samePath(entry.path.slice(0, -1), issue.path) &&
          looksLike(key, String(entry.path.at(-1))),
      );
      if (meant === undefined) {
        unknown.push({
          path: toPath([...issue.path, key]),
          message: `Remove "${key}" or fix the spelling: it is not a field here.`,
        });
      } else {
        absorbed.add(meant);
        const name = String(meant.path.at(-1));
        unknown.push({
          path: toPath([...issue.path, key]),
          message: `Fix the spelling of this field: write "${name}:" instead of "${key}:".`,
        });
      }
    }
  }
  const rest = issues
    .filter((issue) => issue.code !== "unrecognized_keys" && !absorbed.has(issue))
    .map((issue) => ({ path: toPath(issue.path), message: issue.message }));
  return [...unknown, ...rest];
}

/**
 * A path as an editor reads it: "offers #2 → validThrough" for the second offer (counted from 1),
 * or the entry's id where a list item has one ("furlan-2015 → doi").
 */
export function fieldName(path: readonly (string | number)[], data?: unknown): string {
  const parts: string[] = [];
  path.forEach((key, index) => {
    if (typeof key === "string") {
      parts.push(key);
      return;
    }
    const id = valueAt(data, [...path.slice(0, index + 1), "id"]);
    const label = typeof id === "string" && id !== "" ? `#${key + 1} (${id})` : `#${key + 1}`;
    if (parts.length === 0) parts.push(label);
    else parts[parts.length - 1] += ` ${label}`;
  });
  return parts.join(" → ") || "(the whole file)";
}

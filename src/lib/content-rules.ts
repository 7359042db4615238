/**
 * Rules that span files: references between collections, citations in article bodies and the
 * folder an article sits in. Zod checks one file at a time; these check the content as a whole.
 * Pure functions, so unit tests can feed them fixtures without a build.
 */

import { basename } from "node:path";

import { CATEGORIES, type Category } from "@/schemas/categories";
import { URGENCY_TIERS } from "@/schemas/red-flag";

import { editorIssues, fieldName, type SchemaIssue } from "./schema-messages";
import { isShownByDefault, type SignScope } from "./signs";
import { findUrgencyWords } from "./urgency-lint";
import { articleUrl, selfCheckUrl } from "./urls";

/** One thing an editor must fix, with where to fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  /** The line of the file, counted from 1, when the problem has one. */
  line?: number;
}

/** The ids of the collections that other content points at. */
export interface KnownIds {
  people: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  /** The warning signs by id, with what decides where they are shown. */
  redFlags: ReadonlyMap<string, SignScope>;
}

/** What the rules need to know about one article. */
export interface ArticleFacts {
  file: string;
  category: string;
  body: string;
  author: string;
  reviewer: string;
  sources: readonly string[];
  extraSigns: readonly string[];
}

/** Addresses inside a topic that other pages take; an article there would be hidden by them. */
const RESERVED_ARTICLE_URLS: ReadonlySet<string> = new Set([selfCheckUrl()]);

const CITE_TAG = /<Cite\s+id\s*=\s*["']([^"']*)["']\s*\/>/g;

/** `<Sign id="..." />`, `<TierAction tier="..." />` and `<TierName tier="..." />` in an MDX body. */
const SIGN_TAG = /<Sign\s+id\s*=\s*["']([^"']*)["']\s*\/>/g;
const TIER_TAG = /<(TierAction|TierName)\s+tier\s*=\s*["']([^"']*)["']\s*\/>/g;

/** The source ids an MDX body cites, in order of first citation, each once. */
export function citedSourceIds(body: string): string[] {
  return [...new Set([...body.matchAll(CITE_TAG)].map((match) => match[1] ?? ""))];
}

/** The category folder of an article file, e.g. "causes" for content/articles/causes/x.mdx. */
export function folderOf(file: string): string {
  return file.split("/").at(-2) ?? "";
}

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

/** Every problem with one article's cross-file rules; an empty list means it may be published. */
export function checkArticle(article: ArticleFacts, known: KnownIds): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (field: string, message: string) => problems.push({ file: article.file, field, message });

  const folder = folderOf(article.file);
  const url = articleUrl(`${folder}/${basename(article.file, ".mdx")}`);
  if (RESERVED_ARTICLE_URLS.has(url)) {
    report("file name", `The address ${url} belongs to another page of the site. Rename the file.`);
  }
  if (folder !== article.category) {
    report(
      "category",
      `The file is in the "${folder}" folder but says category: ${article.category}. Move the file to content/articles/${article.category}/ or set category: ${folder}.`,
    );
  }
  for (const field of ["author", "reviewer"] as const) {
    if (!known.people.has(article[field])) {
      report(
        field,
        `No person has the id "${article[field]}". Use a file name from content/people/ without .yaml, or add content/people/${article[field]}.yaml.`,
      );
    }
  }
  if (article.author === article.reviewer) {
    report(
      "reviewer",
      "The reviewer must be a different person from the author: a clinician checks the writer's work.",
    );
  }
  for (const id of article.sources.filter((source) => !known.sources.has(source))) {
    report(
      "sources",
      `No source has the id "${id}". Use an id from content/sources.yaml, or add the source there first.`,
    );
  }
  for (const id of duplicates(article.sources)) {
    report("sources", `The source "${id}" is listed more than once. Remove the repeat.`);
  }
  for (const id of article.extraSigns) {
    const sign = known.redFlags.get(id);
    if (sign === undefined) {
      report("extraSigns", `No warning sign has the id "${id}". Use an id from content/red-flags.yaml.`);
    } else if (isCategory(article.category) && isShownByDefault(sign, article.category)) {
      report(
        "extraSigns",
        sign.tier === "emergency"
          ? `"${id}" is an emergency sign, which every article already shows. Remove it from extraSigns.`
          : `"${id}" is already shown on every ${article.category} article (its topics in content/red-flags.yaml). Remove it from extraSigns.`,
      );
    }
  }
  for (const id of duplicates(article.extraSigns)) {
    report("extraSigns", `The warning sign "${id}" is listed more than once. Remove the repeat.`);
  }
  for (const [, id = ""] of article.body.matchAll(SIGN_TAG)) {
    if (!known.redFlags.has(id)) {
      report(
        "body",
        `<Sign id="${id}" /> names a warning sign that is not in content/red-flags.yaml. Use an id from that file.`,
      );
    }
  }
  for (const [, tag = "", tier = ""] of article.body.matchAll(TIER_TAG)) {
    if (!(URGENCY_TIERS as readonly string[]).includes(tier)) {
      report("body", `<${tag} tier="${tier}" /> names an unknown tier. Use one of: ${URGENCY_TIERS.join(", ")}.`);
    }
  }

  const cited = citedSourceIds(article.body);
  for (const id of cited.filter((source) => !article.sources.includes(source))) {
    report(
      "body",
      `<Cite id="${id}" /> cites a source that is not in this article's sources: list. Add "${id}" under sources: (it must exist in content/sources.yaml).`,
    );
  }
  for (const id of article.sources.filter((source) => !cited.includes(source))) {
    report(
      "sources",
      `"${id}" is listed under sources: but never cited. Cite it with <Cite id="${id}" /> after the claim it supports, or remove it.`,
    );
  }
  return problems;
}

/**
 * Two articles of one topic with the same `order`: which one the topic lists first (and which is its
 * start-here article) would be left to chance. Drafts are not listed, so they do not count.
 */
export function checkTopicOrder(
  articles: readonly { file: string; category: string; order?: number | undefined; draft: boolean }[],
): ContentProblem[] {
  const places = new Map<string, string[]>();
  for (const article of articles) {
    if (article.order === undefined || article.draft) continue;
    const key = `${article.category} ${article.order}`;
    places.set(key, [...(places.get(key) ?? []), article.file]);
  }
  return [...places.entries()].flatMap(([key, files]) =>
    files.length < 2
      ? []
      : files.map((file) => ({
          file,
          field: "order",
          message: `${files.filter((other) => other !== file).join(" and ")} also ${files.length > 2 ? "have" : "has"} order: ${key.split(" ")[1]}. Give each article of a topic a different order, or remove order: from all but one of them.`,
        })),
  );
}

function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

/** Problems with the warning signs' own source references. */
export function checkRedFlagSources(
  file: string,
  redFlags: readonly { id: string; sources: readonly string[] }[],
  known: KnownIds,
): ContentProblem[] {
  return redFlags.flatMap((flag) =>
    flag.sources
      .filter((source) => !known.sources.has(source))
      .map((source) => ({
        file,
        field: `${flag.id}.sources`,
        message: `No source has the id "${source}". Use an id from content/sources.yaml.`,
      })),
  );
}

/** One readable message for a list of problems: file, field and fix on each line. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map(
    (problem) =>
      `  ${problem.file}${problem.line === undefined ? "" : `:${problem.line}`} → ${problem.field}: ${problem.message}`,
  );
  return `The content has ${problems.length} problem${problems.length === 1 ? "" : "s"} to fix before the site can be built:\n${lines.join("\n")}`;
}

/**
 * The error that stops a build over content problems. It carries no stack trace: the problems
 * are the editor's to fix, and Astro would print the trace under them.
 */
export function contentError(problems: readonly ContentProblem[]): Error {
  const error = new Error(formatProblems(problems));
  error.stack = "";
  return error;
}

/**
 * Turns the schema issues of `data` (the parsed file) into problems that name the file and the
 * field as an editor reads them (see schema-messages.ts).
 */
export function schemaProblems(file: string, issues: readonly SchemaIssue[], data?: unknown): ContentProblem[] {
  return editorIssues(issues, data).map((issue) => ({
    file,
    field: fieldName(issue.path, data),
    message: issue.message,
  }));
}

/**
 * The urgency lint (src/lib/urgency-lint.ts) as problems that stop the build: one per urgency word
 * in an article's prose, each naming the file and line. `fileText` is the whole file as the editor
 * sees it, so that the line numbers match.
 */
export function checkUrgencyWords(file: string, fileText: string): ContentProblem[] {
  return findUrgencyWords(fileText, file).map(({ line, word }) => ({
    file: `${file}:${line}`,
    field: "prose",
    message: `"${word}" says how soon to act in words of its own. Name the sign with <Sign id="..." /> (ids in content/red-flags.yaml), the action with <TierAction tier="..." /> or the tier with <TierName tier="..." />; in the description and key points, which cannot hold components, reword it.`,
  }));
}

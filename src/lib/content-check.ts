/**
 * The check of every file in content/ that runs before Astro reads any of it. Astro's content
 * layer keeps the data of its last good build in a cache and, when a data file no longer parses,
 * logs one line and builds with that stale data; its schema errors print a stack trace and no
 * line. This check reads the files afresh on every build, so wrong data can never publish, and
 * reports each problem as the content guide shows them: file, line or field, and what to type.
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, extname, join, relative } from "node:path";

import { z } from "astro/zod";

import { createArticleSchema } from "../schemas/article";
import { BrandSchema } from "../schemas/brand";
import { ClinicSchema } from "../schemas/clinic";
import { EvidenceTrailSchema } from "../schemas/evidence";
import { PageSchema } from "../schemas/page";
import { PersonSchema } from "../schemas/person";
import { PrecautionSchema } from "../schemas/precaution";
import { RedFlagSchema } from "../schemas/red-flag";
import { SourceSchema } from "../schemas/source";
import { BRAND_FILE } from "./brand";
import { checkBrandColours, checkLogo } from "./brand-check";
import type { ContentProblem } from "./content-rules";
import { checkMdx, MAX_ARTICLE_WORDS } from "./mdx-check";
import { editorIssues, fieldName, type SchemaIssue } from "./schema-messages";
import { parseYamlSource, type YamlSource } from "./yaml-source";

/** A schema as this module uses it. */
interface Schema {
  safeParse(input: unknown): { success: boolean; error?: { issues: readonly SchemaIssue[] } };
}

const personId = z.string({
  error: (issue) =>
    issue.input === undefined
      ? "Add this field: the id of a person, a file name in content/people/ without .yaml, e.g. jordan-ellis."
      : "Write the id of a person: a file name in content/people/ without .yaml, e.g. jordan-ellis.",
});
const listedId = (file: string) =>
  z.string({ error: `Write each entry as an id from ${file}, one per line starting with "- ".` });

/** The article schema with references as plain ids: whether they exist is a cross-file rule. */
const ArticleSchema = createArticleSchema({
  person: personId,
  source: listedId("content/sources.yaml"),
  redFlag: listedId("content/red-flags.yaml"),
  image: z.string({ error: "Write the image's path, relative to the article file, e.g. ../../images/bridge.svg." }),
});

/** The data files and what each holds; a file that holds a list is checked entry by entry. */
const DATA_FILES: readonly { file: string; schema: Schema; list: boolean }[] = [
  { file: "clinic.yaml", schema: ClinicSchema, list: false },
  { file: "brand.yaml", schema: BrandSchema, list: false },
  { file: "sources.yaml", schema: SourceSchema, list: true },
  { file: "red-flags.yaml", schema: RedFlagSchema, list: true },
  { file: "precautions.yaml", schema: PrecautionSchema, list: true },
];

/** Folders of data files, one entry per file, and the schema of each file. */
const DATA_FOLDERS: readonly { folder: string; schema: Schema }[] = [
  { folder: "content/people/", schema: PersonSchema },
  { folder: "content/evidence/", schema: EvidenceTrailSchema },
];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The line of the first byte that is not UTF-8, or undefined if the whole file is UTF-8. */
function firstNonUtf8Line(bytes: Buffer): number | undefined {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, index));
      } catch {
        return line;
      }
      line++;
      start = index + 1;
    }
  }
  return undefined;
}

/** Problems of one parsed value against its schema, each with the line of the field. */
function validate(file: string, source: YamlSource, schema: Schema, list: boolean): ContentProblem[] {
  if (source.data === null || source.data === undefined) {
    return [
      {
        file,
        field: "(the whole file)",
        message: "The file is empty. Write its fields, as in the file's last good version.",
      },
    ];
  }
  const entries = list ? source.data : [source.data];
  if (list && !Array.isArray(entries)) {
    return [
      { file, field: "(the whole file)", message: 'List the entries one after another, each starting with "- id:".' },
    ];
  }
  // A repeated id is the collections' own rule (RedFlagListSchema, Astro's file loader), reported
  // with the cross-file problems.
  return (entries as unknown[]).flatMap((entry, index) => {
    const result = schema.safeParse(entry);
    if (result.success) return [];
    const prefix = list ? [index] : [];
    return editorIssues(result.error?.issues ?? [], entry).map((issue) => {
      const path = [...prefix, ...issue.path];
      return { file, field: fieldName(path, source.data), message: issue.message, ...lineAt(source, path) };
    });
  });
}

/** `{ line }` for the value at `path`, or nothing when it has no line (a field that is missing). */
function lineAt(source: YamlSource, path: readonly (string | number)[]): { line?: number } {
  const line = source.lineOf(path);
  return line === undefined ? {} : { line };
}

/** Reads a YAML file (or frontmatter) and returns its data, or its syntax mistakes as problems. */
function readYaml(file: string, text: string, firstLine = 1): YamlSource | ContentProblem[] {
  const parsed = parseYamlSource(text, firstLine);
  if (!Array.isArray(parsed)) return parsed;
  return parsed.map((mistake) => ({
    file,
    line: mistake.line,
    field: mistake.field ?? "(syntax)",
    message: mistake.message,
  }));
}

/** Splits an MDX file into its frontmatter (with the line it starts on) and body. */
function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (match === null) return undefined;
  return { yaml: match[1] ?? "", body: text.slice(match[0].length) };
}

/** Checks one MDX file: frontmatter, body syntax, what the body may hold, its size and its images. */
function checkMdxFile(root: string, file: string, text: string, schema: Schema, isArticle: boolean): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (line: number | undefined, field: string, message: string) =>
    problems.push({ file, field, message, ...(line === undefined ? {} : { line }) });

  const parts = splitFrontmatter(text);
  if (parts === undefined) {
    at(1, "frontmatter", "Start the file with its frontmatter between two lines of ---, as in the other files.");
    return problems;
  }
  const frontmatter = readYaml(file, parts.yaml, 2);
  if (Array.isArray(frontmatter)) {
    problems.push(...frontmatter);
  } else {
    problems.push(...validate(file, frontmatter, schema, false));
    const hero = (frontmatter.data as { hero?: { image?: unknown } } | null)?.hero?.image;
    if (typeof hero === "string" && !existsSync(join(root, dirname(file), hero))) {
      at(
        frontmatter.lineOf(["hero", "image"]),
        "hero → image",
        `There is no image at ${hero} (looked for ${relative(root, join(root, dirname(file), hero))}). Fix the path, relative to this article's file, or add the image.`,
      );
    }
  }

  if (parts.body.trim() === "") {
    at(undefined, "body", "The file has no text after its frontmatter. Write the text below the closing ---.");
    return problems;
  }
  const facts = checkMdx(text);
  for (const mistake of facts.mistakes) at(mistake.line, mistake.field, mistake.message);
  if (isArticle && facts.words > MAX_ARTICLE_WORDS) {
    at(
      undefined,
      "body",
      `The article has ${facts.words.toLocaleString("en-US")} words; the most an article may have is ${MAX_ARTICLE_WORDS.toLocaleString("en-US")}. Split it into two articles or cut it.`,
    );
  }
  for (const { name, line } of facts.illustrations) {
    if (!existsSync(join(root, "content/images", `${name}.svg`))) {
      at(
        line,
        "body",
        `<Illustration name="${name}" /> names a drawing that does not exist. Add content/images/${name}.svg or use the name of a file in content/images/ without .svg.`,
      );
    }
  }
  return problems;
}

/**
 * The brand's colours and logo, once its fields are valid: contrast in both modes, no warning
 * colour, and a logo file that exists and is safe to draw inside every page.
 */
function checkBrand(root: string, source: YamlSource): ContentProblem[] {
  const parsed = BrandSchema.safeParse(source.data);
  if (!parsed.success) return [];
  const brand = parsed.data;
  const logoFile = join("content", brand.logo);
  let issues = checkBrandColours(brand);
  if (existsSync(join(root, logoFile))) {
    issues = [...issues, ...checkLogo(readFileSync(join(root, logoFile), "utf8"))];
  } else {
    issues.push({
      path: ["logo"],
      message: `There is no file ${logoFile}. Put the logo's SVG file there, or fix the file name.`,
    });
  }
  return issues.map((issue) => ({
    file: BRAND_FILE,
    field: fieldName(issue.path, source.data),
    message: issue.message,
    ...lineAt(source, issue.path),
  }));
}

/** Article file names: the address comes from them, so they must be unique and lower case. */
function checkArticleNames(files: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const name = basename(file);
    const extension = extname(name);
    if (extension === ".md" || extension === ".markdown") {
      problems.push({
        file,
        field: "file name",
        message: `Rename the file to ${basename(name, extension)}.mdx: only .mdx files are published, so this one would be left out without a word.`,
      });
      continue;
    }
    if (extension !== ".mdx" || name.startsWith("_")) continue;
    const slug = basename(name, ".mdx");
    const key = join(dirname(file), slug.toLowerCase());
    const other = seen.get(key);
    if (other !== undefined) {
      problems.push({
        file,
        field: "file name",
        message: `This file and ${other} have the same address (names that differ only in capitals are one address). Rename or remove one of them.`,
      });
    } else {
      seen.set(key, file);
    }
    if (!SLUG.test(slug)) {
      problems.push({
        file,
        field: "file name",
        message: `Rename the file in lower case with hyphens between words, e.g. ${slug
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "")}.mdx: the name is the page's address.`,
      });
    }
  }
  return problems;
}

/** Every problem in the content folder of the project at `root`; an empty list means it may build. */
export function checkContent(root: string): ContentProblem[] {
  const contentDir = join(root, "content");
  const files = readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
  const problems: ContentProblem[] = [];
  const texts = new Map<string, string>();

  for (const file of files.filter((name) => /\.(ya?ml|mdx?|markdown|svg)$/.test(name))) {
    const bytes = readFileSync(join(root, file));
    const badLine = firstNonUtf8Line(bytes);
    if (badLine !== undefined) {
      problems.push({
        file,
        line: badLine,
        field: "text",
        message:
          "This line is not UTF-8 text: the file was saved in another encoding (such as Windows-1252). Save the file again with the encoding UTF-8.",
      });
    } else {
      texts.set(file, bytes.toString("utf8"));
    }
  }

  if (!files.includes(BRAND_FILE)) {
    problems.push({
      file: BRAND_FILE,
      field: "(the whole file)",
      message: 'The file is missing. Add it with logo, colour and font, as README\'s "Rebrand the site" shows.',
    });
  }

  const articleFiles = files.filter((file) => file.startsWith("content/articles/"));
  problems.push(...checkArticleNames(articleFiles));

  for (const [file, text] of texts) {
    const name = basename(file);
    if (file.endsWith(".yaml") || file.endsWith(".yml")) {
      const source = readYaml(file, text);
      if (Array.isArray(source)) {
        problems.push(...source);
        continue;
      }
      const data = DATA_FILES.find((entry) => file === `content/${entry.file}`);
      const folder = DATA_FOLDERS.find((entry) => file.startsWith(entry.folder) && !name.startsWith("_"));
      if (data !== undefined) problems.push(...validate(file, source, data.schema, data.list));
      if (file === BRAND_FILE) problems.push(...checkBrand(root, source));
      else if (folder !== undefined) problems.push(...validate(file, source, folder.schema, false));
    } else if (file.endsWith(".mdx") && !name.startsWith("_")) {
      if (file.startsWith("content/articles/")) problems.push(...checkMdxFile(root, file, text, ArticleSchema, true));
      else if (file.startsWith("content/pages/")) problems.push(...checkMdxFile(root, file, text, PageSchema, false));
    }
  }
  return problems;
}

import readability from "text-readability";

/** Average adult silent-reading speed used for "N min read"; a conservative figure for readers in pain. */
const WORDS_PER_MINUTE = 200;

/**
 * Turns an MDX body into the plain text a reader reads: no frontmatter, imports, JSX tags,
 * Markdown syntax, URLs or code. Headings and list items end with a full stop so that the
 * readability formula counts them as the short sentences they are, not as one run-on sentence.
 */
export function mdxToPlainText(body: string): string {
  return body
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .replace(/^(import|export)\s.*$/gm, "")
    .replace(/<[A-Z][\w.]*\b[^>]*\/>/g, "")
    .replace(/<\/?[A-Za-z][\w.]*\b[^>]*>/g, "")
    .replace(/```[\s\S]*?```/g, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const isBlock = /^(#{1,6}\s|[-*+]\s|\d+\.\s|>\s?)/.test(line);
      const text = line.replace(/^(#{1,6}\s|[-*+]\s|\d+\.\s|>\s?)/, "").replace(/[*_`]/g, "");
      return isBlock && !/[.!?:]$/.test(text) ? `${text}.` : text;
    })
    .join("\n");
}

/** Counts the words a reader reads in an MDX body. */
export function countWords(body: string): number {
  return mdxToPlainText(body)
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Minutes to read an MDX body, rounded up, never less than one. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.ceil(countWords(body) / WORDS_PER_MINUTE));
}

/** Flesch–Kincaid grade level of an MDX body, from the text-readability library. */
export function readingGrade(body: string): number {
  return readability.fleschKincaidGrade(mdxToPlainText(body));
}

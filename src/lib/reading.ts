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

/** Syllables of each word met so far: a library has a vocabulary of a few thousand words. */
const syllablesByWord = new Map<string, number>();

/**
 * text-readability itself, counting syllables word by word with each word counted once. The library
 * counts a whole text's syllables with one call to `syllable`, which runs a dozen regular
 * expressions on every word: 1,000 articles took several seconds, on the build's critical path.
 * Counting per whitespace-separated word gives the same sum, since the library lower-cases and
 * strips punctuation character by character and `syllable` adds up the words between word
 * boundaries (tests/unit/lib.test.ts checks every article against the library itself).
 */
const memoizedReadability: typeof readability = Object.create(readability, {
  syllableCount: {
    value: (text: string): number => {
      let sum = 0;
      for (const word of text.split(/\s+/)) {
        let syllables = syllablesByWord.get(word);
        if (syllables === undefined) {
          syllables = readability.syllableCount(word);
          syllablesByWord.set(word, syllables);
        }
        sum += syllables;
      }
      return sum;
    },
  },
});

/** Flesch–Kincaid grade level of an MDX body, from the text-readability library. */
export function readingGrade(body: string): number {
  return memoizedReadability.fleschKincaidGrade(mdxToPlainText(body));
}

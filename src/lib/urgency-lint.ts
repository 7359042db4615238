/**
 * The urgency lint: article prose must not say how soon to act in its own words. How urgent a
 * warning sign is, and what to do, come only from content/red-flags.yaml through <Sign>,
 * <TierAction> and <TierName>, so that no page can contradict the help block or the self-check.
 * A pure function over one file's text (no imports), so unit tests, a build step and the
 * `npm run lint:urgency` report can all use it.
 */

/** One urgency word found in article prose. */
export interface UrgencyWord {
  file: string;
  /** 1-based line in the file, frontmatter included. */
  line: number;
  /** The words as written, e.g. "same day". */
  word: string;
}

/**
 * Urgency words, longest first so that "emergency department" is reported once, not as
 * "emergency". Case does not matter, except for ER (below).
 */
const URGENCY_WORDS =
  /\b(?:emergency\s+(?:department|room)s?|emergency|urgently|urgent|same[-\s]day|within\s+24\s+hours|within\s+days|911|999|112)\b|\bA&(?:amp;)?E\b/gi;

/** "ER" only in capitals, as a word: "er" inside other words is not it. */
const ER = /\bER\b/g;

/** Frontmatter fields a reader sees as prose; the others are ids, dates and titles. */
const PROSE_FIELDS: ReadonlySet<string> = new Set(["description", "keyPoints", "precautions"]);

/**
 * Parts of the body that are not prose of the article's own: the sign and tier components and the
 * emergency number (their words come from the content files), citations, link targets, a
 * drawing's file name and MDX comments.
 */
const NOT_PROSE: readonly RegExp[] = [
  /<(?:Sign|TierAction|TierName|EmergencyNumber)\b[^>]*\/>/g,
  /<Cite\b[^>]*\/>/g,
  /\]\([^)]*\)/g,
  /<Illustration\b[^>]*?\bname\s*=\s*"[^"]*"/g,
  /\{\/\*[\s\S]*?\*\/\}/g,
];

/** Blanks a part of the text, keeping its line breaks so that line numbers stay true. */
const blank = (part: string): string => part.replace(/[^\n]/g, " ");

/** The file's text with everything but prose blanked out, line for line. */
function proseOnly(text: string): string {
  const lines = text.split("\n");
  let inFrontmatter = lines[0]?.trim() === "---";
  let field = "";
  const kept = lines.map((line, index) => {
    if (!inFrontmatter) return line;
    if (index > 0 && line.trim() === "---") {
      inFrontmatter = false;
      return "";
    }
    const key = /^([A-Za-z][\w-]*)\s*:/.exec(line);
    if (key !== null) {
      field = key[1] ?? "";
      return PROSE_FIELDS.has(field) ? blank(key[0]) + line.slice(key[0].length) : "";
    }
    return PROSE_FIELDS.has(field) ? line : "";
  });
  return NOT_PROSE.reduce((prose, pattern) => prose.replace(pattern, blank), kept.join("\n"));
}

/**
 * Every urgency word in an MDX file's prose (body, description, key points and precautions), with
 * its line, in reading order. Words inside <Sign />, <TierAction />, <TierName />,
 * <EmergencyNumber /> and <Cite /> do not count.
 */
export function findUrgencyWords(text: string, file: string): UrgencyWord[] {
  return proseOnly(text)
    .split("\n")
    .flatMap((line, index) =>
      [...line.matchAll(URGENCY_WORDS), ...line.matchAll(ER)]
        .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
        .map((match) => ({ file, line: index + 1, word: match[0] })),
    );
}

/** One line per word, as an editor reads it: `file:line: "word"`, and what to do instead. */
export function formatUrgencyWords(words: readonly UrgencyWord[]): string {
  const files = new Set(words.map((word) => word.file)).size;
  const lines = words.map((word) => `  ${word.file}:${word.line}: "${word.word}"`);
  return [
    `${words.length} urgency word${words.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}. ` +
      'Name a warning sign with <Sign id="..." />, an action with <TierAction tier="..." />, a tier with ' +
      '<TierName tier="..." /> and the emergency number with <EmergencyNumber />; otherwise reword it:',
    ...lines,
  ].join("\n");
}

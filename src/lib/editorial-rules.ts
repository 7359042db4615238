/**
 * The editorial rules a published article meets: length, reading grade, sources cited and links to
 * other articles. The build enforces them (a draft is exempt until it is published) and the tests
 * read the same limits, so an editor never sees a published article that a test later rejects.
 */

import type { ContentProblem } from "./content-rules";
import { citedSourceIds } from "./content-rules";
import { countWords, readingGrade } from "./reading";

/** Each limit with the reason an editor is given for it (README's authoring guide lists the same). */
export const EDITORIAL_LIMITS = {
  /** Enough to answer the reader's question with its warning signs; short enough to read in pain. */
  minWords: 600,
  maxWords: 1500,
  /** Grade 8: readers in pain and worry read less well than they normally would. */
  maxGrade: 8,
  /** At least three distinct sources, so no claim rests on one paper or one publisher. */
  minSources: 3,
  /** At least two links to other articles, so a reader can go on to the next question. */
  minArticleLinks: 2,
} as const;

/** A Markdown link to an article page: `](/topic/slug/)`, optionally with a `#fragment`. */
const ARTICLE_LINK = /\]\(\/([a-z-]+\/[a-z0-9-]+)\/(?:#[^)]*)?\)/g;

/** The ids ("topic/slug") of the other existing articles a body links to, each once. */
export function linkedArticleIds(body: string, ownId: string, articleIds: ReadonlySet<string>): string[] {
  const targets = [...body.matchAll(ARTICLE_LINK)].map((match) => match[1] ?? "");
  return [...new Set(targets)].filter((id) => id !== ownId && articleIds.has(id));
}

/** What the build needs to know about one published article. */
export interface EditorialFacts {
  file: string;
  /** "topic/slug", as the article's address and other articles' links name it. */
  id: string;
  body: string;
}

/** Every editorial rule the article breaks, each with its figure and what to do. */
export function checkEditorialRules(article: EditorialFacts, articleIds: ReadonlySet<string>): ContentProblem[] {
  const { minWords, maxWords, maxGrade, minSources, minArticleLinks } = EDITORIAL_LIMITS;
  const problems: ContentProblem[] = [];
  const report = (message: string) =>
    problems.push({ file: article.file, field: "body", message: `${message} Or set draft: true until it is ready.` });

  const words = countWords(article.body);
  if (words < minWords) {
    report(`The article has ${words} words; a published article needs at least ${minWords}. Add to it.`);
  } else if (words > maxWords) {
    report(
      `The article has ${words} words; a published article has at most ${maxWords}. Shorten it, or split it in two.`,
    );
  }
  const grade = readingGrade(article.body);
  if (grade > maxGrade) {
    report(
      `The article reads at grade ${grade.toFixed(1)}; the limit is ${maxGrade}. Use shorter sentences and everyday words.`,
    );
  }
  const sources = citedSourceIds(article.body).length;
  if (sources < minSources) {
    report(
      `The article cites ${sources} distinct source${sources === 1 ? "" : "s"}; it needs at least ${minSources}. Cite each with <Cite id="..." /> after the claim it supports.`,
    );
  }
  const links = linkedArticleIds(article.body, article.id, articleIds).length;
  if (links < minArticleLinks) {
    report(
      `The article links to ${links} other article${links === 1 ? "" : "s"}; it needs at least ${minArticleLinks}. Link them as [words](/topic/article-name/).`,
    );
  }
  return problems;
}

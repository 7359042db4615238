/**
 * Choosing what to read next. Pure functions over the few fields they need, so they can be tested
 * without the content layer.
 */

export interface Linkable {
  id: string;
  category: string;
  tags: readonly string[];
  lastReviewed: Date;
  title: string;
}

/** How related two articles are: two points per shared tag, one for the same topic. */
export function relatedScore(a: Linkable, b: Linkable): number {
  const shared = a.tags.filter((tag) => b.tags.includes(tag)).length;
  return shared * 2 + (a.category === b.category ? 1 : 0);
}

/**
 * The `count` articles most related to `article`, best first; ties go to the most recently
 * reviewed, then the title, so the choice never depends on file order. Unrelated ones are left out.
 */
export function relatedArticles<T extends Linkable>(article: Linkable, candidates: readonly T[], count = 3): T[] {
  return candidates
    .filter((candidate) => candidate.id !== article.id)
    .map((candidate) => ({ candidate, score: relatedScore(article, candidate) }))
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.candidate.lastReviewed.getTime() - a.candidate.lastReviewed.getTime() ||
        a.candidate.title.localeCompare(b.candidate.title),
    )
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

/** The neighbours of `id` in a topic's reading order, or undefined at either end. */
export function neighbours<T extends { id: string }>(
  id: string,
  ordered: readonly T[],
): { previous: T | undefined; next: T | undefined } {
  const index = ordered.findIndex((entry) => entry.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

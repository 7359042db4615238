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

const byTitle = new Intl.Collator("en").compare;

/**
 * The `count` articles most related to `article`, best first; ties go to the most recently
 * reviewed, then the title, so the choice never depends on file order. Unrelated ones are left out.
 * Keeps only the best `count` while it scans, instead of sorting every candidate: every article
 * page asks, so at 1,000 articles a full sort each time cost half a second of the build.
 */
export function relatedArticles<T extends Linkable>(article: Linkable, candidates: readonly T[], count = 3): T[] {
  const better = (a: { candidate: T; score: number }, b: { candidate: T; score: number }) =>
    b.score - a.score ||
    b.candidate.lastReviewed.getTime() - a.candidate.lastReviewed.getTime() ||
    byTitle(a.candidate.title, b.candidate.title);
  const best: { candidate: T; score: number }[] = [];
  for (const candidate of candidates) {
    if (candidate.id === article.id) continue;
    const entry = { candidate, score: relatedScore(article, candidate) };
    if (entry.score <= 0) continue;
    const last = best.at(-1);
    if (best.length === count && last !== undefined && better(entry, last) >= 0) continue;
    best.push(entry);
    best.sort(better);
    if (best.length > count) best.pop();
  }
  return best.map(({ candidate }) => candidate);
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

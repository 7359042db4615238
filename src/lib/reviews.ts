import { daysBetween, isoDay } from "./dates";

/** Overdue reviews: health advice past its review date is never passed off as current. */

/** True when the build day is after the day an article was due for review (not on the day itself). */
export function isReviewOverdue(nextReview: Date, today: Date): boolean {
  return isoDay(today) > isoDay(nextReview);
}

/** The build-log line listing every overdue article, or undefined when none is overdue. */
export function describeOverdueReviews(
  articles: readonly { id: string; nextReview: Date }[],
  today: Date,
): string | undefined {
  const overdue = articles.filter((article) => isReviewOverdue(article.nextReview, today));
  if (overdue.length === 0) return undefined;
  const list = overdue.map((article) => `${article.id} (due ${isoDay(article.nextReview)})`).join(", ");
  return `${overdue.length} article${overdue.length === 1 ? " is" : "s are"} past their review date on ${isoDay(today)}: ${list}.`;
}

/** How many of the articles a clinician reviewed in the `days` days up to and including `today`. */
export function reviewedWithin(articles: readonly { lastReviewed: Date }[], today: Date, days: number): number {
  return articles.filter((article) => {
    const ago = daysBetween(article.lastReviewed, today);
    return ago >= 0 && ago < days;
  }).length;
}

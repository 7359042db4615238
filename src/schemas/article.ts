import { z } from "astro/zod";

import { CATEGORIES } from "./categories";
import { isoDate, slugId, text, strictObject } from "./fields";
import { urgencySchema } from "./red-flag";

export { CATEGORIES, type Category } from "./categories";

/** Longest title: search engines cut longer titles short, and it is the page's only h1. */
export const TITLE_MAX = 60;

/** Longest gap allowed between two reviews: health advice older than this is not trustworthy. */
const MAX_REVIEW_INTERVAL_DAYS = 2 * 365;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The validators for fields that point at other collections. Astro's `reference()` in the build;
 * plain strings in unit tests, so the schema can be tested without the content layer.
 */
export interface ArticleReferences<
  Person extends z.ZodType,
  Source extends z.ZodType,
  RedFlag extends z.ZodType,
  Image extends z.ZodType,
> {
  person: Person;
  source: Source;
  redFlag: RedFlag;
  image: Image;
}

/** Builds the article frontmatter schema: shared fields, then one variant per category. */
export function createArticleSchema<
  Person extends z.ZodType,
  Source extends z.ZodType,
  RedFlag extends z.ZodType,
  Image extends z.ZodType,
>(refs: ArticleReferences<Person, Source, RedFlag, Image>) {
  const shared = {
    title: text("a title")
      .max(TITLE_MAX, {
        error: (issue) =>
          `Shorten the title to ${TITLE_MAX} characters or fewer (it has ${String(issue.input).length}).`,
      })
      .describe(`The question or topic, at most ${TITLE_MAX} characters; the page's only h1.`),
    description: text("a description")
      .min(50, {
        error: (issue) => `Lengthen the description to at least 50 characters (it has ${String(issue.input).length}).`,
      })
      .max(160, {
        error: (issue) => `Shorten the description to 160 characters or fewer (it has ${String(issue.input).length}).`,
      })
      .describe("50-160 characters: the search-result snippet and share-card text."),
    published: isoDate("published").describe("The date the article first went live."),
    lastReviewed: isoDate("lastReviewed").describe("The date a clinical reviewer last checked it."),
    nextReview: isoDate("nextReview").describe("The date by which it must be reviewed again."),
    author: refs.person.describe("The id of the writer, a file name in content/people/ without .yaml."),
    reviewer: refs.person.describe("The id of the clinical reviewer, a file name in content/people/ without .yaml."),
    sources: z
      .array(refs.source, {
        error: "List the sources as ids from content/sources.yaml, one per line starting with '- '.",
      })
      .min(1, { error: "Add at least one source id from content/sources.yaml under sources:." })
      .describe("Every source the body cites with <Cite id=... />."),
    keyPoints: z
      .array(text("a key point"), { error: "List 3 to 5 key points, one per line starting with '- '." })
      .min(3, {
        error: (issue) => `Add key points: 3 to 5 are needed (there are ${(issue.input as unknown[]).length}).`,
      })
      .max(5, { error: (issue) => `Cut key points to 5 or fewer (there are ${(issue.input as unknown[]).length}).` })
      .describe("3-5 plain sentences that stand alone."),
    extraSigns: z
      .array(refs.redFlag, { error: "List warning-sign ids from content/red-flags.yaml under extraSigns:." })
      .default([])
      .describe(
        "Warning signs to show besides the emergency signs and the topic's own (ids from content/red-flags.yaml).",
      ),
    tags: z
      .array(
        z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
          error: 'Write each tag in lower case with hyphens, e.g. "chronic-pain".',
        }),
      )
      .max(6, { error: "Use at most 6 tags." })
      .default([])
      .describe("A few lower-case topic words used to pick related articles."),
    hero: strictObject({
      image: refs.image.describe("Path to the image, relative to the article file."),
      alt: text("alt text for the hero image that says what it shows").describe(
        "What the image shows, for readers who cannot see it.",
      ),
    })
      .optional()
      .describe("An optional picture at the top of the article."),
    draft: z
      .boolean({ error: "Set draft to true or false." })
      .default(false)
      .describe("true keeps the article off the site."),
    order: z
      .number({
        error: "Write order as a whole number such as 1, or remove it: 1 lists the article first in its topic.",
      })
      .int({ error: "Write order as a whole number such as 1 or 2, without a decimal point." })
      .min(1, { error: "Write order as 1 or more: 1 lists the article first in its topic." })
      .optional()
      .describe(
        "Optional: the article's place at the top of its topic's list. 1 is the topic's start-here article, listed first; articles without order follow, newest review first.",
      ),
  };

  // A technique page offers booking only of a treatment the clinic lists in content/clinic.yaml.
  const service = slugId("the id of a service from content/clinic.yaml, e.g. swedish-massage")
    .optional()
    .describe("The clinic's service this technique page offers to book; without it the page offers a discovery call.");

  const variants = z.discriminatedUnion(
    "category",
    [
      strictObject({ category: z.literal("causes"), ...shared }),
      strictObject({ category: z.literal("techniques"), ...shared, service }),
      strictObject({ category: z.literal("self-care"), ...shared }),
      strictObject({
        category: z.literal("red-flags"),
        ...shared,
        urgency: urgencySchema.describe("The most urgent tier this page covers."),
      }),
    ],
    { error: `Set category to one of: ${CATEGORIES.join(", ")} (the name of the folder the file is in).` },
  );

  return variants.superRefine((article, context) => {
    if (article.lastReviewed < article.published) {
      context.addIssue({
        code: "custom",
        path: ["lastReviewed"],
        message: "Set lastReviewed to the published date or later: an article cannot be reviewed before it exists.",
      });
    }
    if (article.nextReview <= article.lastReviewed) {
      context.addIssue({
        code: "custom",
        path: ["nextReview"],
        message: "Set nextReview to a date after lastReviewed, usually one year later.",
      });
    } else if (article.nextReview.getTime() - article.lastReviewed.getTime() > MAX_REVIEW_INTERVAL_DAYS * DAY_MS) {
      context.addIssue({
        code: "custom",
        path: ["nextReview"],
        message: "Set nextReview no more than two years after lastReviewed.",
      });
    }
  });
}

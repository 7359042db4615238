import type { Category } from "@/schemas/article";

/** How each topic is named and introduced on the site, in the order the header lists them. */
export interface Topic {
  category: Category;
  /** Short name for navigation. */
  label: string;
  /** The hub page's h1 and title. */
  title: string;
  /** One or two plain sentences: the hub's intro and meta description (50-160 characters). */
  summary: string;
}

export const TOPICS: readonly Topic[] = [
  {
    category: "causes",
    label: "Causes",
    title: "What causes lower back pain?",
    summary: "Why the lower back hurts, what scans do and do not show, and how long pain usually lasts.",
  },
  {
    category: "techniques",
    label: "Massage",
    title: "Massage for lower back pain",
    summary: "What the research says about massage and its types, what a visit is like, and the myths to ignore.",
  },
  {
    category: "self-care",
    label: "Self-care",
    title: "Self-care for lower back pain",
    summary: "Simple things you can do today: keep moving, heat, stretches and exercises that help a sore back.",
  },
  {
    category: "red-flags",
    label: "Warning signs",
    title: "Warning signs: when back pain needs a doctor",
    // No urgency words here: how soon to act is said only by the warning signs (content/red-flags.yaml).
    summary: "The rare symptoms that need a doctor, how soon to get help, and when massage is not the right choice.",
  },
];

export function topicOf(category: Category): Topic {
  const topic = TOPICS.find((entry) => entry.category === category);
  if (topic === undefined) {
    throw new Error(`No topic is defined for the category "${category}".`);
  }
  return topic;
}

/** What a topic's list needs to know to place an article. */
export interface Placeable {
  order?: number | undefined;
  lastReviewed: Date;
  title: string;
}

/**
 * The order of a topic's list: articles with an `order` first, lowest first (1 is the topic's
 * start-here article); then the rest, newest review first; ties by title, so that the order never
 * depends on the order files are read in.
 */
export function byTopicOrder(a: Placeable, b: Placeable): number {
  const placeA = a.order ?? Number.POSITIVE_INFINITY;
  const placeB = b.order ?? Number.POSITIVE_INFINITY;
  if (placeA !== placeB) return placeA < placeB ? -1 : 1;
  return b.lastReviewed.getTime() - a.lastReviewed.getTime() || a.title.localeCompare(b.title);
}

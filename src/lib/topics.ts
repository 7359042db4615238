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
    summary: "The rare symptoms that need emergency or same-day care, and when massage is not the right choice.",
  },
];

export function topicOf(category: Category): Topic {
  const topic = TOPICS.find((entry) => entry.category === category);
  if (topic === undefined) {
    throw new Error(`No topic is defined for the category "${category}".`);
  }
  return topic;
}

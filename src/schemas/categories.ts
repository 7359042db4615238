/** The four topics; each is a folder under `content/articles/` and a section of the site. */
export const CATEGORIES = ["causes", "techniques", "self-care", "red-flags"] as const;

export type Category = (typeof CATEGORIES)[number];

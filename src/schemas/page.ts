import { z } from "astro/zod";

import { isoDate, text, strictObject } from "./fields";

/** A standalone page such as the editorial policy, `content/pages/<slug>.mdx`. */
export const PageSchema = strictObject({
  title: text("a title")
    .max(60, { error: "Shorten the title to 60 characters or fewer." })
    .describe("The page's h1 and title, at most 60 characters."),
  description: text("a description")
    .min(50, { error: "Lengthen the description to at least 50 characters." })
    .max(160, { error: "Shorten the description to 160 characters or fewer." })
    .describe("50-160 characters for search results and share cards."),
  updated: isoDate("updated").describe("The date the page last changed."),
});

export type Page = z.infer<typeof PageSchema>;

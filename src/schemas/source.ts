import { z } from "astro/zod";

import { httpsUrl, slugId, text, strictObject } from "./fields";

/** The kinds of source, in rough order of how much weight a claim can rest on them. */
export const SOURCE_TYPES = ["guideline", "systematic-review", "rct", "review", "public-health-page"] as const;

/** One entry of the bibliography, `content/sources.yaml`. Articles cite it by `id`. */
export const SourceSchema = strictObject({
  id: slugId("the source id").describe("Stable id articles cite, e.g. furlan-2015-cochrane-massage."),
  type: z
    .enum(SOURCE_TYPES, { error: `Set type to one of: ${SOURCE_TYPES.join(", ")}.` })
    .describe("What kind of evidence this is."),
  authors: text("the authors, e.g. Furlan AD, Giraldo M").describe("Authors as published, or the organisation."),
  year: z
    .union([z.int().min(1900).max(2100), z.literal("n.d.")], {
      error: 'Set year to the publication year, e.g. 2015, or "n.d." for an undated web page.',
    })
    .describe("Publication year, or n.d. for an undated page."),
  title: text("the title as published").describe("Title exactly as published."),
  publishedIn: text("the journal or publisher").describe("Journal with volume and pages, or the publisher."),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, {
      error: "Write the DOI without https://doi.org/, e.g. 10.1002/14651858.CD001929.pub3.",
    })
    .optional()
    .describe("The DOI exactly as published, without the https://doi.org/ prefix."),
  pmid: z
    .string({ error: 'Write the PubMed id in quotes, e.g. "26329399".' })
    .regex(/^\d+$/, { error: 'Write the PubMed id as digits in quotes, e.g. "26329399".' })
    .optional()
    .describe("The PubMed id, as a quoted string of digits."),
  url: httpsUrl("url").optional().describe("Where a reader can read it: the publisher's page or an open copy."),
}).refine((source) => source.doi !== undefined || source.url !== undefined, {
  error: "Add a doi or a url (or both) so that readers can find this source.",
  path: ["url"],
});

export type Source = z.infer<typeof SourceSchema>;

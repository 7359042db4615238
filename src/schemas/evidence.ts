import { z } from "astro/zod";

import { httpsUrl, slugId, text, strictObject } from "./fields";

/**
 * Where a fact was read: on the publisher's own page, or only in a third-party copy of its text.
 * A "copy" fact may guide advice but is never presented as the publisher's words (FACTS.md section 9).
 */
export const SEEN_KINDS = ["publisher", "copy"] as const;

/** A verbatim quote longer than this is a passage, not a quote a reviewer can find at a glance. */
export const MAX_QUOTE_LENGTH = 300;

/** One fact the site states, with where it was read and the words read there. */
export const EvidenceFactSchema = strictObject({
  fact: text("the fact as the site states it").describe("The claim in the site's own words, as an article makes it."),
  read: httpsUrl("read").describe("The exact address (or DOI page) where the fact was read."),
  quote: text("a short quote copied word for word from the page at read")
    .max(MAX_QUOTE_LENGTH, {
      error: `Shorten the quote to ${MAX_QUOTE_LENGTH} characters or fewer: copy only the sentence that states the fact.`,
    })
    .describe("A short verbatim quote from the stored text at read, so a reviewer can find it."),
  seen: z
    .enum(SEEN_KINDS, {
      error: `Set seen to one of: ${SEEN_KINDS.join(", ")} (publisher = the publisher's own page; copy = a third-party copy of its text).`,
    })
    .describe("Whether the quote was read on the publisher's own page or in a copy of its text."),
});

/**
 * The evidence trail of one source, `content/evidence/<source-id>.yaml`: every fact the site takes
 * from it, so a reviewer can check each one in minutes.
 */
export const EvidenceTrailSchema = strictObject({
  source: slugId("the source id from content/sources.yaml").describe(
    "The id of the source in content/sources.yaml; the file is named after it.",
  ),
  facts: z
    .array(EvidenceFactSchema, {
      error: "List the facts as items that each have fact, read, quote and seen.",
    })
    .min(1, { error: "Add at least one fact under facts: with fact, read, quote and seen." })
    .describe("Each fact the site takes from this source."),
});

export type EvidenceFact = z.infer<typeof EvidenceFactSchema>;
export type EvidenceTrail = z.infer<typeof EvidenceTrailSchema>;

import { z } from "astro/zod";

import { slugId, text, strictObject } from "./fields";

/**
 * How soon a reader must act on a warning sign, most urgent first. The order matters: the
 * self-check and the "when to get help" block show the most urgent tier that applies.
 */
export const URGENCY_TIERS = ["emergency", "same-day", "within-days"] as const;

export type Urgency = (typeof URGENCY_TIERS)[number];

export const urgencySchema = z
  .enum(URGENCY_TIERS, { error: `Set urgency to one of: ${URGENCY_TIERS.join(", ")}.` })
  .describe("How soon to act: emergency (now), same-day (today) or within-days.");

/** One warning sign in `content/red-flags.yaml`; articles list the ids that fit under `help:`. */
export const RedFlagSchema = strictObject({
  id: slugId("the warning sign's id").describe("Stable id articles use under help:, e.g. saddle-numbness."),
  urgency: urgencySchema,
  symptom: text("the symptom in plain words")
    .max(200, { error: "Shorten the symptom to 200 characters or fewer." })
    .describe("The sign as a reader would notice it, in plain words."),
  sources: z
    .array(slugId("a source id"), { error: "List the sources for this sign as ids from content/sources.yaml." })
    .min(1, { error: "Add at least one source id for this sign." })
    .describe("Source ids that put this sign at this urgency."),
});

export type RedFlag = z.infer<typeof RedFlagSchema>;

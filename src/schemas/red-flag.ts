import { z } from "astro/zod";

import { CATEGORIES } from "./categories";
import { slugId, text, strictObject } from "./fields";

/**
 * How soon a reader must act on a warning sign, most urgent first. The order matters: the
 * self-check and the "when to get help" block show the most urgent tier first.
 */
export const URGENCY_TIERS = ["emergency", "same-day", "within-days"] as const;

export type Urgency = (typeof URGENCY_TIERS)[number];

/** A tier field; `field` names it in the message ("tier" on a sign, "urgency" on a red-flag article). */
const tierField = (field: string) =>
  z
    .enum(URGENCY_TIERS, { error: `Set ${field} to one of: ${URGENCY_TIERS.join(", ")}.` })
    .describe("How soon to act: emergency (now), same-day (today) or within-days.");

export const urgencySchema = tierField("urgency");

/**
 * One warning sign in `content/red-flags.yaml`. Emergency signs are shown on every article, so
 * they have no `topics`; every other sign names the topics whose articles show it by default.
 */
export const RedFlagSchema = strictObject({
  id: slugId("the warning sign's id").describe("Stable id for extraSigns: and <Sign id=... />, e.g. saddle-numbness."),
  tier: tierField("tier"),
  symptom: text("the symptom in plain words")
    .max(200, { error: "Shorten the symptom to 200 characters or fewer." })
    .describe("The sign as a reader would notice it, in plain words."),
  topics: z
    .array(z.enum(CATEGORIES, { error: `Write each topic as one of: ${CATEGORIES.join(", ")}.` }), {
      error: "List the topics as a list, e.g. topics: [causes, self-care].",
    })
    .optional()
    .describe("The topics whose articles show this sign by default; not for emergency signs."),
  advice: text("the advice")
    .max(120, { error: "Shorten the advice to 120 characters or fewer." })
    .optional()
    .describe('Extra words for this sign only, e.g. "Do not let anyone massage that leg."'),
  sources: z
    .array(slugId("a source id"), { error: "List the sources for this sign as ids from content/sources.yaml." })
    .min(1, { error: "Add at least one source id for this sign." })
    .describe("Source ids that put this sign at this tier."),
}).superRefine((sign, context) => {
  if (sign.tier === "emergency" && sign.topics !== undefined) {
    context.addIssue({
      code: "custom",
      path: ["topics"],
      message: "Remove topics: every article shows every emergency sign, whatever its topic.",
    });
  }
  if (sign.tier !== "emergency" && (sign.topics === undefined || sign.topics.length === 0)) {
    context.addIssue({
      code: "custom",
      path: ["topics"],
      message: `Add topics: the topics whose articles show this ${sign.tier} sign, e.g. topics: [causes, self-care].`,
    });
  }
  const repeated = sign.topics?.find((topic, index) => sign.topics?.indexOf(topic) !== index);
  if (repeated !== undefined) {
    context.addIssue({ code: "custom", path: ["topics"], message: `Remove the repeat of "${repeated}" in topics.` });
  }
});

export type RedFlag = z.infer<typeof RedFlagSchema>;

/**
 * The whole file: each sign valid, and each id used once. The content layer keeps one entry per id
 * and would silently drop a repeat, so the build also reads the file through this schema.
 */
export const RedFlagListSchema = z
  .array(RedFlagSchema, { error: "Write content/red-flags.yaml as a list of signs, each starting with '- id:'." })
  .superRefine((signs, context) => {
    const seen = new Set<string>();
    signs.forEach((sign, index) => {
      if (seen.has(sign.id)) {
        context.addIssue({
          code: "custom",
          path: [index, "id"],
          message: `The id "${sign.id}" is used by more than one sign. Give each sign its own id: one sign, one tier.`,
        });
      }
      seen.add(sign.id);
    });
  });

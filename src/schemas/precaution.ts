import { z } from "astro/zod";

import { slugId, text, strictObject } from "./fields";

/**
 * Where a note is shown: a whole topic ("techniques") or one article ("self-care/gentle-stretches").
 * Whether the topic or the article exists is a cross-file rule (src/lib/precautions.ts).
 */
const target = z
  .string({ error: "Write each place as a topic, e.g. techniques, or an article, e.g. self-care/gentle-stretches." })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/, {
    error:
      "Write each place as a topic in lower case, e.g. techniques, or as topic/file-name of an article without .mdx, e.g. self-care/gentle-stretches.",
  });

/**
 * One note of the "Check first" box, `content/precautions.yaml`. A note is either words of its own
 * (`text`) or a warning sign (`sign`), whose words and urgency come from content/red-flags.yaml so
 * that the box cannot give a sign another urgency than the "When to get help" block.
 */
export const PrecautionSchema = strictObject({
  id: slugId("the note's id").describe("A stable id, e.g. bleeding-risk."),
  text: text("the note in plain words")
    .max(300, { error: "Shorten the note to 300 characters or fewer: one or two plain sentences." })
    .optional()
    .describe("The note as one or two plain sentences."),
  sign: slugId("a warning-sign id from content/red-flags.yaml")
    .optional()
    .describe("Instead of text: a warning sign, shown with its words and what to do."),
  steps: z
    .array(text("a step"), { error: "List the steps one per line, each starting with '- '." })
    .min(2, { error: "Give at least 2 steps, or write the note as text without steps." })
    .optional()
    .describe("Numbered steps shown under the text."),
  appliesTo: z
    .array(target, { error: "List where the note is shown under appliesTo:, one topic or article per line." })
    .min(1, { error: "Add at least one topic or article under appliesTo:, e.g. techniques." })
    .describe("The topics or articles whose pages show the note."),
  sources: z
    .array(slugId("a source id"), { error: "List the sources as ids from content/sources.yaml." })
    .default([])
    .describe("Source ids the note rests on."),
}).superRefine((note, context) => {
  if ((note.text === undefined) === (note.sign === undefined)) {
    context.addIssue({
      code: "custom",
      path: ["text"],
      message:
        "Give the note either text: (its own words) or sign: (a warning-sign id from content/red-flags.yaml), not both and not neither.",
    });
  }
  if (note.steps !== undefined && note.text === undefined) {
    context.addIssue({
      code: "custom",
      path: ["steps"],
      message: "Steps need a text: to introduce them. Add text:, or remove steps:.",
    });
  }
});

export type Precaution = z.infer<typeof PrecautionSchema>;

import { z } from "astro/zod";

import { text, strictObject } from "./fields";

/** An author or clinical reviewer, one YAML file per person in `content/people/<id>.yaml`. */
export const PersonSchema = strictObject({
  name: text("the person's full name").describe("Full name as shown in bylines, e.g. Dr. Amara Lindqvist."),
  credentials: text("the person's credentials, e.g. LMT or MD").describe(
    "Qualifications shown after the name, e.g. LMT, MD, DPT.",
  ),
  role: text("the person's role, e.g. Clinical reviewer").describe("What this person does for the site."),
  bio: text("a short bio")
    .max(600, { error: "Shorten the bio to 600 characters or fewer." })
    .describe("Two or three plain sentences about the person's training and work."),
  registration: strictObject({
    body: text("the registration body, e.g. State Medical Board").describe("The board that licenses them."),
    number: text("the registration or licence number").describe("Their licence or registration number."),
  })
    .optional()
    .describe("The professional register that can confirm this person's licence."),
});

export type Person = z.infer<typeof PersonSchema>;

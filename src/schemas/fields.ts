import { z } from "astro/zod";

/**
 * A calendar date written as YYYY-MM-DD. YAML already turns an unquoted date into a Date, so both
 * forms are accepted; anything else gets a message that shows the expected form.
 */
export const isoDate = (what: string) =>
  z.union([z.date(), z.iso.date().transform((text) => new Date(`${text}T00:00:00Z`))], {
    error: `Write ${what} as a date in the form YYYY-MM-DD, for example 2026-11-20.`,
  });

/** An https URL. Plain http is refused: browsers warn readers about it and it leaks what they read. */
export const httpsUrl = (what: string) =>
  z
    .url({ error: `Write ${what} as a full web address that starts with https://.` })
    .refine((value) => value.startsWith("https://"), {
      error: `Change ${what} to start with https:// (plain http:// is not allowed).`,
    });

/** A lower-case, hyphen-separated id such as `jordan-ellis`, safe in URLs and file names. */
export const slugId = (what: string) =>
  z.string({ error: `Add ${what}.` }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: `Write ${what} in lower case with hyphens between words, for example "jordan-ellis".`,
  });

/** Non-empty trimmed text; `what` names the field in the message. */
export const text = (what: string) =>
  z
    .string({ error: `Add ${what}.` })
    .trim()
    .min(1, { error: `Add ${what}: it is empty.` });

/**
 * An object that refuses fields it does not know, so a misspelt field name fails the build
 * instead of being silently ignored. The message names the unknown field.
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `Remove ${issue.keys.map((key) => `"${key}"`).join(", ")} or fix the spelling: ${issue.keys.length === 1 ? "it is" : "they are"} not a field here.`
        : undefined,
  });
}

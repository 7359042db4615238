/**
 * Small adapters between the zod schemas and Keystatic's fields: the schemas' own descriptions as
 * help text, and optional fields that are left out of the file when empty (as the files write them).
 */
import { fields } from "@keystatic/core";
import type { BasicFormField } from "@keystatic/core";
import { z } from "astro/zod";

import { createArticleSchema, type Category } from "../schemas/article";

/** Keystatic's `description` option, only when there is one (the config is exactOptionalPropertyTypes). */
export const describe = (description: string | undefined): { description?: string } =>
  description === undefined ? {} : { description };

/** A checkbox that writes nothing when unticked, as `draft:` is absent from a published article. */
export function omitEmpty(field: BasicFormField<boolean>): BasicFormField<boolean> {
  return { ...field, serialize: (value) => ({ value: value ? true : undefined }) };
}

/** A text field that writes nothing when left empty, for an optional text such as `priceRange`. */
export function optionalText(options: {
  label: string;
  description?: string | undefined;
}): ReturnType<typeof fields.text> {
  const field = fields.text({ label: options.label, ...describe(options.description) });
  return { ...field, serialize: (value) => ({ value: value === "" ? undefined : value }) };
}

/** A select with a "none" choice that leaves the field out of the file, for an optional id. */
export function optionalSelect(options: {
  label: string;
  none: string;
  options: readonly { value: string; label: string }[];
  description?: string;
}): BasicFormField<string> {
  const field = fields.select({
    label: options.label,
    options: [{ value: "", label: options.none }, ...options.options],
    defaultValue: "",
    ...describe(options.description),
  });
  return { ...field, serialize: (value) => ({ value: value === "" ? undefined : value }) };
}

// The schema with plain ids for references, as the unit tests build it: only its shape is read.
const articleSchema = createArticleSchema({
  person: z.string(),
  source: z.string(),
  redFlag: z.string(),
  image: z.string(),
});

/** Each topic's article fields, by name, with the schema's description of each. */
export const ARTICLE_FIELDS = Object.fromEntries(
  articleSchema.options.map((variant) => [
    variant.shape.category.value,
    Object.fromEntries(
      Object.entries(variant.shape as Record<string, z.ZodType>).map(([name, schema]) => [name, schema.description]),
    ),
  ]),
) as Record<Category, Record<string, string | undefined>>;

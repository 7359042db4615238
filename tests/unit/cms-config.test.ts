import { readFileSync } from "node:fs";

import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";

import cms, { bodyComponents } from "../../keystatic.config";
import { CATEGORIES, createArticleSchema } from "@/schemas/article";
import { ClinicSchema, WEEKDAYS } from "@/schemas/clinic";
import { PersonSchema } from "@/schemas/person";
import { URGENCY_TIERS } from "@/schemas/red-flag";

/**
 * Keystatic writes only the fields it knows: a field the zod schemas allow but the editing screen
 * lacks would vanish from a file the moment an editor saves it. These tests hold the two together.
 */

interface KeystaticField {
  kind: string;
  label?: string;
  fields?: Record<string, KeystaticField>;
  element?: KeystaticField;
  options?: readonly { value: string }[];
  schema?: Record<string, KeystaticField>;
}

const ArticleSchema = createArticleSchema({
  person: z.string(),
  source: z.string(),
  redFlag: z.string(),
  image: z.string(),
});

/** The schema inside optional/default wrappers and transforms (the file holds the transform's input). */
function unwrap(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
  if ((def.type === "optional" || def.type === "default") && def.innerType) return unwrap(def.innerType);
  if (def.type === "pipe" && def.in) return unwrap(def.in);
  return schema;
}

/**
 * Every field path the zod object allows that Keystatic's object lacks, and the reverse. Objects and
 * lists of objects are compared field by field; the body of an MDX file is not frontmatter.
 */
function mismatches(zod: z.ZodType, keystatic: Record<string, KeystaticField>, at = ""): string[] {
  const shape = (unwrap(zod) as z.ZodObject).shape as Record<string, z.ZodType>;
  const missing = Object.keys(shape)
    .filter((key) => !(key in keystatic))
    .map((key) => `${at}${key}: in the schema, not on the editing screen`);
  const extra = Object.keys(keystatic)
    .filter((key) => key !== "body" && !(key in shape))
    .map((key) => `${at}${key}: on the editing screen, not in the schema`);
  const nested = Object.entries(shape).flatMap(([key, field]) => {
    const inner = unwrap(field);
    const def = inner._zod.def as { type: string; element?: z.ZodType };
    const screen = keystatic[key];
    // fields.ignored(): not shown, and written back exactly as read.
    if (screen === undefined || screen.label === "Ignored") return [];
    if (def.type === "object") {
      return screen.kind === "object"
        ? mismatches(inner, screen.fields!, `${at}${key}.`)
        : [`${at}${key}: an object in the schema, not on the editing screen`];
    }
    if (def.type === "array" && def.element && unwrap(def.element)._zod.def.type === "object") {
      return screen.element?.kind === "object"
        ? mismatches(def.element, screen.element.fields!, `${at}${key}[].`)
        : [`${at}${key}: a list of objects in the schema, not on the editing screen`];
    }
    return [];
  });
  return [...missing, ...extra, ...nested];
}

const values = (field: KeystaticField | undefined) => field?.options?.map((option) => option.value);
const ids = (file: string) => (parseYaml(readFileSync(file, "utf8")) as { id: string }[]).map((entry) => entry.id);
const collections = cms.collections as unknown as Record<
  string,
  { path: string; schema: Record<string, KeystaticField> }
>;

describe("editing screen (keystatic.config.ts) and schemas agree", () => {
  for (const variant of ArticleSchema.options) {
    const category = variant.shape.category.value;
    const collection = Object.values(collections).find((entry) => entry.path === `content/articles/${category}/*`);

    it(`has every ${category} article field, and no other`, () => {
      expect(collection, `no collection for content/articles/${category}/`).toBeDefined();
      expect(mismatches(variant, collection!.schema)).toEqual([]);
      expect(values(collection!.schema["category"])).toEqual([category]);
    });
  }

  it("has a collection for every topic", () => {
    const paths = Object.values(collections).map((entry) => entry.path);
    for (const category of CATEGORIES) expect(paths).toContain(`content/articles/${category}/*`);
  });

  it("has every clinic field, at every depth, and no other", () => {
    const clinic = (cms.singletons as unknown as Record<string, { schema: Record<string, KeystaticField> }>)["clinic"];
    expect(mismatches(ClinicSchema, clinic!.schema)).toEqual([]);
    expect(Object.keys(clinic!.schema["hours"]?.fields ?? {})).toEqual([...WEEKDAYS]);
  });

  it("has every person field, and no other", () => {
    expect(mismatches(PersonSchema, collections["people"]!.schema)).toEqual([]);
  });

  it("offers exactly the sources, signs and tiers of the content files and constants", () => {
    const schema = collections["causes"]!.schema;
    const components = bodyComponents as unknown as Record<string, KeystaticField>;
    expect(values(components["Cite"]?.schema?.["id"])).toEqual(ids("content/sources.yaml"));
    expect(values(components["Sign"]?.schema?.["id"])).toEqual(ids("content/red-flags.yaml"));
    expect(values(components["TierAction"]?.schema?.["tier"])).toEqual([...URGENCY_TIERS]);
    expect(values(schema["sources"]?.element)).toEqual(ids("content/sources.yaml"));
    expect(values(schema["extraSigns"]?.element)).toEqual(ids("content/red-flags.yaml"));
  });
});

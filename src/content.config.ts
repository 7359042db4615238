import { defineCollection, reference } from "astro:content";
import { file, glob } from "astro/loaders";
import { parse as parseYaml } from "yaml";

import { createArticleSchema } from "@/schemas/article";
import { EvidenceTrailSchema } from "@/schemas/evidence";
import { PageSchema } from "@/schemas/page";
import { ClinicSchema } from "@/schemas/clinic";
import { PersonSchema } from "@/schemas/person";
import { RedFlagSchema } from "@/schemas/red-flag";
import { SourceSchema } from "@/schemas/source";

/** Editorial content lives outside src/ so that the clinic never has to open a code folder. */
const CONTENT_DIR = "./content";

/*
 * A leading underscore keeps a file out of the site (a work-in-progress copy). It is said with a
 * second, `!` pattern, never as `[!_]*`: the dev server's watcher matches a changed file with
 * picomatch, which reads `[!_]` as "`!` or `_`" (micromatch/picomatch#187), so it ignored every
 * edit to a published file until a restart, while the first load (tinyglobby) read it as meant.
 */

const articles = defineCollection({
  loader: glob({ pattern: ["*/*.mdx", "!*/_*.mdx"], base: `${CONTENT_DIR}/articles` }),
  schema: ({ image }) =>
    createArticleSchema({
      person: reference("people"),
      source: reference("sources"),
      redFlag: reference("redFlags"),
      image: image(),
    }),
});

const pages = defineCollection({
  loader: glob({ pattern: ["*.mdx", "!_*.mdx"], base: `${CONTENT_DIR}/pages` }),
  schema: PageSchema,
});

const people = defineCollection({
  loader: glob({ pattern: "*.yaml", base: `${CONTENT_DIR}/people` }),
  schema: PersonSchema,
});

const sources = defineCollection({
  loader: file(`${CONTENT_DIR}/sources.yaml`),
  schema: SourceSchema,
});

const redFlags = defineCollection({
  loader: file(`${CONTENT_DIR}/red-flags.yaml`),
  schema: RedFlagSchema,
});

// One file per source, named after its id: the facts the site takes from it and where they were read.
const evidence = defineCollection({
  loader: glob({ pattern: ["*.yaml", "!_*.yaml"], base: `${CONTENT_DIR}/evidence` }),
  schema: EvidenceTrailSchema,
});

const clinic = defineCollection({
  // The file holds one object; keyed by "clinic" it becomes the collection's single entry.
  loader: file(`${CONTENT_DIR}/clinic.yaml`, {
    parser: (text) => ({ clinic: parseYaml(text) as Record<string, unknown> }),
  }),
  schema: ClinicSchema,
});

export const collections = { articles, pages, people, sources, redFlags, evidence, clinic };

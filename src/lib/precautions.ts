/**
 * The "Check first" box: which notes of content/precautions.yaml an article shows, and the rules
 * that tie the notes to the rest of the content. Pure functions, so unit tests can feed them
 * fixtures without a build.
 */

import type { ContentProblem } from "./content-rules";

/** What the rules and the layout need from one note. */
export interface PrecautionFacts {
  id: string;
  sign?: string | undefined;
  appliesTo: readonly string[];
  sources: readonly string[];
}

/** The notes an article shows, in the order of content/precautions.yaml. */
export function precautionsFor<Note extends Pick<PrecautionFacts, "appliesTo">>(
  articleId: string,
  category: string,
  notes: readonly Note[],
): Note[] {
  return notes.filter((note) => note.appliesTo.includes(category) || note.appliesTo.includes(articleId));
}

/** What the notes may point at. */
export interface PrecautionTargets {
  topics: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  redFlags: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

/** Every problem with the notes' references; an empty list means the file may be published. */
export function checkPrecautions(
  file: string,
  notes: readonly PrecautionFacts[],
  known: PrecautionTargets,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  for (const note of notes) {
    const report = (field: string, message: string) => problems.push({ file, field: `${note.id}.${field}`, message });
    if (seen.has(note.id)) {
      report("id", `Two notes have the id "${note.id}". Give each note its own id.`);
    }
    seen.add(note.id);
    for (const place of note.appliesTo) {
      const exists = place.includes("/") ? known.articles.has(place) : known.topics.has(place);
      if (!exists) {
        report(
          "appliesTo",
          place.includes("/")
            ? `No article is called "${place}". Use topic/file-name of an article without .mdx, e.g. self-care/gentle-stretches.`
            : `No topic is called "${place}". Use one of: ${[...known.topics].join(", ")}.`,
        );
      }
    }
    if (note.sign !== undefined && !known.redFlags.has(note.sign)) {
      report("sign", `No warning sign has the id "${note.sign}". Use an id from content/red-flags.yaml.`);
    }
    for (const source of note.sources.filter((id) => !known.sources.has(id))) {
      report("sources", `No source has the id "${source}". Use an id from content/sources.yaml.`);
    }
  }
  return problems;
}

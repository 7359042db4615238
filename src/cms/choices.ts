/**
 * The choices the editing screen offers, read from the same content files the build checks against:
 * a source, sign or service added to its file is offered at once, and nothing else is.
 */
import { parse as parseYaml } from "yaml";

import clinicFile from "../../content/clinic.yaml?raw";
import redFlagsFile from "../../content/red-flags.yaml?raw";
import sourcesFile from "../../content/sources.yaml?raw";

export interface Choice {
  value: string;
  label: string;
}

interface Listed {
  id: string;
  title?: string;
  symptom?: string;
}

/** Every entry of a YAML list file, by id, labelled so an editor recognises it. */
function choices(file: string, label: (entry: Listed) => string | undefined): Choice[] {
  const entries = parseYaml(file) as Listed[];
  return entries.map((entry) => ({ value: entry.id, label: `${label(entry) ?? entry.id} (${entry.id})` }));
}

export const sourceChoices = choices(sourcesFile, (source) => source.title);
export const signChoices = choices(redFlagsFile, (sign) => sign.symptom);

/** The clinic's treatments, which a technique article may offer to book. */
export const clinicServices = ((parseYaml(clinicFile) as { services?: { id: string; name: string }[] }).services ??
  []) as readonly { id: string; name: string }[];

/** The drawings <Illustration name="…" /> can show: content/images/*.svg, without the extension. */
export const illustrationNames = Object.keys(import.meta.glob("../../content/images/*.svg")).map((path) =>
  path.replace(/^.*\//, "").replace(/\.svg$/, ""),
);

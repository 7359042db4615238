/**
 * `npm run lint:urgency`: lists every urgency word in the published articles' prose, with file and
 * line (see src/lib/urgency-lint.ts), and exits with 1 if there is any.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { findUrgencyWords, formatUrgencyWords } from "../../src/lib/urgency-lint.ts";

const ARTICLES_DIR = "content/articles";

const files = readdirSync(ARTICLES_DIR)
  .flatMap((topic) =>
    readdirSync(join(ARTICLES_DIR, topic))
      .filter((name) => name.endsWith(".mdx") && !name.startsWith("_"))
      .map((name) => join(ARTICLES_DIR, topic, name)),
  )
  .sort();

const words = files.flatMap((file) => findUrgencyWords(readFileSync(file, "utf8"), file));
console.log(formatUrgencyWords(words));
process.exitCode = words.length > 0 ? 1 : 0;

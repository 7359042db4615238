/**
 * Scale benchmark: `npm run bench:scale -- 1000`.
 *
 * Copies the project into a temporary folder, adds N generated articles that pass the real schemas
 * and editorial rules (spread over the four topics, about 1,200 words each, with citations and two
 * links to real articles), runs the full production build (share images from a cold cache, search
 * index, sitemap, RSS) and prints the build time, pages per second, peak memory of the build and
 * everything it starts, and the size of dist/, then one line with every figure (tests/bench/measure.ts).
 * LOWBACK_BENCH_NODE_ARGS passes options to the build's Node (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 * The temporary folder is removed at the end.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { copyProject, removeCopies } from "../build/project-copy.ts";
import { measureBuild, measureDist, summaryLine } from "./measure.ts";
import { paragraph } from "./text.ts";

const CATEGORIES = ["causes", "techniques", "self-care", "red-flags"] as const;
const SOURCES = [
  "furlan-2015-cochrane-massage",
  "nice-2016-ng59",
  "hayden-2021-cochrane-exercise",
  "qaseem-2017-acp-guideline",
];
/**
 * Two published articles of the real site, for the links every article needs (the editorial rules
 * ask for at least two links to other articles).
 */
function realArticleIds(dir: string): [string, string] {
  const ids = CATEGORIES.flatMap((category) =>
    readdirSync(join(dir, "content/articles", category))
      .filter((name) => name.endsWith(".mdx") && !name.startsWith("_"))
      .sort()
      .map((name) => `${category}/${name.slice(0, -".mdx".length)}`),
  );
  const [first, second] = ids;
  if (first === undefined || second === undefined) throw new Error("The site has fewer than two articles to link to.");
  return [first, second];
}

function article(index: number, links: readonly [string, string]): { path: string; text: string } {
  const category = CATEGORIES[index % CATEGORIES.length] ?? "causes";
  const sources = SOURCES.slice(0, 3);
  const extra =
    category === "techniques" ? "service: back-massage\n" : category === "red-flags" ? "urgency: emergency\n" : "";
  // Four digits: the urgency lint rightly reads a bare 112, 911 or 999 in prose as an emergency number.
  const number = String(index).padStart(4, "0");
  const frontmatter = [
    "---",
    `title: Benchmark article ${number} about lower back pain`,
    `description: A generated article number ${number} used to measure how the site builds when it has a large library.`,
    `category: ${category}`,
    "published: 2026-09-01",
    "lastReviewed: 2026-10-01",
    "nextReview: 2027-10-01",
    "author: jordan-ellis",
    "reviewer: amara-lindqvist",
    `tags: [bench-${index % 20}, self-care]`,
    "keyPoints:",
    "  - Most back pain gets better.",
    "  - Keep moving as best you can.",
    "  - See a doctor if warning signs appear.",
    "sources:",
    ...sources.map((id) => `  - ${id}`),
    extra.trimEnd(),
    "---",
  ]
    .filter((line) => line !== "")
    .join("\n");
  const sections = Array.from({ length: 8 }, (_, section) => {
    const cite = `<Cite id="${sources[section % sources.length] ?? ""}" />`;
    return `## Section ${section + 1} of the guide?\n\n${paragraph(index + section, 75)}${cite}\n\n${paragraph(index + section + 1, 70)}`;
  });
  const [first, second] = links;
  sections.push(`Read on: [the first guide](/${first}/) and [the second guide](/${second}/).`);
  return {
    path: join("content/articles", category, `bench-${index}.mdx`),
    text: `${frontmatter}\n\n${sections.join("\n\n")}\n`,
  };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1000);
  const dir = copyProject("lowback-scale-");
  try {
    const links = realArticleIds(dir);
    for (let index = 0; index < count; index++) {
      const { path, text } = article(index, links);
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const cache = join(dir, ".share-image-cache");
    const nodeArgs = (process.env["LOWBACK_BENCH_NODE_ARGS"] ?? "").split(" ").filter((arg) => arg !== "");
    const build = await measureBuild(dir, { LOWBACK_SHARE_IMAGE_CACHE: cache }, nodeArgs);
    const dist = measureDist(join(dir, "dist"));
    const rows: [string, string][] = [
      ["articles generated", String(count)],
      ["pages built (HTML)", String(dist.pages)],
      ["build time", `${build.seconds.toFixed(1)} s`],
      ["pages per second", (dist.pages / build.seconds).toFixed(0)],
      ["CPU time (build and children)", `${build.cpuSeconds.toFixed(1)} s`],
      ["peak memory, largest process", `${(build.largestPeak / 1024 ** 2).toFixed(0)} MiB`],
      ["peak memory, build and children", `${(build.treePeak / 1024 ** 2).toFixed(0)} MiB`],
      ["dist/ size", `${(dist.bytes / 1024 ** 2).toFixed(1)} MiB in ${dist.files} files`],
      ["rss.xml", `${((dist.rssBytes ?? 0) / 1024).toFixed(0)} KiB`],
      ["load average (1 min), before → after", `${build.loadBefore.toFixed(2)} → ${build.loadAfter.toFixed(2)}`],
    ];
    console.log(`\nScale benchmark (${count} generated articles plus the real ones)\n`);
    for (const [name, value] of rows) console.log(`${name.padEnd(38)} ${value}`);
    const timings = build.log
      .split("\n")
      .filter((line) => /Completed in|built in|Synced|✓ built|\[lowback:/.test(line));
    console.log(`\nWhere the time went (from the build log):\n${timings.join("\n")}`);
    console.log(`\n${summaryLine("lowback", count, build, dist)}`);
  } finally {
    if (process.env["LOWBACK_BENCH_KEEP"] === undefined) removeCopies();
    else console.log(`Kept ${dir} (LOWBACK_BENCH_KEEP is set).`);
  }
}

await main();

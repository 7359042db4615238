/**
 * Scale benchmark: `npm run bench:scale -- 1000`.
 *
 * Copies the project into a temporary folder, adds N generated articles that pass the real schemas
 * and editorial rules (spread over the four topics, about 1,200 words each, with citations and two
 * links to real articles), runs the full production build (share images from a cold cache, search
 * index, sitemap, RSS) and prints the build time, pages per second, peak memory of the build and
 * everything it starts, and the size of dist/.
 * The temporary folder is removed at the end.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { copyProject, removeCopies } from "../build/project-copy.ts";

const CATEGORIES = ["causes", "techniques", "self-care", "red-flags"] as const;
const SOURCES = [
  "furlan-2015-cochrane-massage",
  "nice-2016-ng59",
  "hayden-2021-cochrane-exercise",
  "qaseem-2017-acp-guideline",
];
const WORDS =
  "your back may feel stiff and sore after a long day but most pain settles with time gentle movement helps many people walking is a good start heat can ease pain for a short while keep doing your normal tasks as best you can".split(
    " ",
  );

/** A paragraph of plain words, deterministic for a given seed. */
function paragraph(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length] ?? "back");
  const sentences: string[] = [];
  for (let i = 0; i < out.length; i += 12) {
    const sentence = out.slice(i, i + 12).join(" ");
    sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
  }
  return sentences.join(" ");
}

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

/** Resident memory of a process and all its descendants, in bytes, from /proc. */
function treeRss(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop() ?? 0;
    try {
      const status = readFileSync(`/proc/${current}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, "utf8").trim();
        if (children !== "") stack.push(...children.split(" ").map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

function folderSize(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    if (entry.name.endsWith(".html")) pages += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { bytes, files, pages };
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
    const started = performance.now();
    const child = spawn(process.execPath, [join(dir, "node_modules/astro/bin/astro.mjs"), "build"], {
      cwd: dir,
      env: { ...process.env, LOWBACK_SHARE_IMAGE_CACHE: cache, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 50);
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    if (status !== 0) {
      console.error(log);
      throw new Error(`The build failed with exit code ${status}.`);
    }
    const dist = folderSize(join(dir, "dist"));
    const rows: [string, string][] = [
      ["articles generated", String(count)],
      ["pages built (HTML)", String(dist.pages)],
      ["build time", `${seconds.toFixed(1)} s`],
      ["pages per second", (dist.pages / seconds).toFixed(0)],
      ["peak memory (build and children)", `${(peak / 1024 ** 2).toFixed(0)} MiB`],
      ["dist/ size", `${(dist.bytes / 1024 ** 2).toFixed(1)} MiB in ${dist.files} files`],
    ];
    console.log(`\nScale benchmark (${count} generated articles plus the real ones)\n`);
    for (const [name, value] of rows) console.log(`${name.padEnd(34)} ${value}`);
    const timings = log.split("\n").filter((line) => /Completed in|built in|Synced|Indexed|✓ built/.test(line));
    console.log(`\nWhere the time went (from the build log):\n${timings.join("\n")}`);
  } finally {
    if (process.env["LOWBACK_BENCH_KEEP"] === undefined) removeCopies();
    else console.log(`Kept ${dir} (LOWBACK_BENCH_KEEP is set).`);
  }
}

await main();

import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";

/** What the benchmarks measure of one `astro build` and its output, the same for every site. */

/** The figures of one build. */
export interface BuildFigures {
  /** Wall time of the whole `astro build`, in seconds. */
  seconds: number;
  /** The highest resident memory any one process of the build reached (its VmHWM), in bytes. */
  largestPeak: number;
  /** The highest sum of resident memory of the build and every process it started at once, in bytes. */
  treePeak: number;
  /**
   * CPU time (user and system, every thread) of the build and the processes it started and waited
   * for, in seconds: less sensitive than the wall time to other work on the machine.
   */
  cpuSeconds: number;
  /** One-minute load average before and after the build: above the core count, the machine was busy. */
  loadBefore: number;
  loadAfter: number;
  /** Everything the build printed, uncoloured. */
  log: string;
}

/** The figures of a built dist/ folder. */
export interface DistFigures {
  bytes: number;
  files: number;
  pages: number;
  /** Size of dist/rss.xml in bytes, or undefined when the site has none. */
  rssBytes: number | undefined;
}

const TICKS_PER_SECOND = 100;

/** CPU time of a process, its threads and its children that have ended, in seconds, from /proc. */
function cpuTime(pid: number): number | undefined {
  try {
    // The fields after the command name (which may hold spaces) start at the process state.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ").at(-1)?.split(" ") ?? [];
    // utime, stime, cutime, cstime are fields 14 to 17; the state is field 3.
    return fields.slice(11, 15).reduce((sum, field) => sum + Number(field), 0) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** Resident memory of a process and its descendants now, and the highest any one of them reached. */
function sampleTree(pid: number): { rss: number; largest: number } {
  let rss = 0;
  let largest = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop() ?? 0;
    try {
      const status = readFileSync(`/proc/${current}/status`, "utf8");
      rss += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      largest = Math.max(largest, Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024);
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, "utf8").trim();
        if (children !== "") stack.push(...children.split(" ").map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return { rss, largest };
}

/**
 * The environment variables that the `build` script of `dir`'s package.json sets before it runs
 * `astro build` (e.g. `"MIMALLOC_PURGE_DELAY=0 astro build"`), so a benchmark builds as `npm run build` does.
 */
export function buildScriptEnv(dir: string): Record<string, string> {
  const packageFile = join(dir, "package.json");
  if (!existsSync(packageFile)) return {};
  const { scripts } = JSON.parse(readFileSync(packageFile, "utf8")) as { scripts?: { build?: string } };
  const env: Record<string, string> = {};
  for (const word of (scripts?.build ?? "").split(/\s+/)) {
    const assignment = /^([A-Z_][A-Z0-9_]*)=(\S*)$/.exec(word);
    if (assignment === null) break;
    env[assignment[1] ?? ""] = assignment[2] ?? "";
  }
  return env;
}

/**
 * Runs `astro build` in `dir` with the project's Node and the variables its build script sets, sampling the process tree's memory every
 * 50 ms. `nodeOptions` go before Astro's script (e.g. `--cpu-prof`). Throws with the log if the build fails.
 */
export async function measureBuild(
  dir: string,
  env: Record<string, string> = {},
  nodeOptions: readonly string[] = [],
): Promise<BuildFigures> {
  const loadBefore = loadavg()[0] ?? 0;
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeOptions, join(dir, "node_modules/astro/bin/astro.mjs"), "build"], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...buildScriptEnv(dir), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let treePeak = 0;
  let largestPeak = 0;
  let cpuSeconds = 0;
  const sample = () => {
    const { rss, largest } = sampleTree(child.pid ?? 0);
    treePeak = Math.max(treePeak, rss);
    largestPeak = Math.max(largestPeak, largest);
    cpuSeconds = cpuTime(child.pid ?? 0) ?? cpuSeconds;
  };
  const sampler = setInterval(sample, 50);
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  log = log.replace(/\u001b\[[0-9;]*m/g, "");
  if (status !== 0) {
    console.error(log);
    throw new Error(`The build failed with exit code ${status}.`);
  }
  return { seconds, largestPeak, treePeak, cpuSeconds, loadBefore, loadAfter: loadavg()[0] ?? 0, log };
}

/** Size, files, HTML pages and the site feed's size of a built folder. */
export function measureDist(dir: string): DistFigures {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    if (entry.name.endsWith(".html")) pages += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  const rss = join(dir, "rss.xml");
  return { bytes, files, pages, rssBytes: existsSync(rss) ? statSync(rss).size : undefined };
}

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;

/**
 * One line with every figure of a run, the same for each site, so runs can be compared and pasted
 * into a report: `bench <site> | n=… | wall=… | cpu=… | largest=… | tree=… | dist=… | files=… | pages=… |
 * rss.xml=… | load=…`.
 */
export function summaryLine(site: string, count: number, build: BuildFigures, dist: DistFigures): string {
  const rss = dist.rssBytes === undefined ? "none" : `${(dist.rssBytes / 1024).toFixed(0)} KiB`;
  return [
    `bench ${site}`,
    `n=${count}`,
    `wall=${build.seconds.toFixed(1)} s`,
    `cpu=${build.cpuSeconds.toFixed(1)} s`,
    `largest=${mib(build.largestPeak)}`,
    `tree=${mib(build.treePeak)}`,
    `dist=${(dist.bytes / 1024 ** 2).toFixed(1)} MiB`,
    `files=${dist.files}`,
    `pages=${dist.pages}`,
    `rss.xml=${rss}`,
    `load=${build.loadBefore.toFixed(2)}→${build.loadAfter.toFixed(2)}`,
    `at=${new Date().toISOString().slice(11, 19)}Z`,
  ].join(" | ");
}

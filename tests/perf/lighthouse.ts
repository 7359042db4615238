/**
 * `npm run lighthouse`: Lighthouse (mobile preset) three times on six kinds of page of the
 * production build, served by `astro preview`, in Debian's Chromium. Prints the median of each
 * category score and of LCP, TBT and CLS. Not part of `npm test`: it takes a few minutes.
 * `npm run lighthouse -- /some/path/ /other/` measures those pages instead.
 */
import { spawn } from "node:child_process";

import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";

import { chromiumPath } from "../e2e/chromium.ts";

const PORT = 4392;
const RUNS = 3;
const PAGES = [
  "/",
  "/self-care/",
  "/techniques/does-massage-help-lower-back-pain/",
  "/red-flags/emergency-symptoms/",
  "/red-flags/check/",
  "/search/",
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer.`);
}

async function main(): Promise<void> {
  const server = spawn(
    process.execPath,
    ["node_modules/astro/bin/astro.mjs", "preview", "--host", "127.0.0.1", "--port", String(PORT)],
    {
      stdio: "ignore",
    },
  );
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
    ],
  });
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    const rows: string[] = [];
    const paths = process.argv.length > 2 ? process.argv.slice(2) : PAGES;
    for (const path of paths) {
      const scores: Record<string, number[]> = { lcp: [], tbt: [], cls: [] };
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...CATEGORIES],
        });
        const lhr = result?.lhr;
        if (lhr === undefined) throw new Error(`Lighthouse gave no result for ${path}.`);
        for (const category of CATEGORIES)
          (scores[category] ??= []).push(Math.round((lhr.categories[category]?.score ?? 0) * 100));
        scores["lcp"]?.push(lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN);
        scores["tbt"]?.push(lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN);
        scores["cls"]?.push(lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN);
      }
      const m = (key: string) => median(scores[key] ?? []);
      rows.push(
        `${path.padEnd(48)} ${CATEGORIES.map((category) => String(m(category)).padStart(5)).join(" ")} ${(m("lcp") / 1000).toFixed(2).padStart(6)} s ${String(Math.round(m("tbt"))).padStart(5)} ms ${m("cls").toFixed(3).padStart(6)}`,
      );
    }
    console.log(`\nLighthouse, mobile preset, median of ${RUNS} runs\n`);
    console.log(`${"page".padEnd(48)}  perf  a11y    bp   seo      LCP      TBT     CLS`);
    console.log(rows.join("\n"));
  } finally {
    chrome.kill();
    server.kill();
  }
}

await main();

import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { expect, test } from "@playwright/test";
import { parse } from "node-html-parser";

import { DIST, builtHtmlFiles, pagePaths } from "./site";

/** Collects CSP violations and console errors from the moment the page starts. */
async function watch(page: import("@playwright/test").Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const list = ((window as unknown as { cspViolations?: string[] }).cspViolations ??= []);
      list.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  return async () => [
    ...problems,
    ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])),
  ];
}

for (const path of [...pagePaths(), "/404.html"]) {
  test(`${path} runs with no CSP violation and no console error`, async ({ page }) => {
    const problems = await watch(page);
    await page.goto(path, { waitUntil: "networkidle" });
    expect(await problems()).toEqual([]);
  });
}

test("searching and ticking the self-check run with no CSP violation or console error", async ({ page }) => {
  const problems = await watch(page);
  await page.goto("/search/");
  await page.getByRole("searchbox").fill("massage");
  await expect(page.locator("[data-search-results] li").first()).toBeVisible();
  await page.goto("/red-flags/check/");
  await page.locator("input[data-sign]").first().check();
  expect(await problems()).toEqual([]);
});

test("every page carries a hash-based policy with no 'unsafe-inline' and no inline event handlers", () => {
  for (const file of builtHtmlFiles()) {
    const root = parse(readFileSync(join(DIST, file), "utf8"));
    const policy = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "";
    expect(policy, file).toContain("script-src 'self'");
    expect(policy, file).toContain("object-src 'none'");
    expect(policy, file).not.toContain("unsafe-inline");
    // 'wasm-unsafe-eval' (search only) lets WebAssembly compile; plain 'unsafe-eval' is never allowed.
    expect(policy, file).not.toMatch(/\s'unsafe-eval'/);
    const handlers = root
      .querySelectorAll("*")
      .filter((element) => Object.keys(element.attributes).some((name) => name.startsWith("on")));
    expect(
      handlers.map((element) => element.tagName),
      file,
    ).toEqual([]);
  }
});

test("every page's policy allows exactly its own inline scripts and styles", () => {
  const hash = (content: string) => `'sha256-${createHash("sha256").update(content).digest("base64")}'`;
  for (const file of builtHtmlFiles()) {
    const root = parse(readFileSync(join(DIST, file), "utf8"));
    const policy = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "";
    const hashesIn = (directive: string) =>
      (new RegExp(`${directive} ([^;]*)`).exec(policy)?.[1] ?? "")
        .split(" ")
        .filter((source) => source.startsWith("'sha"));
    const scripts = root
      .querySelectorAll("script:not([src]):not([type='application/ld+json'])")
      .map((element) => hash(element.rawText));
    const styles = root.querySelectorAll("style").map((element) => hash(element.rawText));
    expect(hashesIn("script-src").toSorted(), `${file}: script hashes`).toEqual(scripts.toSorted());
    expect(hashesIn("style-src").toSorted(), `${file}: style hashes`).toEqual(styles.toSorted());
  }
});

test("every external link uses https and opens in the same tab", () => {
  const bad: string[] = [];
  for (const file of builtHtmlFiles()) {
    for (const link of parse(readFileSync(join(DIST, file), "utf8")).querySelectorAll("a[href]")) {
      const href = link.getAttribute("href") ?? "";
      if (/^[a-z]+:/i.test(href) && !/^(https:|mailto:|tel:)/.test(href)) bad.push(`${file}: ${href}`);
      if (link.getAttribute("target") !== undefined) bad.push(`${file}: target on ${href}`);
    }
  }
  expect(bad).toEqual([]);
});

/** public/_headers as a list of rules: a path pattern and its headers. */
function headerRules(): { pattern: string; headers: Map<string, string> }[] {
  const rules: { pattern: string; headers: Map<string, string> }[] = [];
  for (const line of readFileSync(join(DIST, "_headers"), "utf8").split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!line.startsWith(" ")) {
      rules.push({ pattern: line.trim(), headers: new Map() });
      continue;
    }
    const [name = "", ...value] = line.trim().split(":");
    rules.at(-1)?.headers.set(name.toLowerCase(), value.join(":").trim());
  }
  return rules;
}

test.describe("the _headers file", () => {
  const rules = headerRules();
  const all = rules.find((rule) => rule.pattern === "/*")?.headers ?? new Map<string, string>();

  test("sends the security headers on every path", () => {
    expect(all.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(Number(/max-age=(\d+)/.exec(all.get("strict-transport-security") ?? "")?.[1])).toBeGreaterThanOrEqual(
      31_536_000,
    );
    expect(all.get("x-content-type-options")).toBe("nosniff");
    expect(all.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(all.get("permissions-policy")).toContain(`${feature}=()`);
    }
  });

  test("never narrows what the pages' own policies allow", () => {
    // Two policies both apply: a script or style rule here would block the pages' hashed scripts.
    const policy = all.get("content-security-policy") ?? "";
    for (const directive of ["default-src", "script-src", "style-src", "img-src", "connect-src", "form-action"]) {
      expect(policy).not.toContain(directive);
    }
    // The pages use none of the features the Permissions-Policy turns off.
    for (const file of builtHtmlFiles()) {
      const html = readFileSync(join(DIST, file), "utf8");
      expect(html, file).not.toMatch(/getUserMedia|geolocation|PaymentRequest|navigator\.usb/);
    }
  });

  // Netlify and Cloudflare (Workers and Pages) read the same format; Cloudflare ignores a file beyond
  // its limits: at most 100 rules, lines of at most 2,000 characters, one splat per path.
  test("is a file both hosts apply", () => {
    const lines = readFileSync(join(DIST, "_headers"), "utf8").split("\n");
    expect(lines.filter((line) => line.length > 2000)).toEqual([]);
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const { pattern, headers } of rules) {
      expect(pattern, "a path rule starts with / (or https://)").toMatch(/^(\/|https:\/\/)/);
      expect((pattern.match(/\*/g) ?? []).length, pattern).toBeLessThanOrEqual(1);
      expect(headers.size, pattern).toBeGreaterThan(0);
    }
  });

  test("caches only content-hashed files for a long time", () => {
    for (const rule of rules.filter((entry) => /max-age=[1-9]/.test(entry.headers.get("cache-control") ?? ""))) {
      expect(rule.pattern).toBe("/_astro/*");
    }
    // Stylesheets are inlined, so _astro/ may hold nothing; whatever it holds must be hashed.
    const hashed = /\.[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
    const assets = existsSync(join(DIST, "_astro")) ? readdirSync(join(DIST, "_astro")) : [];
    expect(assets.filter((name) => !hashed.test(name))).toEqual([]);
  });
});

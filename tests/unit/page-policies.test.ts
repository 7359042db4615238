import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { narrowPolicy } from "../../src/integrations/page-policies";

const sha256 = (content: string) => `'sha256-${createHash("sha256").update(content).digest("base64")}'`;

describe("narrowing a page's content security policy", () => {
  const script = "console.log(1)";
  const style = "body{color:red}";
  const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha256(script)} ${sha256("other()")}; style-src 'self' ${sha256(style)} ${sha256("p{}")};`;

  it("keeps the hashes of the page's own inline scripts and styles, and every other source", () => {
    const html = `<style>${style}</style><script type="module">${script}</script>`;
    expect(narrowPolicy(policy, html)).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha256(script)}; style-src 'self' ${sha256(style)};`,
    );
  });

  it("drops every script hash from a page with no script that runs", () => {
    const html = `<style>${style}</style><script type="application/ld+json">${script}</script><script src="/a.js"></script>`;
    expect(narrowPolicy(policy, html)).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${sha256(style)};`,
    );
  });
});

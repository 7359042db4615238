import type { APIRoute } from "astro";

import { absoluteUrl } from "@/lib/urls";

export const GET: APIRoute = ({ site }) => {
  if (site === undefined) {
    throw new Error("Set `site` in astro.config.ts: robots.txt must give the sitemap's full address.");
  }
  const lines = ["User-agent: *", "Allow: /", "", `Sitemap: ${absoluteUrl("/sitemap-index.xml", site)}`, ""];
  return new Response(lines.join("\n"), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};

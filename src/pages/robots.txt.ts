import type { APIRoute } from "astro";

import { absoluteUrl, requireSite } from "@/lib/urls";

export const GET: APIRoute = (context) => {
  const site = requireSite(context.site);
  const lines = ["User-agent: *", "Allow: /", "", `Sitemap: ${absoluteUrl("/sitemap-index.xml", site)}`, ""];
  return new Response(lines.join("\n"), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};

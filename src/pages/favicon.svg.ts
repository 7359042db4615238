import type { APIRoute } from "astro";

import { loadBrand } from "@/lib/brand";

/** The favicon is the clinic's logo (content/brand/), as it is. */
export const GET: APIRoute = () => new Response(loadBrand().logoSvg, { headers: { "Content-Type": "image/svg+xml" } });

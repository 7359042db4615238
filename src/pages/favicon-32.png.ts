import type { APIRoute } from "astro";

import { loadBrand } from "@/lib/brand";
import { iconPng } from "@/lib/icons";

/** The favicon for browsers that take no SVG, drawn from the logo. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await iconPng(loadBrand().logoSvg, 32)), { headers: { "Content-Type": "image/png" } });

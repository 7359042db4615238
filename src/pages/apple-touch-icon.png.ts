import type { APIRoute } from "astro";

import { loadBrand } from "@/lib/brand";
import { iconPng } from "@/lib/icons";

/** The home-screen icon (and the logo in the structured data), drawn from the logo on the brand's tint. */
export const GET: APIRoute = async () => {
  const brand = loadBrand();
  return new Response(new Uint8Array(await iconPng(brand.logoSvg, 180, brand.palette.light.tint)), {
    headers: { "Content-Type": "image/png" },
  });
};

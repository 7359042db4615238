import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";

import { loadBrand } from "@/lib/brand";
import { FONTS } from "@/lib/brand-fonts";

/** The chosen font's files, copied from its npm package (none for the system font). */
export const getStaticPaths = (() =>
  FONTS[loadBrand().font].faces.map((face) => ({
    params: { file: face.file },
    props: { packageFile: face.packageFile },
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(props.packageFile))), {
    headers: { "Content-Type": "font/ttf" },
  });

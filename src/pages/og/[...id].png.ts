import { fileURLToPath } from "node:url";

import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { outDir } from "astro:config/server";

import { getArticles, getClinic } from "@/lib/articles";
import { loadBrand } from "@/lib/brand";
import { announceShareImageFiles, shareImageFilesRequested } from "@/lib/share-image-files";
import { shareImagePool } from "@/lib/share-image-pool";
import { topicOf } from "@/lib/topics";

/** A share image for every article, and one default image for every other page. */
export const getStaticPaths = (async () => {
  const [articles, clinic] = await Promise.all([getArticles(), getClinic()]);
  const brand = loadBrand();
  // What every card shows of the clinic: its name, logo and brand colour.
  const clinicLook = { siteName: clinic.name, brandColour: brand.palette.light.brand, logoSvg: brand.logoSvg };
  const paths = [
    {
      params: { id: "default" },
      props: {
        card: {
          title: "Lower back pain: clear answers you can trust",
          label: "Evidence-based guide",
          ...clinicLook,
        },
      },
    },
    ...articles.map((article) => ({
      params: { id: article.id },
      props: {
        card: { title: article.data.title, label: topicOf(article.data.category).label, ...clinicLook },
      },
    })),
  ];
  if (!shareImageFilesRequested()) {
    // Astro asks every route for its paths before it renders any page: start drawing now.
    shareImagePool.prepare(paths.map((path) => path.props.card));
    return paths;
  }
  // `astro build` renders no page for them: the workers write each card into dist/og/ while the
  // pages render, and src/integrations/share-images.ts waits for the last before the build ends. A
  // page per card made the build wait for every card before it rendered the first article.
  const files = paths.map(({ params, props }) => ({
    card: props.card,
    file: fileURLToPath(new URL(`og/${params.id}.png`, outDir)),
  }));
  announceShareImageFiles(shareImagePool.writeFiles(files));
  return [];
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(new Uint8Array(await shareImagePool.render(props.card)), { headers: { "Content-Type": "image/png" } });

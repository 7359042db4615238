import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";

import { getArticles, getClinic } from "@/lib/articles";
import { loadBrand } from "@/lib/brand";
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
  // Astro asks every route for its paths before it renders any page: start drawing now.
  shareImagePool.prepare(paths.map((path) => path.props.card));
  return paths;
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(new Uint8Array(await shareImagePool.render(props.card)), { headers: { "Content-Type": "image/png" } });

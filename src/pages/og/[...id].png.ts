import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";

import { getArticles, getClinic } from "@/lib/articles";
import { renderShareImage } from "@/lib/share-image";
import { topicOf } from "@/lib/topics";

/** A share image for every article, and one default image for every other page. */
export const getStaticPaths = (async () => {
  const [articles, clinic] = await Promise.all([getArticles(), getClinic()]);
  return [
    {
      params: { id: "default" },
      props: {
        card: {
          title: "Lower back pain: clear answers you can trust",
          label: "Evidence-based guide",
          siteName: clinic.name,
        },
      },
    },
    ...articles.map((article) => ({
      params: { id: article.id },
      props: {
        card: { title: article.data.title, label: topicOf(article.data.category).label, siteName: clinic.name },
      },
    })),
  ];
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(new Uint8Array(await renderShareImage(props.card)), { headers: { "Content-Type": "image/png" } });

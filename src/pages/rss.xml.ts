import { getContainerRenderer } from "@astrojs/mdx/container-renderer";
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { render } from "astro:content";
import { loadRenderers } from "astro:container";
import { experimental_AstroContainer as AstroContainer } from "astro/container";

import { mdxComponents } from "@/components/mdx";
import { articleFile, getArticles, getCitedSources, getClinic, getSignsById } from "@/lib/articles";
import { mdxContext } from "@/lib/mdx-context";
import { topicOf } from "@/lib/topics";
import { absoluteUrl, articleUrl, requireSite } from "@/lib/urls";

/**
 * Every published article, newest review first, with its full text. The MDX body is rendered with
 * the same components as the page; links and citation anchors are made absolute, since a feed
 * reader shows the text away from the site.
 */
export const GET: APIRoute = async (context) => {
  const site = requireSite(context.site);
  const renderers = await loadRenderers([getContainerRenderer()]);
  const [articles, clinic, signs, container] = await Promise.all([
    getArticles(),
    getClinic(),
    getSignsById(),
    AstroContainer.create({ renderers }),
  ]);
  const items = await Promise.all(
    articles.map(async (article) => {
      const link = absoluteUrl(articleUrl(article.id), site);
      const { Content } = await render(article);
      const sources = await getCitedSources(article);
      const { category } = article.data;
      const html = await container.renderToString(Content, {
        props: { components: mdxComponents },
        locals: {
          mdx: mdxContext(
            articleFile(article),
            sources.map((source) => source.id),
            clinic,
            signs,
          ),
        },
      });
      return {
        title: article.data.title,
        description: article.data.description,
        link,
        pubDate: article.data.lastReviewed,
        categories: [topicOf(category).label],
        content: html
          .replace(/(href|src)="#/g, `$1="${link}#`)
          .replace(/(href|src)="\//g, `$1="${absoluteUrl("/", site)}`),
      };
    }),
  );
  return rss({
    title: `${clinic.name}: lower back pain articles`,
    description: "New and newly reviewed articles on lower back pain, massage, self-care and warning signs.",
    site,
    items,
    customData: "<language>en-us</language>",
    trailingSlash: true,
  });
};

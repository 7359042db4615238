/**
 * The yardstick for the scale benchmark: `npm run bench:blog -- 1000`.
 *
 * Builds a site of the shape of Astro's own blog example (withastro/astro, examples/blog) with N
 * generated MDX posts of the same length and text as `npm run bench:scale`'s articles, and prints the
 * same figures in the same one-line form (tests/bench/measure.ts), so the two can be run in turns
 * and compared. The site is written here, not downloaded (the build machine may have no network):
 * the example's parts and features, in files of our own: `astro`, `@astrojs/mdx`,
 * `@astrojs/sitemap` and `@astrojs/rss`; a content collection of MDX posts (glob loader, a schema
 * with `image()` for the hero image); BaseHead (canonical, Open Graph and Twitter meta, the feed and
 * sitemap links, the font preloaded), Header with its links, Footer, FormattedDate, the BlogPost
 * layout with its hero image; a home page, an about page, the blog index listing every post with
 * its image, a page per post, and rss.xml of every post's title, description and date. Five
 * placeholder JPEGs (drawn with sharp) stand for the example's photos, Inter for its Atkinson font
 * (through Astro's Fonts API, as the example does).
 *
 * The copy uses this project's installed packages (symlinked), so Astro, Vite, the MDX integration
 * and sharp are exactly the versions lowback builds with. The temporary folder is removed at the end.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

import sharp from "sharp";

import { measureBuild, measureDist, summaryLine } from "./measure.ts";
import { paragraph } from "./text.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const OWN_CACHES: ReadonlySet<string> = new Set([".astro", ".vite"]);
const IMAGES = 5;

/** The site's own files, by path. */
const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "blog-example-bench", type: "module", private: true }),
  "astro.config.mjs": `import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig, fontProviders } from "astro/config";

export default defineConfig({
  site: "https://example.com",
  integrations: [mdx(), sitemap()],
  fonts: [
    {
      provider: fontProviders.local(),
      name: "Body",
      cssVariable: "--font-body",
      fallbacks: ["sans-serif"],
      options: {
        variants: [
          { src: ["./src/assets/fonts/regular.ttf"], weight: 400, style: "normal", display: "swap" },
          { src: ["./src/assets/fonts/bold.ttf"], weight: 700, style: "normal", display: "swap" },
        ],
      },
    },
  ],
});
`,
  "src/consts.ts": `export const SITE_TITLE = "Astro Blog";
export const SITE_DESCRIPTION = "Welcome to my website!";
`,
  "src/content.config.ts": `import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

const blog = defineCollection({
  loader: glob({ base: "./src/content/blog", pattern: "**/*.{md,mdx}" }),
  schema: ({ image }) =>
    z.object({
      title: z.string(),
      description: z.string(),
      pubDate: z.coerce.date(),
      updatedDate: z.coerce.date().optional(),
      heroImage: image().optional(),
    }),
});

export const collections = { blog };
`,
  "src/styles/global.css": `:root {
  --accent: #2337ff;
  --accent-dark: #000d8a;
  --black: 15, 18, 25;
  --gray: 96, 115, 159;
  --gray-light: 229, 233, 240;
  --gray-dark: 34, 41, 57;
  --gray-gradient: rgba(var(--gray-light), 50%), #fff;
  --box-shadow: 0 2px 6px rgba(var(--gray), 25%), 0 8px 24px rgba(var(--gray), 33%), 0 16px 32px rgba(var(--gray), 33%);
}
body {
  font-family: var(--font-body);
  margin: 0;
  padding: 0;
  text-align: left;
  background: linear-gradient(var(--gray-gradient)) no-repeat;
  background-size: 100% 600px;
  word-wrap: break-word;
  overflow-wrap: break-word;
  color: rgb(var(--gray-dark));
  font-size: 20px;
  line-height: 1.7;
}
main { width: 720px; max-width: calc(100% - 2em); margin: auto; padding: 3em 1em; }
h1, h2, h3, h4, h5, h6 { margin: 0 0 0.5rem 0; color: rgb(var(--black)); line-height: 1.2; }
h1 { font-size: 3.052em; }
h2 { font-size: 2.441em; }
h3 { font-size: 1.953em; }
h4 { font-size: 1.563em; }
h5 { font-size: 1.25em; }
strong, b { font-weight: 700; }
a { color: var(--accent); }
a:hover { color: var(--accent); }
p { margin-bottom: 1em; }
.prose p { margin-bottom: 2em; }
textarea { width: 100%; font-size: 16px; }
input { font-size: 16px; }
table { width: 100%; }
img { max-width: 100%; height: auto; border-radius: 8px; }
code { padding: 2px 5px; background-color: rgb(var(--gray-light)); border-radius: 2px; }
pre { padding: 1.5em; border-radius: 8px; }
pre > code { all: unset; }
blockquote { border-left: 4px solid var(--accent); padding: 0 0 0 20px; margin: 0px; font-size: 1.333em; }
hr { border: none; border-top: 1px solid rgb(var(--gray-light)); }
@media (max-width: 720px) {
  body { font-size: 18px; }
  main { padding: 1em; }
}
.sr-only {
  border: 0; padding: 0; margin: 0; position: absolute !important; height: 1px; width: 1px; overflow: hidden;
  clip: rect(1px 1px 1px 1px); clip: rect(1px, 1px, 1px, 1px); clip-path: inset(50%); white-space: nowrap;
}
`,
  "src/components/BaseHead.astro": `---
import "../styles/global.css";
import type { ImageMetadata } from "astro";
import { Font } from "astro:assets";
import FallbackImage from "../assets/blog-placeholder-1.jpg";
import { SITE_TITLE } from "../consts";

interface Props {
  title: string;
  description: string;
  image?: ImageMetadata;
}

const canonicalURL = new URL(Astro.url.pathname, Astro.site);
const { title, description, image = FallbackImage } = Astro.props;
---

<meta charset="utf-8" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<link rel="icon" type="image/svg+xml" href="/favicon.svg" />
<link rel="sitemap" href="/sitemap-index.xml" />
<link rel="alternate" type="application/rss+xml" title={SITE_TITLE} href={new URL("rss.xml", Astro.site)} />
<meta name="generator" content={Astro.generator} />
<Font cssVariable="--font-body" preload />
<link rel="canonical" href={canonicalURL} />
<title>{title}</title>
<meta name="title" content={title} />
<meta name="description" content={description} />
<meta property="og:type" content="website" />
<meta property="og:url" content={Astro.url} />
<meta property="og:title" content={title} />
<meta property="og:description" content={description} />
<meta property="og:image" content={new URL(image.src, Astro.url)} />
<meta property="twitter:card" content="summary_large_image" />
<meta property="twitter:url" content={Astro.url} />
<meta property="twitter:title" content={title} />
<meta property="twitter:description" content={description} />
<meta property="twitter:image" content={new URL(image.src, Astro.url)} />
`,
  "src/components/HeaderLink.astro": `---
import type { HTMLAttributes } from "astro/types";

type Props = HTMLAttributes<"a">;

const { href, class: className, ...props } = Astro.props;
const pathname = Astro.url.pathname.replace(import.meta.env.BASE_URL, "");
const subpath = pathname.match(/[^\\/]+/g);
const isActive = href === pathname || href === "/" + (subpath?.[0] || "");
---

<a href={href} class:list={[className, { active: isActive }]} {...props}>
  <slot />
</a>
<style>
  a { display: inline-block; text-decoration: none; }
  a.active { font-weight: bolder; text-decoration: underline; }
</style>
`,
  "src/components/Header.astro": `---
import { SITE_TITLE } from "../consts";
import HeaderLink from "./HeaderLink.astro";
---

<header>
  <nav>
    <h2><a href="/">{SITE_TITLE}</a></h2>
    <div class="internal-links">
      <HeaderLink href="/">Home</HeaderLink>
      <HeaderLink href="/blog">Blog</HeaderLink>
      <HeaderLink href="/about">About</HeaderLink>
    </div>
    <div class="social-links">
      <a href="https://m.webtoo.ls/@astro" target="_blank">
        <span class="sr-only">Follow Astro on Mastodon</span>
        <svg viewBox="0 0 16 16" aria-hidden="true" width="32" height="32"><path fill="currentColor" d="M11.19 12.195c2.016-.24 3.77-1.475 3.99-2.603.348-1.778.32-4.339.32-4.339 0-3.47-2.286-4.488-2.286-4.488C12.062.238 10.083.017 8.027 0h-.05C5.92.017 3.942.238 2.79.765c0 0-2.285 1.017-2.285 4.488l-.002.662c-.004.64-.007 1.35.011 2.091.083 3.394.626 6.74 3.78 7.57 1.454.383 2.703.463 3.709.408 1.823-.1 2.847-.647 2.847-.647l-.06-1.317s-1.303.41-2.767.36c-1.45-.05-2.98-.156-3.215-1.928a3.614 3.614 0 0 1-.033-.496s1.424.346 3.228.428c1.103.05 2.137-.064 3.188-.189zm1.613-2.47H11.13v-4.08c0-.859-.364-1.295-1.091-1.295-.804 0-1.207.517-1.207 1.541v2.233H7.168V5.89c0-1.024-.403-1.541-1.207-1.541-.727 0-1.091.436-1.091 1.296v4.079H3.197V5.522c0-.859.22-1.541.66-2.046.456-.505 1.052-.764 1.793-.764.856 0 1.504.328 1.933.983L8 4.39l.417-.695c.429-.655 1.077-.983 1.934-.983.74 0 1.336.259 1.791.764.442.505.661 1.187.661 2.046v4.203z"></path></svg>
      </a>
      <a href="https://github.com/withastro/astro" target="_blank">
        <span class="sr-only">Go to Astro's GitHub repo</span>
        <svg viewBox="0 0 16 16" aria-hidden="true" width="32" height="32"><path fill="currentColor" d="M8 0C3.58 0 0 3.58 0 8c0 3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38 0-.19-.01-.82-.01-1.49-2.01.37-2.53-.49-2.69-.94-.09-.23-.48-.94-.82-1.13-.28-.15-.68-.52-.01-.53.63-.01 1.08.58 1.23.82.72 1.21 1.87.87 2.33.66.07-.52.28-.87.51-1.07-1.78-.2-3.64-.89-3.64-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82.64-.18 1.32-.27 2-.27.68 0 1.36.09 2 .27 1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0 3.07-1.87 3.75-3.65 3.95.29.25.54.73.54 1.48 0 1.07-.01 1.93-.01 2.2 0 .21.15.46.55.38A8.012 8.012 0 0 0 16 8c0-4.42-3.58-8-8-8z"></path></svg>
      </a>
    </div>
  </nav>
</header>
<style>
  header { margin: 0; padding: 0 1em; background: white; box-shadow: 0 2px 8px rgba(var(--black), 5%); }
  h2 { margin: 0; font-size: 1em; }
  h2 a, h2 a.active { text-decoration: none; }
  nav { display: flex; align-items: center; justify-content: space-between; }
  nav a { padding: 1em 0.5em; color: var(--black); border-bottom: 4px solid transparent; text-decoration: none; }
  nav a.active { text-decoration: none; border-bottom-color: var(--accent); }
  .social-links, .social-links a { display: flex; }
  @media (max-width: 720px) { .social-links { display: none; } }
</style>
`,
  "src/components/Footer.astro": `---
const today = new Date();
---

<footer>
  &copy; {today.getFullYear()} Your name here. All rights reserved.
  <div class="social-links">
    <a href="https://m.webtoo.ls/@astro" target="_blank"><span class="sr-only">Follow Astro on Mastodon</span>Mastodon</a>
    <a href="https://github.com/withastro/astro" target="_blank"><span class="sr-only">Go to Astro's GitHub repo</span>GitHub</a>
  </div>
</footer>
<style>
  footer { padding: 2em 1em 6em 1em; background: linear-gradient(var(--gray-gradient)) no-repeat; color: rgb(var(--gray)); text-align: center; }
  .social-links { display: flex; justify-content: center; gap: 1em; margin-top: 1em; }
  .social-links a { text-decoration: none; color: rgb(var(--gray)); }
  .social-links a:hover { color: rgb(var(--gray-dark)); }
</style>
`,
  "src/components/FormattedDate.astro": `---
interface Props {
  date: Date;
}

const { date } = Astro.props;
---

<time datetime={date.toISOString()}>
  {date.toLocaleDateString("en-us", { year: "numeric", month: "short", day: "numeric" })}
</time>
`,
  "src/layouts/BlogPost.astro": `---
import type { CollectionEntry } from "astro:content";
import { Image } from "astro:assets";
import BaseHead from "../components/BaseHead.astro";
import Footer from "../components/Footer.astro";
import FormattedDate from "../components/FormattedDate.astro";
import Header from "../components/Header.astro";

type Props = CollectionEntry<"blog">["data"];

const { title, description, pubDate, updatedDate, heroImage } = Astro.props;
---

<html lang="en">
  <head>
    <BaseHead title={title} description={description} />
    <style>
      main { width: calc(100% - 2em); max-width: 100%; margin: 0; }
      .hero-image { width: 100%; }
      .hero-image img { display: block; margin: 0 auto; border-radius: 12px; box-shadow: var(--box-shadow); }
      .prose { width: 720px; max-width: calc(100% - 2em); margin: auto; padding: 1em; color: rgb(var(--gray-dark)); }
      .title { margin-bottom: 1em; padding: 1em 0; text-align: center; line-height: 1; }
      .title h1 { margin: 0 0 0.5em 0; }
      .date { margin-bottom: 0.5em; color: rgb(var(--gray)); }
      .last-updated-on { font-style: italic; }
    </style>
  </head>
  <body>
    <Header />
    <main>
      <article>
        <div class="hero-image">
          {heroImage && <Image width={1020} height={510} src={heroImage} alt="" />}
        </div>
        <div class="prose">
          <div class="title">
            <div class="date">
              <FormattedDate date={pubDate} />
              {
                updatedDate && (
                  <div class="last-updated-on">
                    Last updated on <FormattedDate date={updatedDate} />
                  </div>
                )
              }
            </div>
            <h1>{title}</h1>
            <hr />
          </div>
          <slot />
        </div>
      </article>
    </main>
    <Footer />
  </body>
</html>
`,
  "src/pages/index.astro": `---
import BaseHead from "../components/BaseHead.astro";
import Footer from "../components/Footer.astro";
import Header from "../components/Header.astro";
import { SITE_DESCRIPTION, SITE_TITLE } from "../consts";
---

<!doctype html>
<html lang="en">
  <head>
    <BaseHead title={SITE_TITLE} description={SITE_DESCRIPTION} />
  </head>
  <body>
    <Header />
    <main>
      <h1>Hello, Astronaut!</h1>
      <p>Welcome to the official Astro blog starter template. This template serves as a lightweight starting point.</p>
      <p>Here are a few ideas on how to get started with the template:</p>
      <ul>
        <li>Edit this page in <code>src/pages/index.astro</code></li>
        <li>Edit the site header items in <code>src/components/Header.astro</code></li>
        <li>Add your name to the footer in <code>src/components/Footer.astro</code></li>
        <li>Check out the included blog posts in <code>src/content/blog/</code></li>
        <li>Customize the blog post page layout in <code>src/layouts/BlogPost.astro</code></li>
      </ul>
    </main>
    <Footer />
  </body>
</html>
`,
  "src/pages/about.astro": `---
import AboutHeroImage from "../assets/blog-placeholder-about.jpg";
import Layout from "../layouts/BlogPost.astro";
---

<Layout title="About Me" description="Lorem ipsum dolor sit amet" pubDate={new Date("August 08 2021")} heroImage={AboutHeroImage}>
  <p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>
  <p>Vitae ultricies leo integer malesuada nunc vel risus commodo viverra. Adipiscing enim eu turpis egestas pretium.</p>
</Layout>
`,
  "src/pages/blog/index.astro": `---
import { Image } from "astro:assets";
import { getCollection } from "astro:content";
import BaseHead from "../../components/BaseHead.astro";
import Footer from "../../components/Footer.astro";
import FormattedDate from "../../components/FormattedDate.astro";
import Header from "../../components/Header.astro";
import { SITE_DESCRIPTION, SITE_TITLE } from "../../consts";

const posts = (await getCollection("blog")).sort((a, b) => b.data.pubDate.valueOf() - a.data.pubDate.valueOf());
---

<!doctype html>
<html lang="en">
  <head>
    <BaseHead title={SITE_TITLE} description={SITE_DESCRIPTION} />
    <style>
      main { width: 960px; }
      ul { display: flex; flex-wrap: wrap; gap: 2rem; list-style-type: none; margin: 0; padding: 0; }
      ul li { width: calc(50% - 1rem); }
      ul li * { text-decoration: none; transition: 0.2s ease; }
      ul li:first-child { width: 100%; margin-bottom: 1rem; text-align: center; }
      ul li:first-child img { width: 100%; }
      ul li:first-child .title { font-size: 2.369rem; }
      ul li img { margin-bottom: 0.5rem; border-radius: 12px; }
      ul li a { display: block; }
      .title { margin: 0; color: rgb(var(--black)); line-height: 1; }
      .date { margin: 0; color: rgb(var(--gray)); }
      ul li a:hover h4, ul li a:hover .date { color: rgb(var(--accent)); }
      ul a:hover img { box-shadow: var(--box-shadow); }
      @media (max-width: 720px) {
        ul { gap: 0.5em; }
        ul li { width: 100%; text-align: center; }
        ul li:first-child { margin-bottom: 0; }
        ul li:first-child .title { font-size: 1.563em; }
      }
    </style>
  </head>
  <body>
    <Header />
    <main>
      <section>
        <ul>
          {
            posts.map((post) => (
              <li>
                <a href={\`/blog/\${post.id}/\`}>
                  {post.data.heroImage && <Image width={720} height={360} src={post.data.heroImage} alt="" />}
                  <h4 class="title">{post.data.title}</h4>
                  <p class="date">
                    <FormattedDate date={post.data.pubDate} />
                  </p>
                </a>
              </li>
            ))
          }
        </ul>
      </section>
    </main>
    <Footer />
  </body>
</html>
`,
  "src/pages/blog/[...slug].astro": `---
import { type CollectionEntry, getCollection, render } from "astro:content";
import BlogPost from "../../layouts/BlogPost.astro";

export async function getStaticPaths() {
  const posts = await getCollection("blog");
  return posts.map((post) => ({ params: { slug: post.id }, props: post }));
}
type Props = CollectionEntry<"blog">;

const post = Astro.props;
const { Content } = await render(post);
---

<BlogPost {...post.data}>
  <Content />
</BlogPost>
`,
  "src/pages/rss.xml.js": `import rss from "@astrojs/rss";
import { getCollection } from "astro:content";
import { SITE_DESCRIPTION, SITE_TITLE } from "../consts";

export async function GET(context) {
  const posts = await getCollection("blog");
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: context.site,
    items: posts.map((post) => ({ ...post.data, link: \`/blog/\${post.id}/\` })),
  });
}
`,
  "public/favicon.svg": `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128"><path d="M50.4 78.5a75.1 75.1 0 0 0-28.5 6.9l24.2-65.7c.7-2 1.9-3.2 3.4-3.2h29c1.5 0 2.7 1.2 3.4 3.2l24.2 65.7s-11.6-7-28.5-7L67 45.5c-.4-1.7-1.6-2.8-2.9-2.8-1.3 0-2.5 1.1-2.9 2.7L50.4 78.5Z"/></svg>
`,
};

/** A post of the same length and text as a generated lowback article: eight sections of two paragraphs. */
function post(index: number): string {
  const number = String(index).padStart(4, "0");
  const day = String((index % 28) + 1).padStart(2, "0");
  const month = String((Math.floor(index / 28) % 12) + 1).padStart(2, "0");
  const sections = Array.from(
    { length: 8 },
    (_, section) =>
      `## Section ${section + 1} of the guide?\n\n${paragraph(index + section, 75)}\n\n${paragraph(index + section + 1, 70)}`,
  );
  return [
    "---",
    `title: "Benchmark post ${number} about lower back pain"`,
    `description: "A generated post number ${number} used to measure how the site builds when it has a large library."`,
    `pubDate: "2025-${month}-${day}"`,
    `heroImage: "../../assets/blog-placeholder-${(index % IMAGES) + 1}.jpg"`,
    "---",
    "",
    sections.join("\n\n"),
    "",
  ].join("\n");
}

/** A placeholder photo: a 960×480 JPEG of a soft two-colour gradient, different for each seed. */
async function placeholder(path: string, seed: number): Promise<void> {
  const hue = (seed * 67) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="480"><defs><linearGradient id="g"><stop offset="0" stop-color="hsl(${hue},60%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 90) % 360},60%,40%)"/></linearGradient></defs><rect width="960" height="480" fill="url(#g)"/><circle cx="${300 + seed * 60}" cy="240" r="140" fill="hsl(${(hue + 180) % 360},50%,60%)"/></svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toFile(path);
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1000);
  const dir = mkdtempSync(join(tmpdir(), "blog-example-"));
  try {
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    mkdirSync(join(dir, "src/assets/fonts"), { recursive: true });
    const inter = join(ROOT, "node_modules/@expo-google-fonts/inter");
    symlinkSync(join(inter, "400Regular/Inter_400Regular.ttf"), join(dir, "src/assets/fonts/regular.ttf"));
    symlinkSync(join(inter, "700Bold/Inter_700Bold.ttf"), join(dir, "src/assets/fonts/bold.ttf"));
    for (let image = 1; image <= IMAGES; image++) {
      await placeholder(join(dir, `src/assets/blog-placeholder-${image}.jpg`), image);
    }
    await placeholder(join(dir, "src/assets/blog-placeholder-about.jpg"), IMAGES + 1);
    mkdirSync(join(dir, "src/content/blog"), { recursive: true });
    for (let index = 0; index < count; index++) {
      writeFileSync(join(dir, "src/content/blog", `post-${index}.mdx`), post(index));
    }
    mkdirSync(join(dir, "node_modules"));
    for (const entry of readdirSync(join(ROOT, "node_modules"))) {
      if (!OWN_CACHES.has(entry)) symlinkSync(join(ROOT, "node_modules", entry), join(dir, "node_modules", entry));
    }
    const nodeArgs = (process.env["LOWBACK_BENCH_NODE_ARGS"] ?? "").split(" ").filter((arg) => arg !== "");
    const build = await measureBuild(dir, {}, nodeArgs);
    const dist = measureDist(join(dir, "dist"));
    console.log(
      build.log
        .split("\n")
        .filter((line) => /Completed in|built in|✓ built/.test(line))
        .join("\n"),
    );
    console.log(`\n${summaryLine("blog-example", count, build, dist)}`);
  } finally {
    if (process.env["LOWBACK_BENCH_KEEP"] === undefined) rmSync(dir, { recursive: true, force: true });
    else console.log(`Kept ${dir} (LOWBACK_BENCH_KEEP is set).`);
  }
}

await main();

import { readFileSync } from "node:fs";

import { getCollection, getEntry, type CollectionEntry } from "astro:content";
import { parse as parseYaml } from "yaml";

import type { Category } from "@/schemas/article";
import { CATEGORIES } from "@/schemas/categories";
import type { Clinic, Service } from "@/schemas/clinic";
import { PrecautionSchema, type Precaution } from "@/schemas/precaution";
import type { Person } from "@/schemas/person";
import { RedFlagListSchema, type RedFlag, type Urgency } from "@/schemas/red-flag";
import type { Source } from "@/schemas/source";

import {
  checkArticle,
  checkRedFlagSources,
  checkTopicOrder,
  checkUrgencyWords,
  citedSourceIds,
  contentError,
  formatProblems,
  schemaProblems,
  type ContentProblem,
  type KnownIds,
} from "./content-rules";
import { checkEditorialRules } from "./editorial-rules";
import { checkEvidenceTrails, trailFile } from "./evidence";
import { buildDate, describeLiveOffers, liveOffers, offerWarnings } from "./offers";
import { checkPrecautions, precautionsFor } from "./precautions";
import { neighbours, relatedArticles } from "./related";
import { describeOverdueReviews, isReviewOverdue } from "./reviews";
import { articleSigns, groupByTier } from "./signs";
import { byTopicOrder } from "./topics";

// Imported, not read from disk: Vite then knows the pages depend on these two files, and the dev
// server loads them afresh when one is saved (content() below keeps what it loaded until then).
import precautionsText from "../../content/precautions.yaml?raw";
import redFlagsText from "../../content/red-flags.yaml?raw";

/** The one module that queries content collections; pages ask it, components receive props. */

export type Article = CollectionEntry<"articles">;
export type PersonEntry = { id: string; data: Person };

interface SiteContent {
  articles: Article[];
  people: Map<string, Person>;
  sources: Map<string, Source>;
  redFlags: Map<string, RedFlag>;
  /** The notes of the "Check first" box, in the order of content/precautions.yaml. */
  precautions: Precaution[];
  /** The clinic, with only the offers that are live on the build date. */
  clinic: Clinic;
  /** The clinic's calendar day the site is built for (midnight UTC, like every content date). */
  today: Date;
}

let loading: Promise<SiteContent> | undefined;

const RED_FLAGS_FILE = "content/red-flags.yaml";

/**
 * content/red-flags.yaml read once more as a whole: the content layer keeps one entry per id, so
 * a second sign with the same id would silently replace the first, and it sorts entries by id,
 * while the file's order (most telling sign first within a tier) is the order readers see.
 */
function readRedFlagFile(): { problems: ContentProblem[]; order: string[] } {
  const result = RedFlagListSchema.safeParse(parseYaml(redFlagsText));
  return result.success
    ? { problems: [], order: result.data.map((sign) => sign.id) }
    : { problems: schemaProblems(RED_FLAGS_FILE, result.error.issues), order: [] };
}

const PRECAUTIONS_FILE = "content/precautions.yaml";

/** content/precautions.yaml, checked note by note; read whole so that its order is the page's. */
function readPrecautionFile(): { problems: ContentProblem[]; notes: Precaution[] } {
  const result = PrecautionSchema.array().safeParse(parseYaml(precautionsText));
  return result.success
    ? { problems: [], notes: result.data }
    : { problems: schemaProblems(PRECAUTIONS_FILE, result.error.issues), notes: [] };
}

/** The article's file, as error messages name it: content/articles/<topic>/<slug>.mdx. */
export function articleFile(article: Article): string {
  return article.filePath ?? `content/articles/${article.id}.mdx`;
}

/**
 * Every published article's breaches of the editorial rules. `astro build` fails on them; the dev
 * server only warns, so an editor can preview a new article while it is still being written.
 */
function editorialProblems(articles: readonly Article[], isDevServer: boolean): ContentProblem[] {
  const articleIds = new Set(articles.map((entry) => entry.id));
  const problems = articles
    .filter((entry) => !entry.data.draft)
    .flatMap((entry) =>
      checkEditorialRules({ file: articleFile(entry), id: entry.id, body: entry.body ?? "" }, articleIds),
    );
  if (!isDevServer) return problems;
  if (problems.length > 0) {
    console.warn(`[editorial] Not ready to publish yet; the build will stop on:\n${formatProblems(problems)}`);
  }
  return [];
}

/** Newest review first; ties broken by title so the order never depends on file-system order. */
function byLastReviewed(a: Article, b: Article): number {
  return b.data.lastReviewed.getTime() - a.data.lastReviewed.getTime() || a.data.title.localeCompare(b.data.title);
}

async function load(): Promise<SiteContent> {
  const [articles, people, sources, redFlags, trails, clinics] = await Promise.all([
    getCollection("articles"),
    getCollection("people"),
    getCollection("sources"),
    getCollection("redFlags"),
    getCollection("evidence"),
    getCollection("clinic"),
  ]);
  const redFlagFile = readRedFlagFile();
  redFlags.sort((a, b) => redFlagFile.order.indexOf(a.id) - redFlagFile.order.indexOf(b.id));
  const known: KnownIds = {
    people: new Set(people.map((entry) => entry.id)),
    sources: new Set(sources.map((entry) => entry.id)),
    redFlags: new Map(redFlags.map((entry) => [entry.id, entry.data])),
  };
  const precautionFile = readPrecautionFile();
  const services = new Set((clinics[0]?.data.services ?? []).map((service) => service.id));
  const problems = [
    ...articles.flatMap((entry) =>
      checkArticle(
        {
          file: articleFile(entry),
          category: entry.data.category,
          body: entry.body ?? "",
          author: entry.data.author.id,
          reviewer: entry.data.reviewer.id,
          sources: entry.data.sources.map((source) => source.id),
          extraSigns: entry.data.extraSigns.map((flag) => flag.id),
        },
        known,
      ),
    ),
    ...editorialProblems(articles, import.meta.env.DEV),
    ...checkTopicOrder(
      [...articles]
        .sort((a, b) => articleFile(a).localeCompare(articleFile(b)))
        .map((entry) => ({ file: articleFile(entry), ...entry.data })),
    ),
    // Read from disk so that each problem names its line in the file as the editor sees it.
    ...articles.flatMap((entry) => checkUrgencyWords(articleFile(entry), readFileSync(articleFile(entry), "utf8"))),
    ...checkRedFlagSources(
      RED_FLAGS_FILE,
      redFlags.map((entry) => entry.data),
      known,
    ),
    ...redFlagFile.problems,
    ...checkEvidenceTrails(
      sources.map((entry) => entry.id),
      trails.map((entry) => ({ file: entry.filePath ?? trailFile(entry.id), source: entry.data.source })),
    ),
    ...precautionFile.problems,
    ...checkPrecautions(PRECAUTIONS_FILE, precautionFile.notes, {
      topics: new Set(CATEGORIES),
      articles: new Set(articles.map((entry) => entry.id)),
      redFlags: new Set(redFlags.map((entry) => entry.id)),
      sources: known.sources,
    }),
    ...articles.flatMap((entry) => {
      const service = entry.data.category === "techniques" ? entry.data.service : undefined;
      return service === undefined || services.has(service)
        ? []
        : [
            {
              file: articleFile(entry),
              field: "service",
              message: `content/clinic.yaml lists no service "${service}". Use an id listed under services: there, or remove service: (the page then offers a free discovery call).`,
            },
          ];
    }),
  ];
  if (problems.length > 0) {
    throw contentError(problems);
  }
  const clinic = clinics[0];
  if (clinic === undefined) {
    throw new Error("content/clinic.yaml is missing or empty. Restore it: every page shows the clinic's details.");
  }
  const today = buildDate(clinic.data.timeZone);
  // The build log is where the clinic checks which offer went live: say it once per build.
  console.info(`[offers] ${describeLiveOffers(clinic.data.offers, today, clinic.data.timeZone)}`);
  for (const warning of offerWarnings(clinic.data.offers, today)) {
    console.warn(`[offers] ${warning}`);
  }
  const published = articles.filter((entry) => !entry.data.draft);
  // Overdue reviews never fail a build (the date alone must not stop the daily build); the log
  // says so once, and each overdue page says so to its reader.
  const overdue = describeOverdueReviews(
    published.map((entry) => ({ id: entry.id, nextReview: entry.data.nextReview })),
    today,
  );
  if (overdue !== undefined) console.warn(`[reviews] ${overdue}`);
  return {
    articles: published.sort(byLastReviewed),
    people: new Map(people.map((entry) => [entry.id, entry.data])),
    sources: new Map(sources.map((entry) => [entry.id, entry.data])),
    redFlags: new Map(redFlags.map((entry) => [entry.id, entry.data])),
    precautions: precautionFile.notes,
    // Expired and future offers are dropped here, so no page can show them by mistake.
    clinic: { ...clinic.data, offers: liveOffers(clinic.data.offers, today) },
    today,
  };
}

/**
 * Loads and cross-checks all content once per build; a broken rule fails the build here. On the dev
 * server, a saved content file makes Vite run this module afresh (collections through astro:content,
 * the two YAML files through their imports), so nothing here outlives a change.
 */
function content(): Promise<SiteContent> {
  loading ??= load();
  return loading;
}

function required<T>(map: Map<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) {
    throw new Error(`Unknown ${what} "${id}".`);
  }
  return value;
}

/** True when the article's review date has passed on the build date. */
export async function isOverdue(article: Article): Promise<boolean> {
  return isReviewOverdue(article.data.nextReview, (await content()).today);
}

/** Every published article, newest review first. */
export async function getArticles(): Promise<Article[]> {
  return (await content()).articles;
}

/**
 * The published articles of one topic in the order its page lists them: those with an `order`
 * first (the start-here article is 1), then the rest, newest review first.
 */
export async function getArticlesIn(category: Category): Promise<Article[]> {
  return (await getArticles())
    .filter((article) => article.data.category === category)
    .sort((a, b) => byTopicOrder(a.data, b.data));
}

/** A topic's start-here article: the first its page lists. */
export async function getStartHere(category: Category): Promise<Article> {
  const [first] = await getArticlesIn(category);
  if (first === undefined) {
    throw new Error(`The topic "${category}" has no published article. Add one to content/articles/${category}/.`);
  }
  return first;
}

/** The published articles a person wrote or reviewed. */
export async function getArticlesByPerson(personId: string): Promise<Article[]> {
  return (await getArticles()).filter(
    (article) => article.data.author.id === personId || article.data.reviewer.id === personId,
  );
}

/** Every person, sorted by name. */
export async function getPeople(): Promise<PersonEntry[]> {
  const people = [...(await content()).people].map(([id, data]) => ({ id, data }));
  return people.sort((a, b) => a.data.name.localeCompare(b.data.name));
}

export async function getPerson(id: string): Promise<PersonEntry> {
  return { id, data: required((await content()).people, id, "person") };
}

export async function getClinic(): Promise<Clinic> {
  return (await content()).clinic;
}

/** The clinic's calendar day the site is built for: compare offer and review dates with this. */
export async function getToday(): Promise<Date> {
  return (await content()).today;
}

/** An article's sources in the order the body first cites them: the numbering readers see. */
export async function getCitedSources(article: Article): Promise<{ id: string; data: Source }[]> {
  const { sources } = await content();
  return citedSourceIds(article.body ?? "").map((id) => ({ id, data: required(sources, id, "source") }));
}

/**
 * An article's warning signs, grouped by tier, most urgent first: every emergency sign, the signs
 * of its topic and its extraSigns (see src/lib/signs.ts).
 */
export async function getWarningSigns(article: Article): Promise<Map<Urgency, RedFlag[]>> {
  const { redFlags } = await content();
  const extra = article.data.extraSigns.map((flag) => flag.id);
  return groupByTier(articleSigns(article.data.category, extra, [...redFlags.values()]));
}

/** Every warning sign, grouped by tier, most urgent first. */
export async function getAllWarningSigns(): Promise<Map<Urgency, RedFlag[]>> {
  return groupByTier([...(await content()).redFlags.values()]);
}

/** A note of the "Check first" box, with its warning sign (if it is one) looked up. */
export type PrecautionNote = Omit<Precaution, "sign"> & { sign?: RedFlag | undefined };

/** The "Check first" notes an article shows: those of its topic and those that name it. */
export async function getPrecautions(article: Article): Promise<PrecautionNote[]> {
  const { precautions, redFlags } = await content();
  return precautionsFor(article.id, article.data.category, precautions).map((note) => ({
    ...note,
    sign: note.sign === undefined ? undefined : required(redFlags, note.sign, "warning sign"),
  }));
}

/** The clinic's service a technique article offers to book, if it names one. */
export async function getArticleService(article: Article): Promise<Service | undefined> {
  const { clinic } = await content();
  const id = article.data.category === "techniques" ? article.data.service : undefined;
  return clinic.services.find((service) => service.id === id);
}

/** Every warning sign by id, for the <Sign> component. */
export async function getSignsById(): Promise<ReadonlyMap<string, RedFlag>> {
  return (await content()).redFlags;
}

/** A standalone page from content/pages/, e.g. "editorial-policy". */
export async function getPage(id: string): Promise<CollectionEntry<"pages">> {
  const page = await getEntry("pages", id);
  if (page === undefined) {
    throw new Error(`content/pages/${id}.mdx is missing. Restore it: the site links to it from every page.`);
  }
  return page;
}

let relatedById: Promise<Map<string, Article[]>> | undefined;

/** Related articles for every article, worked out once per build rather than once per page. */
async function relatedMap(count: number): Promise<Map<string, Article[]>> {
  const articles = await getArticles();
  const candidates = articles.map((article) => {
    const { category, tags, lastReviewed, title } = article.data;
    return { id: article.id, category, tags, lastReviewed, title, article };
  });
  return new Map(
    candidates.map((candidate) => [
      candidate.id,
      relatedArticles(candidate, candidates, count).map((entry) => entry.article),
    ]),
  );
}

/** The three articles most related to this one, by shared tags and topic. */
export async function getRelatedArticles(article: Article): Promise<Article[]> {
  relatedById ??= relatedMap(3);
  return (await relatedById).get(article.id) ?? [];
}

/** The articles before and after this one in its topic, in the order the topic page lists them. */
export async function getTopicNeighbours(
  article: Article,
): Promise<{ previous: Article | undefined; next: Article | undefined }> {
  return neighbours(article.id, await getArticlesIn(article.data.category));
}

/** The date a set of articles last changed: the newest last-reviewed date among them. */
export function latestReview(articles: readonly Article[]): Date | undefined {
  return articles.reduce<Date | undefined>(
    (latest, article) =>
      latest === undefined || article.data.lastReviewed > latest ? article.data.lastReviewed : latest,
    undefined,
  );
}

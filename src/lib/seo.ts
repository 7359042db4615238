import type {
  Article,
  BreadcrumbList,
  CreativeWork,
  DayOfWeek,
  Graph,
  HealthAndBeautyBusinessLeaf,
  MedicalWebPage,
  Organization,
  Person as SchemaPerson,
  ProfilePage,
  Thing,
  WebSite,
} from "schema-dts";

import type { Clinic, Weekday } from "@/schemas/clinic";
import type { Person } from "@/schemas/person";
import type { Source } from "@/schemas/source";

import { isoDay } from "./dates";
import { languageTag } from "./locale";
import { absoluteUrl, doiUrl } from "./urls";

/** Typed builders for the page title and the JSON-LD graph every page carries. */

/** "Heat or ice? | Clinic name", or the site name alone for the home page. */
export function pageTitle(title: string, siteName: string): string {
  return title === siteName ? title : `${title} | ${siteName}`;
}

/** One step of a breadcrumb trail; the last step is the current page. */
export interface Crumb {
  name: string;
  /** The step's path on the site, e.g. "/self-care/". */
  path: string;
}

const SCHEMA_DAYS: Readonly<Record<Weekday, DayOfWeek>> = {
  monday: "https://schema.org/Monday",
  tuesday: "https://schema.org/Tuesday",
  wednesday: "https://schema.org/Wednesday",
  thursday: "https://schema.org/Thursday",
  friday: "https://schema.org/Friday",
  saturday: "https://schema.org/Saturday",
  sunday: "https://schema.org/Sunday",
};

/** Stable node ids, so that nodes can point at each other within a page and across pages. */
export const nodeId = {
  clinic: (siteUrl: string) => `${siteUrl}#clinic`,
  website: (siteUrl: string) => `${siteUrl}#website`,
  person: (profileUrl: string) => `${profileUrl}#person`,
  webPage: (pageUrl: string) => `${pageUrl}#webpage`,
  article: (pageUrl: string) => `${pageUrl}#article`,
  breadcrumb: (pageUrl: string) => `${pageUrl}#breadcrumb`,
};

/**
 * The clinic as a schema.org local business. HealthAndBeautyBusiness, not MedicalClinic: massage
 * therapists do not diagnose or treat disease, and the markup must not claim they do. Only live
 * offers appear (the clinic passed in has no others), and no ratings: a business's reviews of
 * itself are not eligible for review markup.
 */
export function clinicNode(clinic: Clinic, siteUrl: string): HealthAndBeautyBusinessLeaf {
  const { address } = clinic;
  return {
    "@type": "HealthAndBeautyBusiness",
    ...clinicIdentity(clinic, siteUrl),
    description: clinic.description,
    email: clinic.email,
    address: {
      "@type": "PostalAddress",
      streetAddress: address.street,
      addressLocality: address.city,
      ...(address.region === undefined ? {} : { addressRegion: address.region }),
      postalCode: address.postalCode,
      addressCountry: address.country,
    },
    ...(clinic.mapUrl === undefined ? {} : { hasMap: clinic.mapUrl }),
    // Recommended by Google, and only what the editor filled in: never guessed.
    ...(clinic.geo === undefined
      ? {}
      : { geo: { "@type": "GeoCoordinates", latitude: clinic.geo.latitude, longitude: clinic.geo.longitude } }),
    ...(clinic.image === undefined ? {} : { image: absoluteUrl(clinic.image, siteUrl) }),
    ...(clinic.priceRange === undefined ? {} : { priceRange: clinic.priceRange }),
    // One specification per opening period: a lunch break is two on the same day, a closed day none.
    openingHoursSpecification: clinic.hours.flatMap((hours) =>
      hours.periods.map((period) => ({
        "@type": "OpeningHoursSpecification" as const,
        dayOfWeek: SCHEMA_DAYS[hours.day],
        opens: period.opens,
        closes: period.closes,
      })),
    ),
    ...(clinic.offers.length === 0
      ? {}
      : {
          makesOffer: clinic.offers.map((offer) => ({
            "@type": "Offer",
            name: offer.headline,
            description: `For ${offer.audience}. ${offer.details} ${offer.terms}`,
            validFrom: isoDay(offer.validFrom),
            validThrough: isoDay(offer.validThrough),
            ...(offer.price === undefined || offer.priceCurrency === undefined
              ? {}
              : { price: offer.price, priceCurrency: offer.priceCurrency }),
            url: clinic.bookingUrl,
          })),
        }),
  };
}

/**
 * The clinic in short, for the pages that are not about it: what an article's publisher needs
 * (name, logo, address on the web) and its phone. The full node, with the address, opening hours
 * and offers, is on the home and visit pages; the shared @id tells a search engine that both
 * describe one business. Half a kilobyte less on every article page. A plain Organization here:
 * Google requires a local business's address wherever the business is described as one.
 */
export function clinicSummaryNode(clinic: Clinic, siteUrl: string): Organization {
  return { "@type": "Organization", ...clinicIdentity(clinic, siteUrl) };
}

/** What both clinic nodes say: the shared @id, the name, the site, the logo and the phone. */
function clinicIdentity(clinic: Clinic, siteUrl: string) {
  return {
    "@id": nodeId.clinic(siteUrl),
    name: clinic.name,
    url: siteUrl,
    logo: `${siteUrl}apple-touch-icon.png`,
    telephone: clinic.phone,
  };
}

/** The site itself, published by the clinic. */
export function websiteNode(siteUrl: string, name: string, language: string): WebSite {
  return {
    "@type": "WebSite",
    "@id": nodeId.website(siteUrl),
    url: siteUrl,
    name,
    inLanguage: language,
    publisher: { "@id": nodeId.clinic(siteUrl) },
  };
}

/** A breadcrumb trail, home first, with absolute URLs. */
export function breadcrumbNode(pageUrl: string, crumbs: readonly Crumb[], siteUrl: string): BreadcrumbList {
  return {
    "@type": "BreadcrumbList",
    "@id": nodeId.breadcrumb(pageUrl),
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path, siteUrl),
    })),
  };
}

/** A person as an author or reviewer, pointing at their profile page. */
export function personNode(person: Person, profileUrl: string): SchemaPerson {
  return {
    "@type": "Person",
    "@id": nodeId.person(profileUrl),
    name: person.name,
    url: profileUrl,
    jobTitle: person.role,
    honorificSuffix: person.credentials,
    hasCredential: { "@type": "EducationalOccupationalCredential", name: person.credentials },
  };
}

/**
 * A cited source: what it is called, when it came out and where to read it. Not its authors: they
 * are in the visible source list, and here they cost half a kilobyte on a page with many sources,
 * enough to push the page past what the first round trip of a slow connection carries.
 */
function citationNode(source: Source): CreativeWork {
  const url = source.doi === undefined ? source.url : doiUrl(source.doi);
  return {
    "@type": "CreativeWork",
    name: source.title,
    ...(source.year === "n.d." ? {} : { datePublished: String(source.year) }),
    ...(url === undefined ? {} : { url }),
  };
}

/** What the article nodes need to know. */
export interface ArticleFacts {
  pageUrl: string;
  siteUrl: string;
  title: string;
  description: string;
  imageUrl: string;
  published: Date;
  lastReviewed: Date;
  author: { person: Person; profileUrl: string };
  reviewer: { person: Person; profileUrl: string };
  sources: readonly Source[];
  topic: string;
  /** The clinic's language tag, e.g. "en-GB". */
  language: string;
}

/**
 * An article page: a MedicalWebPage (who reviewed it and when) whose main entity is the Article
 * (headline, dates, author, publisher and every source it cites).
 */
export function articleNodes(facts: ArticleFacts): [MedicalWebPage, Article] {
  const author = personNode(facts.author.person, facts.author.profileUrl);
  const reviewer = personNode(facts.reviewer.person, facts.reviewer.profileUrl);
  const webPage: MedicalWebPage = {
    "@type": "MedicalWebPage",
    "@id": nodeId.webPage(facts.pageUrl),
    url: facts.pageUrl,
    name: facts.title,
    description: facts.description,
    inLanguage: facts.language,
    isPartOf: { "@id": nodeId.website(facts.siteUrl) },
    breadcrumb: { "@id": nodeId.breadcrumb(facts.pageUrl) },
    lastReviewed: isoDay(facts.lastReviewed),
    reviewedBy: reviewer,
    mainEntity: { "@id": nodeId.article(facts.pageUrl) },
  };
  const article: Article = {
    "@type": "Article",
    "@id": nodeId.article(facts.pageUrl),
    headline: facts.title,
    description: facts.description,
    image: facts.imageUrl,
    datePublished: isoDay(facts.published),
    dateModified: isoDay(facts.lastReviewed),
    author,
    publisher: { "@id": nodeId.clinic(facts.siteUrl) },
    mainEntityOfPage: { "@id": nodeId.webPage(facts.pageUrl) },
    articleSection: facts.topic,
    inLanguage: facts.language,
    citation: facts.sources.map(citationNode),
  };
  return [webPage, article];
}

/**
 * A person's page: a ProfilePage whose main entity is the person. `modified` is the page's own
 * date (the newest review among the person's articles, which the page lists), when it has one.
 */
export function profilePageNode(
  person: Person,
  profileUrl: string,
  siteUrl: string,
  description: string,
  modified: Date | undefined,
): ProfilePage {
  return {
    "@type": "ProfilePage",
    "@id": nodeId.webPage(profileUrl),
    url: profileUrl,
    name: person.name,
    description,
    ...(modified === undefined ? {} : { dateModified: isoDay(modified) }),
    isPartOf: { "@id": nodeId.website(siteUrl) },
    breadcrumb: { "@id": nodeId.breadcrumb(profileUrl) },
    mainEntity: personNode(person, profileUrl),
  };
}

/**
 * One JSON-LD document for a page: the site and the clinic (in full on the pages about the clinic,
 * in short elsewhere), then the page's own nodes.
 */
export function pageGraph(siteUrl: string, clinic: Clinic, nodes: readonly Thing[], clinicInFull: boolean): Graph {
  const clinicNodeForPage = clinicInFull ? clinicNode(clinic, siteUrl) : clinicSummaryNode(clinic, siteUrl);
  return {
    "@context": "https://schema.org",
    "@graph": [websiteNode(siteUrl, clinic.name, languageTag(clinic.address.country)), clinicNodeForPage, ...nodes],
  };
}

import { describe, expect, it } from "vitest";

import { articleNodes, breadcrumbNode, clinicNode, pageGraph, pageTitle, personNode, profilePageNode } from "@/lib/seo";
import type { Clinic } from "@/schemas/clinic";
import type { Person } from "@/schemas/person";
import type { Source } from "@/schemas/source";

const SITE = "https://lowback.example.com/";

const clinic: Clinic = {
  name: "Riverside Clinic",
  description: "A massage clinic.",
  phone: "+15415550142",
  email: "hello@clinic.example.com",
  editorialEmail: "editorial@clinic.example.com",
  address: { street: "1 Example Ave", city: "Springfield", region: "OR", postalCode: "97477", country: "US" },
  hours: [
    { day: "monday", periods: [{ opens: "09:00", closes: "17:00" }] },
    {
      day: "tuesday",
      periods: [
        { opens: "09:00", closes: "12:30" },
        { opens: "13:30", closes: "18:00" },
      ],
    },
    { day: "wednesday", periods: [] },
  ],
  timeZone: "America/Los_Angeles",
  bookingUrl: "https://booking.example.com/",
  discoveryCallUrl: "https://booking.example.com/call",
  services: [],
  offers: [],
};

const person: Person = { name: "Dr. A B", credentials: "MD", role: "Clinical reviewer", bio: "Bio." };
const source: Source = {
  id: "furlan-2015",
  type: "systematic-review",
  authors: "Furlan AD",
  year: 2015,
  title: "Massage for low-back pain",
  publishedIn: "Cochrane",
  doi: "10.1002/14651858.CD001929.pub3",
};

describe("page titles", () => {
  it("append the site name, except on the home page", () => {
    expect(pageTitle("Heat or ice?", "Riverside Clinic")).toBe("Heat or ice? | Riverside Clinic");
    expect(pageTitle("Riverside Clinic", "Riverside Clinic")).toBe("Riverside Clinic");
  });
});

describe("JSON-LD builders", () => {
  it("number breadcrumb items from 1 with absolute URLs", () => {
    const trail = breadcrumbNode(
      `${SITE}self-care/`,
      [
        { name: "Home", path: "/" },
        { name: "Self-care", path: "/self-care/" },
      ],
      SITE,
    );
    expect(trail).toMatchObject({
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: SITE },
        { "@type": "ListItem", position: 2, name: "Self-care", item: `${SITE}self-care/` },
      ],
    });
  });

  it("describe the clinic as a health and beauty business with no offers or ratings when none are live", () => {
    const node = clinicNode(clinic, SITE);
    expect(node).toMatchObject({
      "@type": "HealthAndBeautyBusiness",
      "@id": `${SITE}#clinic`,
      telephone: "+15415550142",
    });
    expect(node).not.toHaveProperty("makesOffer");
    expect(node).not.toHaveProperty("aggregateRating");
  });

  it("list a live offer with its dates", () => {
    const offer = {
      id: "x",
      headline: "$20 off",
      details: "First visit.",
      terms: "New clients.",
      audience: "new clients",
      validFrom: new Date("2026-09-01T00:00:00Z"),
      validThrough: new Date("2027-03-31T00:00:00Z"),
    };
    expect(clinicNode({ ...clinic, offers: [offer] }, SITE)).toMatchObject({
      makesOffer: [{ "@type": "Offer", name: "$20 off", validFrom: "2026-09-01", validThrough: "2027-03-31" }],
    });
  });

  it("give a person their credentials and profile URL", () => {
    expect(personNode(person, `${SITE}people/a-b/`)).toMatchObject({
      "@type": "Person",
      name: "Dr. A B",
      url: `${SITE}people/a-b/`,
      honorificSuffix: "MD",
      hasCredential: { name: "MD" },
    });
  });

  it("describe an article as a reviewed medical page whose main entity is the cited article", () => {
    const pageUrl = `${SITE}techniques/swedish-massage/`;
    const [webPage, article] = articleNodes({
      pageUrl,
      siteUrl: SITE,
      title: "Swedish massage",
      description: "What it is.",
      imageUrl: `${SITE}og/techniques/swedish-massage.png`,
      published: new Date("2026-09-22T00:00:00Z"),
      lastReviewed: new Date("2026-10-06T00:00:00Z"),
      author: { person, profileUrl: `${SITE}people/a/` },
      reviewer: { person, profileUrl: `${SITE}people/b/` },
      sources: [source, { ...source, doi: undefined, url: "https://example.org/paper", year: "n.d." } as Source],
      topic: "Massage",
      language: "en-GB",
    });
    expect(webPage).toMatchObject({
      "@type": "MedicalWebPage",
      lastReviewed: "2026-10-06",
      reviewedBy: { "@type": "Person", url: `${SITE}people/b/` },
      mainEntity: { "@id": `${pageUrl}#article` },
    });
    expect(article).toMatchObject({
      "@type": "Article",
      headline: "Swedish massage",
      image: `${SITE}og/techniques/swedish-massage.png`,
      datePublished: "2026-09-22",
      dateModified: "2026-10-06",
      author: { "@type": "Person", name: "Dr. A B", url: `${SITE}people/a/` },
      publisher: { "@id": `${SITE}#clinic` },
      citation: [
        {
          "@type": "CreativeWork",
          name: "Massage for low-back pain",
          url: "https://doi.org/10.1002/14651858.CD001929.pub3",
          datePublished: "2015",
        },
        { "@type": "CreativeWork", url: "https://example.org/paper" },
      ],
    });
    // The authors are in the visible source list; the structured data names each work only.
    expect(article.citation).toEqual([expect.not.objectContaining({ author: expect.anything() }), expect.anything()]);
  });

  it("make a profile page whose main entity is the person", () => {
    expect(
      profilePageNode(person, `${SITE}people/a-b/`, SITE, "Dr. A B, MD: reviewer.", new Date("2026-11-05")),
    ).toMatchObject({
      "@type": "ProfilePage",
      description: "Dr. A B, MD: reviewer.",
      dateModified: "2026-11-05",
      mainEntity: { "@type": "Person", name: "Dr. A B" },
    });
  });

  it("put the site and the clinic first in every page's graph", () => {
    const graph = pageGraph(SITE, clinic, [], true);
    expect(graph["@context"]).toBe("https://schema.org");
    expect(graph["@graph"].map((node) => (node as { "@type": string })["@type"])).toEqual([
      "WebSite",
      "HealthAndBeautyBusiness",
    ]);
  });

  it("give the clinic's address and hours only where the page asks for them in full", () => {
    const [, full] = pageGraph(SITE, clinic, [], true)["@graph"];
    const [, summary] = pageGraph(SITE, clinic, [], false)["@graph"];
    expect(full).toHaveProperty("address");
    expect(full).toHaveProperty("openingHoursSpecification");
    // A lunch break is two periods on one day; a closed day has none.
    expect(full).toHaveProperty("openingHoursSpecification", [
      { "@type": "OpeningHoursSpecification", dayOfWeek: "https://schema.org/Monday", opens: "09:00", closes: "17:00" },
      {
        "@type": "OpeningHoursSpecification",
        dayOfWeek: "https://schema.org/Tuesday",
        opens: "09:00",
        closes: "12:30",
      },
      {
        "@type": "OpeningHoursSpecification",
        dayOfWeek: "https://schema.org/Tuesday",
        opens: "13:30",
        closes: "18:00",
      },
    ]);
    // A plain Organization: Google requires a local business's address wherever it is one.
    expect(summary).toEqual({
      "@type": "Organization",
      "@id": `${SITE}#clinic`,
      name: clinic.name,
      url: SITE,
      logo: `${SITE}apple-touch-icon.png`,
      telephone: clinic.phone,
    });
  });
});

describe("the clinic's optional search fields", () => {
  const offer = {
    id: "first-visit",
    headline: "$20 off",
    details: "Your first massage for $70.",
    terms: "New clients only.",
    audience: "new clients",
    validFrom: new Date("2026-09-01"),
    validThrough: new Date("2027-03-31"),
  };

  it("are left out when the editor has not filled them in", () => {
    const node = clinicNode({ ...clinic, offers: [offer] }, SITE) as unknown as Record<string, unknown>;
    for (const field of ["geo", "image", "priceRange"]) expect(node).not.toHaveProperty(field);
    expect((node["makesOffer"] as Record<string, unknown>[])[0]).not.toHaveProperty("price");
    expect((node["makesOffer"] as Record<string, unknown>[])[0]).not.toHaveProperty("priceCurrency");
  });

  it("are given exactly as filled in", () => {
    const node = clinicNode(
      {
        ...clinic,
        geo: { latitude: 51.5, longitude: -0.12 },
        image: "/clinic.jpg",
        priceRange: "£50–£80",
        offers: [{ ...offer, price: 50, priceCurrency: "GBP" }],
      },
      SITE,
    );
    expect(node).toMatchObject({
      geo: { "@type": "GeoCoordinates", latitude: 51.5, longitude: -0.12 },
      image: `${SITE}clinic.jpg`,
      priceRange: "£50–£80",
      makesOffer: [{ price: 50, priceCurrency: "GBP" }],
    });
  });
});

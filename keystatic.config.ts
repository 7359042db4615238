/**
 * The clinic's editing screen (`npm run cms`, then http://127.0.0.1:4321/keystatic): Keystatic in
 * local mode, on the same files the build reads. It only edits; the build stays the judge of every
 * rule. Every field the zod schemas allow is here (Keystatic drops a field it does not know when it
 * saves), its help text is the schema's own description, and the choices it offers (topics, tiers,
 * days, people, services, sources, warning signs) come from the same constants and files as the
 * schemas, so the screen and the build cannot drift apart (tests/unit/cms-config.test.ts).
 */
import { collection, config, fields, singleton } from "@keystatic/core";
import { block, inline } from "@keystatic/core/content-components";
import type { z } from "astro/zod";

import { ClinicSchema, OfferSchema, ServiceSchema, WEEKDAYS } from "./src/schemas/clinic";
import { PersonSchema } from "./src/schemas/person";
import { URGENCY_TIERS } from "./src/schemas/red-flag";
import { TITLE_MAX, type Category } from "./src/schemas/article";
import { clinicServices, illustrationNames, signChoices, sourceChoices } from "./src/cms/choices";
import { ARTICLE_FIELDS, describe, omitEmpty, optionalSelect, optionalText } from "./src/cms/fields";

const tierChoices = URGENCY_TIERS.map((tier) => ({ value: tier, label: tier }));

const TOPIC_LABELS: Readonly<Record<Category, string>> = {
  causes: "Causes",
  techniques: "Massage techniques",
  "self-care": "Self-care",
  "red-flags": "Red flags",
};

const sourceSelect = (label: string) =>
  fields.select({ label, options: sourceChoices, defaultValue: sourceChoices[0]!.value });
const signSelect = (label: string) =>
  fields.select({ label, options: signChoices, defaultValue: signChoices[0]!.value });
const tierSelect = (label: string, description?: string) =>
  fields.select({ label, options: tierChoices, defaultValue: URGENCY_TIERS[0], ...describe(description) });

/** The components an article body may use (src/components/mdx), with their attributes. */
export const bodyComponents = {
  Cite: inline({ label: "Citation", schema: { id: sourceSelect("Source") } }),
  Sign: inline({ label: "Warning sign", schema: { id: signSelect("Sign") } }),
  TierAction: inline({ label: "What to do for a tier", schema: { tier: tierSelect("Tier") } }),
  TierName: inline({ label: "Tier name", schema: { tier: tierSelect("Tier") } }),
  EmergencyNumber: inline({ label: "Emergency number", schema: {} }),
  Illustration: block({
    label: "Illustration",
    schema: {
      name: fields.select({
        label: "Drawing (content/images/)",
        options: illustrationNames.map((name) => ({ value: name, label: name })),
        defaultValue: illustrationNames[0]!,
      }),
      alt: fields.text({ label: "What it shows", multiline: true }),
    },
  }),
};

const people = (label: string, description: string | undefined) =>
  fields.relationship({ label, collection: "people", ...describe(description) });

const list = (label: string, itemLabel: string, description: string | undefined) =>
  fields.array(fields.text({ label: itemLabel, multiline: true }), {
    label,
    itemLabel: (item) => item.value,
    ...describe(description),
  });

/**
 * One collection per topic folder: the folder decides the topic, as in the build. Fields are in the
 * order the articles list them, so that saving an article moves no line.
 */
function articleCollection(category: Category) {
  const text = (field: string) => ARTICLE_FIELDS[category][field];
  return collection({
    label: `Articles: ${TOPIC_LABELS[category]}`,
    path: `content/articles/${category}/*`,
    slugField: "title",
    entryLayout: "content",
    format: { contentField: "body" },
    columns: ["title"],
    schema: {
      title: fields.slug({
        name: {
          label: "Title",
          ...describe(text("title")),
          validation: { isRequired: true, length: { max: TITLE_MAX } },
        },
        slug: { label: "File name (the page address)" },
      }),
      description: fields.text({ label: "Description", multiline: true, ...describe(text("description")) }),
      category: fields.select({
        label: "Topic",
        options: [{ value: category, label: TOPIC_LABELS[category] }],
        defaultValue: category,
        ...describe("The folder the article is in."),
      }),
      ...(category === "techniques"
        ? {
            service: optionalSelect({
              label: "Service to book",
              none: "None: offer the free discovery call",
              options: clinicServices.map((service) => ({ value: service.id, label: service.name })),
              ...describe(ARTICLE_FIELDS.techniques.service),
            }),
          }
        : {}),
      order: fields.integer({
        label: "Place in the topic's list (1 = start here; empty = by review date)",
        validation: { min: 1 },
        ...describe(text("order")),
      }),
      published: fields.date({ label: "Published", ...describe(text("published")) }),
      lastReviewed: fields.date({ label: "Last reviewed", ...describe(text("lastReviewed")) }),
      nextReview: fields.date({ label: "Next review", ...describe(text("nextReview")) }),
      author: people("Author", text("author")),
      reviewer: people("Clinical reviewer", text("reviewer")),
      tags: fields.array(fields.text({ label: "Tag" }), {
        label: "Tags",
        itemLabel: (item) => item.value,
        ...describe(text("tags")),
      }),
      keyPoints: list("Key points", "Key point", text("keyPoints")),
      sources: fields.array(sourceSelect("Source"), {
        label: "Sources",
        itemLabel: (item) => item.value,
        ...describe(text("sources")),
      }),
      extraSigns: fields.array(signSelect("Warning sign"), {
        label: "Extra warning signs",
        itemLabel: (item) => item.value,
        ...describe(text("extraSigns")),
      }),
      ...(category === "red-flags"
        ? { urgency: tierSelect("Most urgent tier on this page", ARTICLE_FIELDS["red-flags"].urgency) }
        : {}),
      // No article has a hero picture yet; one written by hand is kept as it is when the article is saved.
      hero: fields.ignored(),
      draft: omitEmpty(fields.checkbox({ label: "Draft (keep off the site)", ...describe(text("draft")) })),
      body: fields.mdx({ label: "Article", extension: "mdx", components: bodyComponents }),
    },
  });
}

const clinicText = (label: string, description: string | undefined, multiline = false) =>
  fields.text({ label, multiline, ...describe(description) });
const clinicUrl = (label: string, description: string | undefined) => fields.url({ label, ...describe(description) });
const clinic = ClinicSchema.shape;
const address = clinic.address.shape;
// The hours are written as one text per weekday; the schema turns them into periods.
const hours = (clinic.hours._zod.def.in as z.ZodObject<Record<(typeof WEEKDAYS)[number], z.ZodType>>).shape;
const offer = OfferSchema.shape;
const service = ServiceSchema.shape;
const person = PersonSchema.shape;

export default config({
  storage: { kind: "local" },
  ui: { brand: { name: "Clinic content" } },
  collections: {
    causes: articleCollection("causes"),
    techniques: articleCollection("techniques"),
    selfCare: articleCollection("self-care"),
    redFlags: articleCollection("red-flags"),
    people: collection({
      label: "People",
      path: "content/people/*",
      slugField: "name",
      format: { data: "yaml" },
      schema: {
        name: fields.slug({
          name: { label: "Full name", ...describe(person.name.description) },
          slug: { label: "Id (used in articles)" },
        }),
        credentials: clinicText("Credentials", person.credentials.description),
        role: clinicText("Role", person.role.description),
        bio: clinicText("Bio", person.bio.description, true),
        registration: fields.ignored(),
      },
    }),
  },
  singletons: {
    clinic: singleton({
      label: "Clinic",
      path: "content/clinic",
      format: { data: "yaml" },
      schema: {
        name: clinicText("Name", clinic.name.description),
        description: clinicText("Description", clinic.description.description, true),
        phone: clinicText("Phone (international form, e.g. +15415550142)", clinic.phone.description),
        email: clinicText("Email", clinic.email.description),
        editorialEmail: clinicText("Email for problem reports", clinic.editorialEmail.description),
        address: fields.object(
          {
            street: clinicText("Street", address.street.description),
            city: clinicText("City", address.city.description),
            region: optionalText({ label: "Region (none in the UK)", description: address.region.description }),
            postalCode: clinicText("Postal code", address.postalCode.description),
            country: clinicText("Country (two letters, e.g. US)", address.country.description),
          },
          { label: "Address", ...describe(clinic.address.description) },
        ),
        mapUrl: clinicUrl("Map link", clinic.mapUrl.description),
        // Latitude and longitude go together or not at all, which a screen object cannot leave out:
        // the pair is edited in content/clinic.yaml and kept exactly as written.
        geo: fields.ignored(),
        image: optionalText({
          label: "Photo of the clinic (a path, e.g. /clinic.jpg)",
          description: clinic.image.description,
        }),
        priceRange: optionalText({ label: "Price range", description: clinic.priceRange.description }),
        updated: fields.date({ label: "Clinic details last changed", ...describe(clinic.updated.description) }),
        timeZone: clinicText("Time zone (e.g. America/Los_Angeles)", clinic.timeZone.description),
        hours: fields.object(
          Object.fromEntries(
            WEEKDAYS.map((day) => [day, clinicText(day[0]!.toUpperCase() + day.slice(1), hours[day].description)]),
          ),
          { label: "Opening hours", ...describe(clinic.hours.description) },
        ),
        bookingUrl: clinicUrl("Booking link", clinic.bookingUrl.description),
        discoveryCallUrl: clinicUrl("Discovery call link", clinic.discoveryCallUrl.description),
        services: fields.array(
          fields.object({
            id: clinicText("Id", service.id.description),
            name: clinicText("Name", service.name.description),
            minutes: fields.integer({
              label: "Length of a session (minutes)",
              validation: { min: 1 },
              ...describe(service.minutes.description),
            }),
            price: fields.number({
              label: "Price of a session",
              step: 0.01,
              validation: { min: 0 },
              ...describe(service.price.description),
            }),
            priceCurrency: optionalText({
              label: "Currency (e.g. USD)",
              description: service.priceCurrency.description,
            }),
          }),
          { label: "Services", itemLabel: (item) => item.fields.name.value, ...describe(clinic.services.description) },
        ),
        newsletterAction: clinicUrl("Newsletter form address", clinic.newsletterAction.description),
        offers: fields.array(
          fields.object({
            id: clinicText("Id", offer.id.description),
            headline: clinicText("Headline", offer.headline.description),
            details: clinicText("Details", offer.details.description, true),
            terms: clinicText("Terms", offer.terms.description, true),
            audience: clinicText("For whom", offer.audience.description),
            validFrom: fields.date({ label: "First day shown", ...describe(offer.validFrom.description) }),
            validThrough: fields.date({ label: "Last day shown", ...describe(offer.validThrough.description) }),
            price: fields.number({
              label: "Price with the offer",
              step: 0.01,
              validation: { min: 0 },
              ...describe(offer.price.description),
            }),
            priceCurrency: optionalText({ label: "Currency (e.g. USD)", description: offer.priceCurrency.description }),
          }),
          { label: "Offers", itemLabel: (item) => item.fields.headline.value, ...describe(clinic.offers.description) },
        ),
      },
    }),
  },
});

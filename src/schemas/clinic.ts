import { z } from "astro/zod";
import { isPossiblePhoneNumber } from "libphonenumber-js";

import { httpsUrl, isoDate, slugId, text, strictObject } from "./fields";

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

export type Weekday = (typeof WEEKDAYS)[number];

const clockTime = (what: string) =>
  z.string({ error: `Write ${what} as a 24-hour time in quotes, e.g. "09:00".` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
    error: `Write ${what} as a 24-hour time in quotes, e.g. "09:00" or "17:30".`,
  });

const OpeningHoursSchema = strictObject({
  day: z
    .enum(WEEKDAYS, { error: `Set day to one of: ${WEEKDAYS.join(", ")} (lower case, in full).` })
    .describe("The weekday, in lower case."),
  opens: clockTime("opens"),
  closes: clockTime("closes"),
}).refine((hours) => hours.opens < hours.closes, {
  error: "Set closes to a time after opens.",
  path: ["closes"],
});

/** A time-limited offer. It shows only while the build date is between validFrom and validThrough. */
export const OfferSchema = strictObject({
  id: slugId("the offer id").describe("A stable id, e.g. first-visit-2026."),
  headline: text("a short headline, e.g. $20 off your first massage").describe("The offer in a few words."),
  details: text("the offer details").describe("What exactly the reader gets."),
  terms: text("the terms").describe("Who can use it, limits, and anything that is excluded."),
  audience: text("who the offer is for, e.g. new clients").describe("Who it is for."),
  validFrom: isoDate("validFrom").describe("First day the offer is shown."),
  validThrough: isoDate("validThrough").describe("Last day the offer is shown."),
}).refine((offer) => offer.validThrough >= offer.validFrom, {
  error: "Set validThrough to the same day as validFrom or later.",
  path: ["validThrough"],
});

export type Offer = z.infer<typeof OfferSchema>;

/**
 * A treatment the clinic offers. A technique article names one under `service:` to offer booking
 * of it; an article that names none offers the free discovery call instead.
 */
export const ServiceSchema = strictObject({
  id: slugId("the service id").describe("A stable id technique articles use under service:, e.g. swedish-massage."),
  name: text("the service's name as readers see it, e.g. Swedish massage").describe(
    "The treatment's name, used in the booking button.",
  ),
});

export type Service = z.infer<typeof ServiceSchema>;

/** The clinic, `content/clinic.yaml`: the one place its contact details and offers live. */
export const ClinicSchema = strictObject({
  name: text("the clinic's name").describe("The clinic's name as shown everywhere."),
  description: text("a one-sentence description of the clinic")
    .max(200, { error: "Shorten the description to 200 characters or fewer." })
    .describe("One sentence about the clinic."),
  phone: z
    .string({ error: 'Write the phone number in quotes in international form, e.g. "+15415550142".' })
    .regex(/^\+[1-9]\d{6,14}$/, {
      error:
        'Write the phone number in international (E.164) form: a + then the country code and number, no spaces, e.g. "+15415550142".',
    })
    .refine((phone) => isPossiblePhoneNumber(phone), {
      error:
        "This phone number has the wrong number of digits for its country code. Check it against the clinic's real number.",
    })
    .describe("Phone in E.164 form; the site shows it in local format."),
  email: z.email({ error: "Write a valid email address, e.g. hello@clinic.example.com." }).describe("Contact email."),
  editorialEmail: z
    .email({ error: "Write a valid email address for editorial reports, e.g. editorial@clinic.example.com." })
    .describe('Where "Report a problem with this page" on every article sends its email.'),
  address: strictObject({
    street: text("the street address").describe("Street and number, with suite if any."),
    city: text("the city").describe("City or town."),
    region: text("the state or region").describe("State, county or region."),
    postalCode: text("the postal code, in quotes").describe("ZIP or postal code, in quotes."),
    country: z
      .string({ error: 'Add the country as a two-letter ISO code, e.g. "US" or "GB".' })
      .regex(/^[A-Z]{2}$/, { error: 'Write the country as a two-letter ISO code in capitals, e.g. "US" or "GB".' })
      .describe("ISO 3166-1 alpha-2 country code; it also picks the emergency number."),
  }).describe("Where the clinic is."),
  mapUrl: httpsUrl("mapUrl").optional().describe("A link to the clinic on a map."),
  hours: z
    .array(OpeningHoursSchema, { error: "List the opening hours, one weekday per item." })
    .min(1, { error: "Add opening hours for at least one weekday." })
    .refine((hours) => new Set(hours.map((entry) => entry.day)).size === hours.length, {
      error: "List each weekday only once under hours.",
    })
    .describe("Opening hours; days not listed are closed."),
  bookingUrl: httpsUrl("bookingUrl").describe("Where readers book an appointment."),
  discoveryCallUrl: httpsUrl("discoveryCallUrl").describe("Where readers book a free discovery call."),
  services: z
    .array(ServiceSchema, { error: "List the treatments you offer under services:, one per item with id and name." })
    .default([])
    .refine((services) => new Set(services.map((service) => service.id)).size === services.length, {
      error: "Give every service a different id.",
    })
    .describe("The treatments the clinic offers; a technique article offers booking only for one of these."),
  newsletterAction: httpsUrl("newsletterAction")
    .optional()
    .describe("The newsletter provider's form address; no form without it."),
  offers: z
    .array(OfferSchema, { error: "List offers as items under offers:, or leave offers: [] for none." })
    .default([])
    .describe("Offers with start and end dates."),
}).refine((clinic) => new Set(clinic.offers.map((offer) => offer.id)).size === clinic.offers.length, {
  error: "Give every offer a different id.",
  path: ["offers"],
});

export type Clinic = z.infer<typeof ClinicSchema>;

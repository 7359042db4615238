import { z } from "astro/zod";
import { isPossiblePhoneNumber } from "libphonenumber-js";

import { httpsUrl, isoDate, slugId, text, strictObject } from "./fields";

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

export type Weekday = (typeof WEEKDAYS)[number];

/** One stretch of opening time on a day, in 24-hour "HH:MM" form. */
export interface OpeningPeriod {
  opens: string;
  closes: string;
}

/** A weekday's opening hours: no periods when closed, two or more when the clinic closes for lunch. */
export interface DayHours {
  day: Weekday;
  periods: OpeningPeriod[];
}

/** The word for a day the clinic is closed. */
export const CLOSED = "closed";

const PERIOD = /^([01]\d|2[0-3]):([0-5]\d)\s*[-–]\s*([01]\d|2[0-3]):([0-5]\d)$/;
const HOURS_EXAMPLE = `"09:00-18:00", "09:00-12:30, 13:30-18:00" (closed for lunch) or ${CLOSED}`;

/**
 * A weekday's hours as the clinic writes them: "closed", or one or more "HH:MM-HH:MM" periods in
 * order, separated by commas, e.g. "09:00-12:30, 13:30-18:00" for a lunch break.
 */
const dayHours = (day: Weekday) =>
  z
    .string({ error: `Add ${day}'s hours: ${HOURS_EXAMPLE}.` })
    .trim()
    .transform((value, context): OpeningPeriod[] => {
      if (value.toLowerCase() === CLOSED) return [];
      const periods: OpeningPeriod[] = [];
      for (const part of value.split(",")) {
        const match = PERIOD.exec(part.trim());
        if (match === null) {
          context.addIssue({
            code: "custom",
            message: `Write ${day}'s hours as 24-hour times from-to in quotes, e.g. ${HOURS_EXAMPLE}; "${part.trim()}" is not one.`,
          });
          return z.NEVER;
        }
        const [, openHour, openMinute, closeHour, closeMinute] = match;
        periods.push({ opens: `${openHour}:${openMinute}`, closes: `${closeHour}:${closeMinute}` });
      }
      for (const [index, period] of periods.entries()) {
        const previous = periods[index - 1];
        if (period.opens >= period.closes) {
          context.addIssue({
            code: "custom",
            message: `On ${day}, ${period.opens}-${period.closes} closes before it opens: put the later time second.`,
          });
        } else if (previous !== undefined && period.opens <= previous.closes) {
          context.addIssue({
            code: "custom",
            message: `On ${day}, ${period.opens}-${period.closes} starts before ${previous.opens}-${previous.closes} ends: list the periods in order, with a break between them.`,
          });
        }
      }
      return periods;
    })
    .describe(`${day}: ${HOURS_EXAMPLE}.`);

const HoursSchema = strictObject(
  Object.fromEntries(WEEKDAYS.map((day) => [day, dayHours(day)])) as Record<Weekday, ReturnType<typeof dayHours>>,
)
  .transform((hours): DayHours[] => WEEKDAYS.map((day) => ({ day, periods: hours[day] })))
  .describe('Opening hours for every day of the week, e.g. monday: "09:00-18:00" and sunday: closed.');

/**
 * True for a time zone name from the IANA database, e.g. "America/New_York", that this Node knows.
 * Abbreviations ("EST") and fixed offsets ("+01:00") are refused: they do not follow summer time.
 */
export function isIanaTimeZone(name: string): boolean {
  if (name !== "UTC" && !/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** A price as the clinic writes it: a number without the currency sign, and its currency's code. */
const price = z
  .number({ error: "Write price as a number without the currency sign, e.g. 70 or 69.50." })
  .nonnegative({ error: "Write price as 0 or more." });
const priceCurrency = z
  .string({ error: 'Write priceCurrency as a three-letter currency code in capitals, e.g. "USD".' })
  .regex(/^[A-Z]{3}$/, { error: 'Write priceCurrency as a three-letter currency code in capitals, e.g. "USD".' })
  .describe("The ISO 4217 code of price's currency, e.g. USD or GBP.");
const PRICE_PAIR = {
  check: (item: { price?: number | undefined; priceCurrency?: string | undefined }) =>
    (item.price === undefined) === (item.priceCurrency === undefined),
  params: { error: "Give price and priceCurrency together, or neither.", path: ["priceCurrency"] },
};

/** A time-limited offer. It shows only while the build date is between validFrom and validThrough. */
export const OfferSchema = strictObject({
  price: price.optional().describe("What the reader pays with the offer, as a number; give priceCurrency with it."),
  priceCurrency: priceCurrency.optional(),
  id: slugId("the offer id").describe("A stable id, e.g. first-visit-2026."),
  headline: text("a short headline, e.g. $20 off your first massage").describe("The offer in a few words."),
  details: text("the offer details").describe("What exactly the reader gets."),
  terms: text("the terms").describe("Who can use it, limits, and anything that is excluded."),
  audience: text("who the offer is for, e.g. new clients").describe("Who it is for."),
  validFrom: isoDate("validFrom").describe("First day the offer is shown, in the clinic's time zone."),
  validThrough: isoDate("validThrough").describe("Last day the offer is shown, in the clinic's time zone."),
})
  .refine((offer) => offer.validThrough >= offer.validFrom, {
    error: "Set validThrough to the same day as validFrom or later.",
    path: ["validThrough"],
  })
  .refine(PRICE_PAIR.check, PRICE_PAIR.params);

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
  minutes: z
    .number({ error: "Write minutes as a whole number of minutes, e.g. 60." })
    .int({ error: "Write minutes as a whole number of minutes, e.g. 60." })
    .positive({ error: "Write minutes as 1 or more, e.g. 60." })
    .optional()
    .describe("How long a session lasts, in minutes; shown in the visit page's price list."),
  price: price.optional().describe("What a session costs, as a number; give priceCurrency with it."),
  priceCurrency: priceCurrency.optional(),
}).refine(PRICE_PAIR.check, PRICE_PAIR.params);

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
    region: text("the state or region")
      .optional()
      .describe("State, province, county or region, where addresses in the country use one (not in the UK)."),
    postalCode: text("the postal code, in quotes").describe("ZIP or postal code, in quotes."),
    country: z
      .string({ error: 'Add the country as a two-letter ISO code, e.g. "US" or "GB".' })
      .regex(/^[A-Z]{2}$/, { error: 'Write the country as a two-letter ISO code in capitals, e.g. "US" or "GB".' })
      .describe("ISO 3166-1 alpha-2 country code; it also picks the emergency number."),
  }).describe("Where the clinic is."),
  mapUrl: httpsUrl("mapUrl").optional().describe("A link to the clinic on a map."),
  geo: strictObject({
    latitude: z
      .number({ error: "Write latitude as a number of degrees, e.g. 44.0462." })
      .min(-90, { error: "Write latitude between -90 and 90." })
      .max(90, { error: "Write latitude between -90 and 90." }),
    longitude: z
      .number({ error: "Write longitude as a number of degrees, e.g. -123.0220." })
      .min(-180, { error: "Write longitude between -180 and 180." })
      .max(180, { error: "Write longitude between -180 and 180." }),
  })
    .optional()
    .describe("Where the clinic's door is on a map, for search engines; copy it from a map service."),
  image: z
    .string({ error: "Write image as the path of a photo of the clinic on this site, e.g. /clinic.jpg." })
    .regex(/^\/[^\s]*$/, { error: "Write image as the path of a photo of the clinic on this site, e.g. /clinic.jpg." })
    .optional()
    .describe("A photo of the clinic, as a path on this site (a file in public/), for search engines."),
  priceRange: text("the price range, e.g. $70–$120")
    .max(100, { error: "Shorten priceRange to 100 characters or fewer." })
    .optional()
    .describe("What a visit costs, e.g. $70–$120 per session."),
  updated: isoDate("updated")
    .optional()
    .describe("The date the clinic's details last changed; the visit page's date in the sitemap."),
  hours: HoursSchema,
  timeZone: z
    .string({ error: 'Add the clinic\'s time zone as an IANA name, e.g. "America/Los_Angeles" or "Europe/London".' })
    .refine(isIanaTimeZone, {
      error:
        'Write the time zone as an IANA name such as "America/Los_Angeles", "Europe/London" or "Australia/Sydney" (the list: https://en.wikipedia.org/wiki/List_of_tz_database_time_zones); abbreviations such as "PST" do not follow summer time.',
    })
    .describe("The clinic's IANA time zone: the day offers switch on and off, and the build's date."),
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

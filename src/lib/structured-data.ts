import type { DayOfWeek, HealthAndBeautyBusiness, WithContext } from "schema-dts";

import type { Clinic, Weekday } from "@/schemas/clinic";

import { isoDay } from "./dates";

const SCHEMA_DAYS: Readonly<Record<Weekday, DayOfWeek>> = {
  monday: "https://schema.org/Monday",
  tuesday: "https://schema.org/Tuesday",
  wednesday: "https://schema.org/Wednesday",
  thursday: "https://schema.org/Thursday",
  friday: "https://schema.org/Friday",
  saturday: "https://schema.org/Saturday",
  sunday: "https://schema.org/Sunday",
};

/**
 * The clinic as a schema.org local business. HealthAndBeautyBusiness, not MedicalClinic: massage
 * therapists do not diagnose or treat disease, and the markup must not claim they do. Only live
 * offers appear (the clinic passed in has no others), and no ratings: the clinic's own reviews of
 * itself are not eligible for review markup.
 */
export function clinicJsonLd(clinic: Clinic, siteUrl: string): WithContext<HealthAndBeautyBusiness> {
  const { address } = clinic;
  return {
    "@context": "https://schema.org",
    "@type": "HealthAndBeautyBusiness",
    "@id": `${siteUrl}#clinic`,
    name: clinic.name,
    description: clinic.description,
    url: siteUrl,
    telephone: clinic.phone,
    email: clinic.email,
    address: {
      "@type": "PostalAddress",
      streetAddress: address.street,
      addressLocality: address.city,
      addressRegion: address.region,
      postalCode: address.postalCode,
      addressCountry: address.country,
    },
    ...(clinic.mapUrl === undefined ? {} : { hasMap: clinic.mapUrl }),
    openingHoursSpecification: clinic.hours.map((hours) => ({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: SCHEMA_DAYS[hours.day],
      opens: hours.opens,
      closes: hours.closes,
    })),
    ...(clinic.offers.length === 0
      ? {}
      : {
          makesOffer: clinic.offers.map((offer) => ({
            "@type": "Offer",
            name: offer.headline,
            description: `For ${offer.audience}. ${offer.details} ${offer.terms}`,
            validFrom: isoDay(offer.validFrom),
            validThrough: isoDay(offer.validThrough),
            url: clinic.bookingUrl,
          })),
        }),
  };
}

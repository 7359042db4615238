import type { Clinic } from "@/schemas/clinic";

import { emergencyNumberPhrase } from "./clinic";

/**
 * What changes with the clinic's country (`address.country` in content/clinic.yaml): the language
 * tag, how dates, times and the address are written, the name of the profession, and where a reader
 * with a warning sign should turn. The site is in English everywhere; only these follow the country.
 */

/** How a country writes a postal address, line by line. */
type AddressOrder =
  "city-region-postcode" | "city-comma-region-postcode" | "city-postcode" | "city-county-postcode" | "postcode-city";

/**
 * Where to turn, per urgency tier, as clauses that can follow a sign ("...: call 999 or go to A&E
 * now"). A named service (NHS 111, 811, healthdirect) appears only where its own health service's
 * page was checked: see content/evidence/_care-routes.yaml. Elsewhere the words say "your doctor".
 */
export interface CareRouteClauses {
  emergency: string;
  sameDay: string;
  withinDays: string;
}

interface CountryFacts {
  addressOrder: AddressOrder;
  /** The profession readers know by that name in this country. */
  physio: "physical therapist" | "physiotherapist";
  /** The family doctor as people there say it. */
  doctor: string;
  /** Where to go in an emergency, after "go to". */
  emergencyPlace: string;
  /** The same-day route, after "call ... or"; undefined where no route was verified. */
  sameDay?: string;
}

const COUNTRIES: Readonly<Record<string, CountryFacts>> = {
  US: {
    addressOrder: "city-comma-region-postcode",
    physio: "physical therapist",
    doctor: "your doctor",
    emergencyPlace: "the nearest emergency department",
    sameDay: "contact your doctor's office, an urgent care clinic or a nurse advice line today",
  },
  CA: {
    addressOrder: "city-region-postcode",
    physio: "physiotherapist",
    doctor: "your doctor",
    emergencyPlace: "the nearest emergency department",
    sameDay: "call 811 to speak to a nurse, or contact your doctor, today",
  },
  GB: {
    addressOrder: "city-postcode",
    physio: "physiotherapist",
    doctor: "your GP",
    emergencyPlace: "A&E",
    sameDay: "call NHS 111 or contact your GP today",
  },
  AU: {
    addressOrder: "city-region-postcode",
    physio: "physiotherapist",
    doctor: "your GP",
    emergencyPlace: "the nearest hospital emergency department",
    sameDay: "call healthdirect on 1800 022 222 or see your GP today",
  },
  IE: {
    addressOrder: "city-county-postcode",
    physio: "physiotherapist",
    doctor: "your GP",
    emergencyPlace: "the nearest emergency department",
    sameDay: "contact your GP today, or the GP out-of-hours service when the surgery is closed",
  },
};

const OTHER_COUNTRY: CountryFacts = {
  addressOrder: "postcode-city",
  physio: "physiotherapist",
  doctor: "your doctor",
  emergencyPlace: "the nearest emergency department",
};

const facts = (country: string): CountryFacts => COUNTRIES[country] ?? OTHER_COUNTRY;

/** Countries whose care routes name a service, each backed by content/evidence/_care-routes.yaml. */
export const COUNTRIES_WITH_NAMED_ROUTES: readonly string[] = Object.keys(COUNTRIES);

/** The BCP 47 language tag for `<html lang>`, structured data and date formats: English as written there. */
export function languageTag(country: string): string {
  return `en-${country}`;
}

/** "physical therapist" in the US, "physiotherapist" elsewhere. */
export function physioName(country: string): string {
  return facts(country).physio;
}

/** The care routes for each urgency tier, in the clinic's country. */
export function careRouteClauses(country: string): CareRouteClauses {
  const { doctor, emergencyPlace, physio, sameDay } = facts(country);
  return {
    emergency: `call ${emergencyNumberPhrase(country)} or go to ${emergencyPlace} now`,
    sameDay: sameDay ?? `contact ${doctor} today`,
    withinDays: `make an appointment with ${doctor} or a ${physio} in the next few days`,
  };
}

/** The clinic's postal address, line by line, in the order its country writes it. */
export function addressLines(address: Clinic["address"]): string[] {
  const { street, city, region, postalCode } = address;
  const withRegion = (text: string) => (region === undefined ? text : `${text} ${region}`);
  switch (facts(address.country).addressOrder) {
    case "city-comma-region-postcode":
      return [street, `${region === undefined ? city : `${city}, ${region}`} ${postalCode}`];
    case "city-region-postcode":
      return [street, `${withRegion(city)} ${postalCode}`];
    // Royal Mail: no county line.
    case "city-postcode":
      return [street, city, postalCode];
    case "city-county-postcode":
      return [street, city, ...(region === undefined ? [] : [region]), postalCode];
    case "postcode-city":
      return [street, `${postalCode} ${city}`, ...(region === undefined ? [] : [region])];
  }
}

/** The address on one line, as the footer shows it and a map search reads it. */
export function addressLine(address: Clinic["address"]): string {
  return addressLines(address).join(", ");
}

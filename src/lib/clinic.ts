import { parsePhoneNumberWithError } from "libphonenumber-js";

import type { Clinic } from "@/schemas/clinic";

/** Formatting of the clinic's contact details and the emergency number that fits its country. */

/**
 * Emergency numbers by ISO country code. EU member states share 112; the UK and a few others keep
 * their own number as the one people know.
 */
const EMERGENCY_NUMBERS: Readonly<Record<string, string>> = {
  US: "911",
  CA: "911",
  MX: "911",
  GB: "999",
  IE: "112",
  AU: "000",
  NZ: "111",
  ...Object.fromEntries(
    [
      "AT",
      "BE",
      "BG",
      "HR",
      "CY",
      "CZ",
      "DK",
      "EE",
      "FI",
      "FR",
      "DE",
      "GR",
      "HU",
      "IT",
      "LV",
      "LT",
      "LU",
      "MT",
      "NL",
      "PL",
      "PT",
      "RO",
      "SK",
      "SI",
      "ES",
      "SE",
    ].map((code) => [code, "112"]),
  ),
};

/** The emergency number for a country, or undefined where the site does not know it. */
export function emergencyNumber(country: string): string | undefined {
  return EMERGENCY_NUMBERS[country];
}

/** "911" where the number is known, otherwise a generic phrase that still tells the reader what to call. */
export function emergencyNumberPhrase(country: string): string {
  return emergencyNumber(country) ?? "your local emergency number";
}

/** A `tel:` href from an E.164 number. */
export function telHref(e164: string): string {
  return `tel:${e164}`;
}

const formattedPhones = new Map<string, string>();

/**
 * The phone number as people in the clinic's country dial it, e.g. (541) 555-0142 in the US, with
 * non-breaking spaces and hyphens so that it never wraps across two lines.
 */
export function formatPhone(e164: string): string {
  // Parsing with libphonenumber is slow and every page shows the number several times.
  let formatted = formattedPhones.get(e164);
  if (formatted === undefined) {
    formatted = parsePhoneNumberWithError(e164).formatNational().replaceAll(" ", "\u00a0").replaceAll("-", "\u2011");
    formattedPhones.set(e164, formatted);
  }
  return formatted;
}

/**
 * The date the clinic's own page last changed: the newer of the day its details were last
 * updated and the first day of the offer it shows (the clinic passed in has only live offers).
 */
export function clinicPageDate(clinic: Clinic): Date | undefined {
  const dates = [clinic.updated, ...clinic.offers.map((offer) => offer.validFrom)].filter(
    (date): date is Date => date !== undefined,
  );
  return dates.length === 0 ? undefined : new Date(Math.max(...dates.map((date) => date.getTime())));
}

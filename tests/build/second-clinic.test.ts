import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { build, builtPage, copyProject, edit, removeCopies } from "./project-copy";

/**
 * A second clinic adopts the site by changing content only: its own name, country and time zone in
 * content/clinic.yaml. The built pages must speak its country: language tag, date and time formats,
 * address order, emergency and non-emergency routes.
 */

afterAll(removeCopies);

const CLINICS = [
  {
    country: "GB",
    yaml: (text: string) =>
      text
        .replace(/^name: .*$/m, "name: Harbourside Back Clinic")
        .replace(/^phone: .*$/m, 'phone: "+441632960961"')
        .replace(/^ {2}street: .*$/m, "  street: 4 Example Quay")
        .replace(/^ {2}city: .*$/m, "  city: Bristol")
        .replace(/^ {2}region: .*\n/m, "")
        .replace(/^ {2}postalCode: .*$/m, '  postalCode: "BS1 4XX"')
        .replace(/^ {2}country: .*$/m, "  country: GB")
        .replace(/^timeZone: .*$/m, "timeZone: Europe/London"),
    expect: {
      name: "Harbourside Back Clinic",
      lang: "en-GB",
      address: "4 Example Quay, Bristol, BS1 4XX",
      date: /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/,
      clock: "18:00",
      emergency: "call 999 or go to A&amp;E now",
      sameDay: "call NHS 111 or contact your GP today",
      physio: "a physiotherapist",
    },
  },
  {
    country: "AU",
    yaml: (text: string) =>
      text
        .replace(/^name: .*$/m, "name: Bondi Back Clinic")
        .replace(/^phone: .*$/m, 'phone: "+61291234567"')
        .replace(/^ {2}city: .*$/m, "  city: Sydney")
        .replace(/^ {2}region: .*$/m, "  region: NSW")
        .replace(/^ {2}postalCode: .*$/m, '  postalCode: "2000"')
        .replace(/^ {2}country: .*$/m, "  country: AU")
        .replace(/^timeZone: .*$/m, "timeZone: Australia/Sydney"),
    expect: {
      name: "Bondi Back Clinic",
      lang: "en-AU",
      address: "120 Example Avenue, Suite 4, Sydney NSW 2000",
      date: /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/,
      clock: "6\u202fpm",
      emergency: "call 000 or go to the nearest hospital emergency department now",
      sameDay: "call healthdirect on 1800 022 222 or see your GP today",
      physio: "a physiotherapist",
    },
  },
] as const;

describe.each(CLINICS)("a clinic in $country", ({ yaml, expect: want }) => {
  let dir = "";

  beforeAll(() => {
    dir = copyProject();
    edit(dir, "content/clinic.yaml", yaml);
    const result = build(dir);
    expect(result.status, result.output).toBe(0);
  });

  it("builds with its own name, language tag, address and formats", () => {
    const home = builtPage(dir, "");
    expect(home).toContain(`<html lang="${want.lang}"`);
    expect(home).toContain(want.name);
    expect(home).toContain(`"inLanguage":"${want.lang}"`);
    expect(home).toContain(want.address);
    expect(builtPage(dir, "visit")).toContain(want.clock);
    expect(builtPage(dir, "articles")).toMatch(want.date);
  });

  it("sends readers to its own emergency and non-emergency routes", () => {
    const check = builtPage(dir, "red-flags/check");
    expect(check).toContain(want.emergency);
    expect(check).toContain(want.sameDay);
    expect(check).toContain(want.physio);
  });
});

import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { schemaProblems } from "@/lib/content-rules";
import { ClinicSchema } from "@/schemas/clinic";
import { PersonSchema } from "@/schemas/person";
import { PrecautionSchema } from "@/schemas/precaution";
import { RedFlagListSchema, RedFlagSchema } from "@/schemas/red-flag";
import { SourceSchema } from "@/schemas/source";

const readYaml = (path: string): unknown => parse(readFileSync(path, "utf8"));

/** The problems a schema reports for `input`, as the editor would read them for `file`. */
function problems(
  schema: {
    safeParse: (input: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  file: string,
  input: unknown,
) {
  const result = schema.safeParse(input);
  return result.success ? [] : schemaProblems(file, result.error?.issues ?? [], input);
}

describe("the site's own data files pass their schemas", () => {
  it("content/clinic.yaml", () => {
    expect(problems(ClinicSchema, "content/clinic.yaml", readYaml("content/clinic.yaml"))).toEqual([]);
  });

  it("content/sources.yaml", () => {
    const sources = readYaml("content/sources.yaml") as unknown[];
    expect(sources.flatMap((source) => problems(SourceSchema, "content/sources.yaml", source))).toEqual([]);
  });

  it("content/precautions.yaml", () => {
    expect(
      problems(PrecautionSchema.array(), "content/precautions.yaml", readYaml("content/precautions.yaml")),
    ).toEqual([]);
  });

  it("content/red-flags.yaml", () => {
    expect(problems(RedFlagListSchema, "content/red-flags.yaml", readYaml("content/red-flags.yaml"))).toEqual([]);
  });
});

const clinic = readYaml("content/clinic.yaml") as Record<string, unknown>;
const CLINIC = "content/clinic.yaml";

describe("clinic schema: bad values name the field and the fix", () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    [
      "a service without a name",
      { services: [{ id: "swedish-massage" }] },
      "services #1 (swedish-massage) → name",
      "Add the service's name as readers see it",
    ],
    [
      "two services with one id",
      {
        services: [
          { id: "back-massage", name: "Back massage" },
          { id: "back-massage", name: "Another" },
        ],
      },
      "services",
      "Give every service a different id.",
    ],
    [
      "a service price without its currency",
      { services: [{ id: "back-massage", name: "Back massage", price: 70 }] },
      "services #1 (back-massage) → priceCurrency",
      "Give price and priceCurrency together, or neither.",
    ],
    [
      "a service price with its currency sign",
      { services: [{ id: "back-massage", name: "Back massage", price: "$70", priceCurrency: "USD" }] },
      "services #1 (back-massage) → price",
      "Write price as a number without the currency sign, e.g. 70 or 69.50.",
    ],
    [
      "a session length in hours",
      { services: [{ id: "back-massage", name: "Back massage", minutes: "1 hour" }] },
      "services #1 (back-massage) → minutes",
      "Write minutes as a whole number of minutes, e.g. 60.",
    ],
    [
      "a phone number not in international form",
      { phone: "541-555-0142" },
      "phone",
      "Write the phone number in international (E.164) form",
    ],
    ["a phone number with too few digits", { phone: "+1541555" }, "phone", "wrong number of digits"],
    [
      "a booking URL without https",
      { bookingUrl: "http://booking.example.com/" },
      "bookingUrl",
      "Change bookingUrl to start with https://",
    ],
    [
      "a discovery-call URL that is not a URL",
      { discoveryCallUrl: "call us" },
      "discoveryCallUrl",
      "Write discoveryCallUrl as a full web address",
    ],
    [
      "an unknown weekday",
      { hours: { ...(clinic["hours"] as object), funday: "09:00-17:00" } },
      "hours → funday",
      'Remove "funday" or fix the spelling',
    ],
    [
      "a missing weekday",
      { hours: { ...(clinic["hours"] as object), sunday: undefined } },
      "hours → sunday",
      "Add sunday's hours",
    ],
    [
      "closing before opening",
      { hours: { ...(clinic["hours"] as object), monday: "17:00-09:00" } },
      "hours → monday",
      "On monday, 17:00-09:00 closes before it opens",
    ],
    [
      "periods that overlap",
      { hours: { ...(clinic["hours"] as object), monday: "09:00-13:00, 12:00-18:00" } },
      "hours → monday",
      "On monday, 12:00-18:00 starts before 09:00-13:00 ends",
    ],
    [
      "a 12-hour time",
      { hours: { ...(clinic["hours"] as object), monday: "9am-5pm" } },
      "hours → monday",
      "Write monday's hours as 24-hour times from-to in quotes",
    ],
    ["a time zone abbreviation", { timeZone: "PST" }, "timeZone", "Write the time zone as an IANA name"],
    ["an unknown time zone", { timeZone: "Europe/Springfield" }, "timeZone", "Write the time zone as an IANA name"],
    [
      "a missing country",
      { address: { ...(clinic["address"] as object), country: undefined } },
      "address → country",
      "Add the country as a two-letter ISO code",
    ],
    [
      "a country name instead of a code",
      { address: { ...(clinic["address"] as object), country: "United States" } },
      "address → country",
      "two-letter ISO code in capitals",
    ],
    ["a bad email", { email: "hello at clinic" }, "email", "Write a valid email address"],
    [
      "an offer that ends before it starts",
      {
        offers: [
          {
            id: "x",
            headline: "h",
            details: "d",
            terms: "t",
            audience: "new clients",
            validFrom: "2026-12-01",
            validThrough: "2026-11-01",
          },
        ],
      },
      "offers #1 (x) → validThrough",
      "Set validThrough to the same day as validFrom or later.",
    ],
    ["an unknown field", { twitter: "@clinic" }, "twitter", 'Remove "twitter" or fix the spelling'],
  ])("rejects %s", (_case, change, field, message) => {
    expect(problems(ClinicSchema, CLINIC, { ...clinic, ...change })).toContainEqual({
      file: CLINIC,
      field,
      message: expect.stringContaining(message) as string,
    });
  });
});

describe("clinic opening hours", () => {
  it("read a closed day, a lunch break and every day in week order", () => {
    const hours = ClinicSchema.parse({
      ...clinic,
      hours: {
        sunday: "Closed",
        saturday: "10:00-14:00",
        friday: "closed",
        thursday: "09:00 – 12:30, 13:30-18:00",
        wednesday: "09:00-17:00",
        tuesday: "09:00-17:00",
        monday: "08:30-12:00,13:00-17:30",
      },
    }).hours;
    expect(hours.map((entry) => entry.day)).toEqual([
      "monday",
      "tuesday",
      "wednesday",
      "thursday",
      "friday",
      "saturday",
      "sunday",
    ]);
    expect(hours[0]?.periods).toEqual([
      { opens: "08:30", closes: "12:00" },
      { opens: "13:00", closes: "17:30" },
    ]);
    expect(hours[3]?.periods).toEqual([
      { opens: "09:00", closes: "12:30" },
      { opens: "13:30", closes: "18:00" },
    ]);
    expect(hours[4]?.periods).toEqual([]);
    expect(hours[6]?.periods).toEqual([]);
  });
});

describe("person, source and warning-sign schemas", () => {
  const person = readYaml("content/people/jordan-ellis.yaml") as Record<string, unknown>;

  it("rejects a person without credentials", () => {
    expect(problems(PersonSchema, "content/people/x.yaml", { ...person, credentials: undefined })).toContainEqual({
      file: "content/people/x.yaml",
      field: "credentials",
      message: "Add the person's credentials, e.g. LMT or MD.",
    });
  });

  const source = { id: "x-2020", type: "rct", authors: "A B", year: 2020, title: "T", publishedIn: "J" };

  it("rejects a source with neither DOI nor URL", () => {
    expect(problems(SourceSchema, "content/sources.yaml", source)).toContainEqual({
      file: "content/sources.yaml",
      field: "url",
      message: "Add a doi or a url (or both) so that readers can find this source.",
    });
  });

  it("rejects a DOI written as a link", () => {
    expect(problems(SourceSchema, "content/sources.yaml", { ...source, doi: "https://doi.org/10.1/x" })).toContainEqual(
      {
        file: "content/sources.yaml",
        field: "doi",
        message: "Write the DOI without https://doi.org/, e.g. 10.1002/14651858.CD001929.pub3.",
      },
    );
  });
});

describe("warning-sign schema: one tier each, topics only where they mean something, one id each", () => {
  const FILE = "content/red-flags.yaml";
  const sign = { id: "fever", tier: "same-day", symptom: "A fever", topics: ["causes"], sources: ["a"] };
  const emergency = { id: "chest-pain", tier: "emergency", symptom: "Chest pain", sources: ["a"] };

  it("accepts a sign with topics and an emergency sign without", () => {
    expect(problems(RedFlagListSchema, FILE, [sign, emergency])).toEqual([]);
  });

  it.each<[string, unknown, string, string]>([
    ["an unknown tier", { ...sign, tier: "soon" }, "tier", "Set tier to one of: emergency, same-day, within-days."],
    [
      "two tiers",
      { ...sign, tier: ["same-day", "emergency"] },
      "tier",
      "Set tier to one of: emergency, same-day, within-days.",
    ],
    [
      "the old urgency field",
      { ...sign, tier: undefined, urgency: "same-day" },
      "urgency",
      'Remove "urgency" or fix the spelling: it is not a field here.',
    ],
    [
      "an emergency sign with topics",
      { ...emergency, topics: ["causes"] },
      "topics",
      "Remove topics: every article shows every emergency sign, whatever its topic.",
    ],
    [
      "a same-day sign without topics",
      { ...sign, topics: undefined },
      "topics",
      "Add topics: the topics whose articles show this same-day sign, e.g. topics: [causes, self-care].",
    ],
    ["an unknown topic", { ...sign, topics: ["backs"] }, "topics #1", "Write each topic as one of: causes,"],
    ["a repeated topic", { ...sign, topics: ["causes", "causes"] }, "topics", 'Remove the repeat of "causes"'],
  ])("rejects %s", (_case, input, field, message) => {
    expect(problems(RedFlagSchema, FILE, input)).toContainEqual({
      file: FILE,
      field,
      message: expect.stringContaining(message) as string,
    });
  });

  it("rejects two signs with the same id, naming the second", () => {
    expect(problems(RedFlagListSchema, FILE, [sign, emergency, { ...sign, tier: "within-days" }])).toEqual([
      {
        file: FILE,
        field: "#3 (fever) → id",
        message: 'The id "fever" is used by more than one sign. Give each sign its own id: one sign, one tier.',
      },
    ]);
  });
});

describe("precaution schema: a note is words or a warning sign, shown somewhere", () => {
  const note = { id: "skin", text: "Do not have massage over a wound.", appliesTo: ["techniques"] };
  it.each<[string, Record<string, unknown>, string, string]>([
    ["neither text nor sign", { text: undefined }, "text", "Give the note either text: (its own words) or sign:"],
    ["both text and sign", { sign: "leg-clot" }, "text", "not both and not neither"],
    [
      "steps without text",
      { text: undefined, sign: "leg-clot", steps: ["One.", "Two."] },
      "steps",
      "Steps need a text:",
    ],
    ["nowhere to show it", { appliesTo: [] }, "appliesTo", "Add at least one topic or article under appliesTo:"],
    [
      "a place written as a file name",
      { appliesTo: ["self-care/gentle-stretches.mdx"] },
      "appliesTo #1",
      "Write each place as a topic in lower case",
    ],
    ["an unknown field", { topics: ["techniques"] }, "topics", 'Remove "topics" or fix the spelling'],
  ])("refuses %s", (_case, change, field, message) => {
    const found = problems(PrecautionSchema, "content/precautions.yaml", { ...note, ...change });
    expect(found.map((problem) => problem.field)).toContain(field);
    expect(found.find((problem) => problem.field === field)?.message).toContain(message);
  });

  it("accepts a note that is a warning sign", () => {
    expect(
      problems(PrecautionSchema, "content/precautions.yaml", {
        id: "clot",
        sign: "leg-clot",
        appliesTo: ["techniques"],
      }),
    ).toEqual([]);
  });
});

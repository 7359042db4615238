import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import readability from "text-readability";
import { describe, expect, it } from "vitest";

import {
  emergencyNumber,
  emergencyNumberPhrase,
  formatPeriods,
  formatPrice,
  formatPhone,
  hoursToday,
  telHref,
  weekdayName,
  weekdayOf,
} from "@/lib/clinic";
import { addressLine, addressLines, careRouteClauses, languageTag, physioName } from "@/lib/locale";
import { formatClock, formatDate, isoDay, isWithinDays } from "@/lib/dates";
import { countWords, mdxToPlainText, readingGrade, readingMinutes } from "@/lib/reading";
import {
  absoluteUrl,
  articleUrl,
  categoryUrl,
  doiUrl,
  editorialPolicyUrl,
  homeUrl,
  personUrl,
  sourceAnchor,
} from "@/lib/urls";
import { asSentence, careRoutes } from "@/lib/care-routes";
import { initials } from "@/lib/people";
import { reviewedWithin } from "@/lib/reviews";
import { byTopicOrder } from "@/lib/topics";
import { WEEKDAYS, type DayHours, type Weekday } from "@/schemas/clinic";

describe("urls", () => {
  it("builds every internal path with a trailing slash", () => {
    expect(homeUrl()).toBe("/");
    expect(categoryUrl("self-care")).toBe("/self-care/");
    expect(articleUrl("causes/why-lower-back-pain-happens")).toBe("/causes/why-lower-back-pain-happens/");
    expect(personUrl("jordan-ellis")).toBe("/people/jordan-ellis/");
    expect(editorialPolicyUrl()).toBe("/editorial-policy/");
  });

  it("builds absolute URLs from the site address", () => {
    expect(absoluteUrl("/causes/", "https://lowback.example.com")).toBe("https://lowback.example.com/causes/");
    expect(absoluteUrl("/causes/", new URL("https://lowback.example.com/"))).toBe(
      "https://lowback.example.com/causes/",
    );
  });

  it("links a DOI through doi.org and anchors a source", () => {
    expect(doiUrl("10.1002/14651858.CD001929.pub3")).toBe("https://doi.org/10.1002/14651858.CD001929.pub3");
    expect(sourceAnchor("furlan-2015-cochrane-massage")).toBe("source-furlan-2015-cochrane-massage");
  });
});

describe("dates", () => {
  const day = new Date("2026-11-16T00:00:00Z");

  it("formats a date for readers in the clinic's country and for machines, in UTC", () => {
    expect(formatDate(day, "en-US")).toBe("November 16, 2026");
    expect(formatDate(day, "en-GB")).toBe("16 November 2026");
    expect(formatDate(day, "en-AU")).toBe("16 November 2026");
    expect(isoDay(day)).toBe("2026-11-16");
    expect(isoDay(new Date("2026-11-16T23:59:59Z"))).toBe("2026-11-16");
  });

  it("writes opening times on the country's clock", () => {
    // Intl puts a narrow no-break space before AM and PM: compare with plain spaces.
    const clock = (time: string, language: string) => formatClock(time, language).replace(/\s/g, " ");
    expect(clock("09:00", "en-US")).toBe("9 AM");
    expect(clock("17:30", "en-US")).toBe("5:30 PM");
    expect(clock("12:00", "en-US")).toBe("12 PM");
    expect(clock("00:15", "en-US")).toBe("12:15 AM");
    expect(clock("17:30", "en-GB")).toBe("17:30");
    expect(clock("09:00", "en-IE")).toBe("9:00");
    expect(clock("17:30", "en-CA")).toBe("5:30 p.m.");
    expect(clock("17:30", "en-AU")).toBe("5:30 pm");
  });

  it("compares whole days, including both ends", () => {
    const from = new Date("2026-11-01T00:00:00Z");
    const through = new Date("2026-11-16T00:00:00Z");
    expect(isWithinDays(new Date("2026-11-16T18:00:00Z"), from, through)).toBe(true);
    expect(isWithinDays(from, from, through)).toBe(true);
    expect(isWithinDays(new Date("2026-11-17T00:00:00Z"), from, through)).toBe(false);
    expect(isWithinDays(new Date("2026-10-31T23:00:00Z"), from, through)).toBe(false);
  });
});

describe("reading", () => {
  const body = [
    "---",
    "title: Ignored",
    "---",
    "## Will heat help?",
    "",
    'Heat can ease pain a little.<Cite id="french-2006" /> Read [our heat guide](/self-care/heat-or-ice/).',
    "",
    "- Use a warm pack",
    "- Keep moving",
    '<Illustration name="bridge" alt="A person lifts their hips." />',
  ].join("\n");

  it("keeps only the words a reader reads, ending headings and list items as sentences", () => {
    expect(mdxToPlainText(body)).toBe(
      ["Will heat help?", "Heat can ease pain a little. Read our heat guide.", "Use a warm pack.", "Keep moving."].join(
        "\n",
      ),
    );
  });

  it("counts words and rounds reading time up to whole minutes", () => {
    expect(countWords(body)).toBe(19);
    expect(readingMinutes(body)).toBe(1);
    expect(readingMinutes("word ".repeat(201))).toBe(2);
  });

  it("grades plain text low and dense text high", () => {
    expect(readingGrade("Heat can help. Keep moving. Walk a little each day.")).toBeLessThan(4);
    expect(
      readingGrade(
        "Nonspecific musculoskeletal lumbar symptomatology demonstrates considerable heterogeneity regarding prognostic trajectories, necessitating individualized multidisciplinary rehabilitation.",
      ),
    ).toBeGreaterThan(14);
  });

  it("grades exactly as text-readability itself does, on every article and on awkward text", () => {
    const bodies = readdirSync("content/articles", { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".mdx"))
      .map((file) => readFileSync(join("content/articles", file), "utf8"));
    bodies.push(
      "Don’t lift it — twist, then bend.\nCafé-goers' naïve 3rd-hand advice:  re-examine\u00a0it!  (Really?) Yes…",
      "Symptomatology, heterogeneity; individualized: multidisciplinary rehabilitation. I. A. Go.",
    );
    for (const body of bodies) {
      expect(readingGrade(body)).toBe(readability.fleschKincaidGrade(mdxToPlainText(body)));
    }
  });
});

describe("clinic contact details", () => {
  it("shows the number as it is dialled in its own country, unbreakable", () => {
    expect(formatPhone("+15415550142")).toBe("(541)\u00a0555\u20110142");
    expect(formatPhone("+441632960961")).toBe("01632\u00a0960961");
    expect(telHref("+15415550142")).toBe("tel:+15415550142");
  });

  it("writes the street address on one line, US style", () => {
    expect(
      addressLine({
        street: "120 Example Street, Suite 4",
        city: "Eugene",
        region: "OR",
        postalCode: "97401",
        country: "US",
      }),
    ).toBe("120 Example Street, Suite 4, Eugene, OR 97401");
  });

  it("writes the address in the order of the clinic's country", () => {
    const at = (country: string, region?: string) =>
      addressLines({ street: "1 High Street", city: "Town", postalCode: "P1", country, ...(region ? { region } : {}) });
    expect(at("GB", "England")).toEqual(["1 High Street", "Town", "P1"]);
    expect(at("IE", "Co. Cork")).toEqual(["1 High Street", "Town", "Co. Cork", "P1"]);
    expect(at("CA", "ON")).toEqual(["1 High Street", "Town ON P1"]);
    expect(at("AU", "NSW")).toEqual(["1 High Street", "Town NSW P1"]);
    expect(at("DE")).toEqual(["1 High Street", "P1 Town"]);
  });

  it("speaks the clinic's country: language tag, profession and care routes", () => {
    expect(languageTag("GB")).toBe("en-GB");
    expect(physioName("US")).toBe("physical therapist");
    expect(physioName("CA")).toBe("physiotherapist");
    expect(careRouteClauses("US")).toEqual({
      emergency: "call 911 or go to the nearest emergency department now",
      sameDay: "contact your doctor's office, an urgent care clinic or a nurse advice line today",
      withinDays: "make an appointment with your doctor or a physical therapist in the next few days",
    });
    expect(careRouteClauses("GB")).toEqual({
      emergency: "call 999 or go to A&E now",
      sameDay: "call NHS 111 or contact your GP today",
      withinDays: "make an appointment with your GP or a physiotherapist in the next few days",
    });
    expect(careRouteClauses("CA").sameDay).toContain("call 811");
    expect(careRouteClauses("AU").emergency).toBe("call 000 or go to the nearest hospital emergency department now");
    expect(careRouteClauses("AU").sameDay).toContain("healthdirect on 1800 022 222");
    expect(careRouteClauses("IE").sameDay).toContain("GP out-of-hours service");
    // A country whose routes nobody checked gets "your doctor", never a guessed service.
    expect(careRouteClauses("NZ")).toEqual({
      emergency: "call 111 or go to the nearest emergency department now",
      sameDay: "contact your doctor today",
      withinDays: "make an appointment with your doctor or a physiotherapist in the next few days",
    });
  });

  it("picks the emergency number for the country, or says it generically", () => {
    expect(emergencyNumber("US")).toBe("911");
    expect(emergencyNumber("GB")).toBe("999");
    expect(emergencyNumber("DE")).toBe("112");
    expect(emergencyNumber("ZZ")).toBeUndefined();
    expect(emergencyNumberPhrase("ZZ")).toBe("your local emergency number");
  });

  it("words each urgency tier's action once, with the country's emergency number", () => {
    expect(asSentence(careRoutes("US").emergency.action)).toBe(
      "Call 911 or go to the nearest emergency department now.",
    );
    expect(careRoutes("GB").emergency.action).toContain("call 999");
    expect(careRoutes("US")["same-day"].action).toContain("today");
    expect(careRoutes("US")["within-days"].action).toContain("next few days");
  });
});

describe("topic order", () => {
  const article = (title: string, lastReviewed: string, order?: number) => ({
    title,
    lastReviewed: new Date(`${lastReviewed}T00:00:00Z`),
    order,
  });

  it("lists articles with an order first, lowest first, then the rest newest review first, ties by title", () => {
    const sorted = [
      article("Newest", "2026-12-01"),
      article("Second", "2026-01-01", 2),
      article("Also newest", "2026-12-01"),
      article("Start here", "2025-06-01", 1),
      article("Older", "2026-03-01"),
    ].sort(byTopicOrder);
    expect(sorted.map((entry) => entry.title)).toEqual(["Start here", "Second", "Also newest", "Newest", "Older"]);
  });
});

describe("opening hours today", () => {
  const hours: DayHours[] = WEEKDAYS.map((day) => ({ day, periods: [{ opens: "09:00", closes: "17:00" }] }));
  const week = (changes: Partial<Record<Weekday, DayHours["periods"]>>): DayHours[] =>
    hours.map((entry) => ({ ...entry, periods: changes[entry.day] ?? entry.periods }));
  // 2026-12-04 is a Friday; calendar days are held as midnight UTC.
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it("names the weekday of the build's calendar day", () => {
    expect(weekdayOf(day("2026-12-04"))).toBe("friday");
    expect(weekdayOf(day("2026-12-06"))).toBe("sunday");
    expect(weekdayOf(day("2026-12-07"))).toBe("monday");
  });

  it("says today's hours with the weekday, on the clinic's clock", () => {
    expect(hoursToday(hours, day("2026-12-04"), "en-GB")).toEqual({
      day: "friday",
      today: "Today (Friday): 9:00–17:00",
    });
    expect(hoursToday(hours, day("2026-12-04"), "en-US").today).toBe("Today (Friday): 9 AM–5 PM");
  });

  it("gives both periods of a day with a lunch break", () => {
    const split = week({
      wednesday: [
        { opens: "09:00", closes: "12:30" },
        { opens: "13:30", closes: "20:00" },
      ],
    });
    expect(hoursToday(split, day("2026-12-02"), "en-US").today).toBe(
      "Today (Wednesday): 9 AM–12:30 PM and 1:30 PM–8 PM",
    );
  });

  it("says a closed day is closed and when the clinic opens next", () => {
    const weekend = week({ saturday: [], sunday: [], monday: [{ opens: "10:00", closes: "18:00" }] });
    expect(hoursToday(weekend, day("2026-12-05"), "en-GB")).toEqual({
      day: "saturday",
      today: "Today (Saturday): closed",
      next: "Open Monday, 10:00–18:00.",
    });
    expect(hoursToday(week({ friday: [], saturday: [] }), day("2026-12-04"), "en-US").next).toBe(
      "Open Sunday, 9 AM–5 PM.",
    );
  });

  it("names no next day when the clinic is closed all week", () => {
    const closed = hours.map((entry) => ({ ...entry, periods: [] }));
    expect(hoursToday(closed, day("2026-12-04"), "en-US")).toEqual({
      day: "friday",
      today: "Today (Friday): closed",
      next: undefined,
    });
  });

  it("writes the hours table's periods with 'to'", () => {
    expect(formatPeriods([{ opens: "09:00", closes: "17:30" }], "en-US", "to")).toBe("9 AM to 5:30 PM");
    expect(formatPeriods([], "en-GB", "to")).toBe("Closed");
    expect(weekdayName("sunday", "en-GB")).toBe("Sunday");
  });
});

describe("prices", () => {
  it("are written the local way, without .00 on whole amounts", () => {
    expect(formatPrice(90, "USD", "en-US")).toBe("$90");
    expect(formatPrice(69.5, "USD", "en-US")).toBe("$69.50");
    expect(formatPrice(45, "GBP", "en-GB")).toBe("£45");
    expect(formatPrice(60, "EUR", "en-IE")).toBe("€60");
  });
});

describe("home page figures", () => {
  it("writes a person's initials without their title", () => {
    expect(initials("Dr. Amara Lindqvist")).toBe("AL");
    expect(initials("Jordan Ellis")).toBe("JE");
    expect(initials("Prof Mary Anne O'Neill")).toBe("MO");
    expect(initials("Cher")).toBe("C");
    expect(initials("  élodie   dubois ")).toBe("ÉD");
  });

  it("counts the articles reviewed in the past year, up to and including the build's day", () => {
    const today = new Date("2026-12-04T00:00:00Z");
    const reviewed = (day: string) => ({ lastReviewed: new Date(`${day}T00:00:00Z`) });
    const articles = [reviewed("2026-12-04"), reviewed("2025-12-05"), reviewed("2025-12-04"), reviewed("2024-01-01")];
    expect(reviewedWithin(articles, today, 365)).toBe(2);
  });
});

import { readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";

import { build, builtPage, copyProject, edit, removeCopies } from "./project-copy";

/**
 * A clinic in another country adopts the site by changing content only: its own name, contact
 * details, address and time zone in content/clinic.yaml (tests/fixtures/clinics/). Each build must
 * speak that country: language tag, date and clock formats, address order, the emergency number and
 * the non-emergency routes in every warning-sign action, and the profession's local name.
 */

afterAll(removeCopies);

/** An article whose text names an emergency, a same-day and a within-days sign with <Sign />. */
const ARTICLE = "causes/acute-or-chronic-back-pain";
const PROSE_SIGNS = { emergency: "saddle-numbness", "same-day": "fever", "within-days": "not-improving" } as const;

const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
const MONTH_FIRST = new RegExp(`${MONTH} \\d{1,2}, \\d{4}`);
const DAY_FIRST = new RegExp(`\\d{1,2} ${MONTH} \\d{4}`);

interface Expected {
  lang: string;
  /** The address as the footer writes it on one line, in the country's order. */
  address: string;
  dates: RegExp;
  /** Monday's hours, 09:00 to 18:00 in content/clinic.yaml, as the visit page shows them. */
  monday: RegExp;
  /** The number the emergency card's call button dials on a phone. */
  call: string;
  emergency: string;
  sameDay: string;
  withinDays: string;
}

// Intl separates the time from "PM" with a narrow no-break space; either space is the same clock.
const SPACE = "[ \\u202f]";

const COUNTRIES: readonly (readonly [string, Expected])[] = [
  [
    "us",
    {
      lang: "en-US",
      address: "12 Example Street, Springfield, IL 62701",
      dates: MONTH_FIRST,
      monday: new RegExp(`9${SPACE}AM to 6${SPACE}PM`),
      call: "911",
      emergency: "call 911 or go to the nearest emergency department now",
      sameDay: "contact your doctor's office, an urgent care clinic or a nurse advice line today",
      withinDays: "make an appointment with your doctor or a physical therapist in the next few days",
    },
  ],
  [
    "ca",
    {
      lang: "en-CA",
      address: "7 Example Crescent, Ottawa ON X0X 0X0",
      dates: MONTH_FIRST,
      monday: new RegExp(`9${SPACE}a\\.m\\. to 6${SPACE}p\\.m\\.`),
      call: "911",
      emergency: "call 911 or go to the nearest emergency department now",
      sameDay: "call 811 to speak to a nurse, or contact your doctor, today",
      withinDays: "make an appointment with your doctor or a physiotherapist in the next few days",
    },
  ],
  [
    "gb",
    {
      lang: "en-GB",
      address: "4 Example Quay, Bristol, BS1 4XX",
      dates: DAY_FIRST,
      // Not "09:00"; the table cell before it leaves no space ("Monday9:00"), so no \b either.
      monday: /(?<!\d)9:00 to 18:00/,
      call: "999",
      emergency: "call 999 or go to A&E now",
      sameDay: "call NHS 111 or contact your GP today",
      withinDays: "make an appointment with your GP or a physiotherapist in the next few days",
    },
  ],
  [
    "au",
    {
      lang: "en-AU",
      address: "9 Example Parade, Sydney NSW 2000",
      dates: DAY_FIRST,
      monday: new RegExp(`9${SPACE}am to 6${SPACE}pm`),
      call: "000",
      emergency: "call 000 or go to the nearest hospital emergency department now",
      sameDay: "call healthdirect on 1800 022 222 or see your GP today",
      withinDays: "make an appointment with your GP or a physiotherapist in the next few days",
    },
  ],
  [
    "ie",
    {
      lang: "en-IE",
      address: "1 Example Road, Galway, Co. Galway, H91 X0X0",
      dates: DAY_FIRST,
      monday: /(?<!\d)9:00 to 18:00/,
      call: "112",
      emergency: "call 112 or go to the nearest emergency department now",
      sameDay: "contact your GP today, or the GP out-of-hours service when the surgery is closed",
      withinDays: "make an appointment with your GP or a physiotherapist in the next few days",
    },
  ],
];

/** Writes a fixture's fields over the copy's content/clinic.yaml, keeping every other field. */
function adopt(dir: string, fixture: string): Record<string, unknown> {
  const fields = parse(readFileSync(new URL(`../fixtures/clinics/${fixture}.yaml`, import.meta.url), "utf8")) as Record<
    string,
    unknown
  >;
  edit(dir, "content/clinic.yaml", (text) => stringify({ ...(parse(text) as Record<string, unknown>), ...fields }));
  return fields;
}

/** The visible text of some HTML: scripts and tags dropped, the entities the site's words use decoded. */
function text(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, "")
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&")
    .replace(/\s+/g, " ");
}

/** The help block's heading for a tier: the action as a sentence. */
function helpHeading(html: string, tier: string): string {
  const match = new RegExp(`<h3 id="help-${tier}"[^>]*>(.*?)</h3>`, "s").exec(html);
  return text(match?.[1] ?? "");
}

/** A <Sign /> in the article's text: the sign's words and its action. */
function proseSign(html: string, id: string): string {
  const match = new RegExp(`<span data-sign="${id}" data-tier="[a-z-]+">(.*?)</span>`, "s").exec(html);
  return text(match?.[1] ?? "");
}

const sentence = (clause: string) => `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;

describe.each(COUNTRIES)("a clinic from tests/fixtures/clinics/%s.yaml", (fixture, want) => {
  let dir = "";
  let name = "";

  beforeAll(() => {
    dir = copyProject();
    name = String(adopt(dir, fixture).name);
    const result = build(dir);
    expect(result.status, result.output).toBe(0);
  });

  it("builds with its own name, language tag and address order", () => {
    const home = builtPage(dir, "");
    expect(home).toContain(`<html lang="${want.lang}"`);
    expect(home).toContain(`"inLanguage":"${want.lang}"`);
    expect(home).toContain(name);
    expect(text(home)).toContain(want.address);
  });

  it("writes dates and opening hours the country's way", () => {
    // Every date the site writes is a <time>: an article's byline and a topic's list of articles.
    for (const path of [ARTICLE, "causes"]) {
      const dates = [...builtPage(dir, path).matchAll(/<time datetime="[^"]+"[^>]*>([^<]+)<\/time>/g)].map((match) =>
        text(match[1] ?? "").trim(),
      );
      expect(dates.length, path).toBeGreaterThan(0);
      for (const date of dates) {
        expect(date, path).toMatch(want.dates);
        expect(date, path).not.toMatch(want.dates === DAY_FIRST ? MONTH_FIRST : DAY_FIRST);
      }
    }
    expect(text(builtPage(dir, "visit"))).toMatch(want.monday);
  });

  it("sends readers to its emergency number and its non-emergency routes, in the help block and the text", () => {
    const article = builtPage(dir, ARTICLE);
    expect(helpHeading(article, "emergency")).toContain(sentence(want.emergency));
    expect(helpHeading(article, "same-day")).toContain(sentence(want.sameDay));
    expect(helpHeading(article, "within-days")).toContain(sentence(want.withinDays));
    expect(proseSign(article, PROSE_SIGNS.emergency)).toContain(`: ${want.emergency}.`);
    expect(proseSign(article, PROSE_SIGNS["same-day"])).toContain(`: ${want.sameDay}.`);
    expect(proseSign(article, PROSE_SIGNS["within-days"])).toContain(`: ${want.withinDays}.`);
  });

  it("has the emergency card's call button dial its emergency number, never the clinic's phone", () => {
    const calls = [...builtPage(dir, ARTICLE).matchAll(/<a href="tel:([^"]+)"[^>]*data-emergency-call[^>]*>([^<]*)</g)];
    const buttons = calls.map((match) => [match[1], text(match[2] ?? "").replaceAll("&nbsp;", " ")]);
    expect(buttons).toEqual([[want.call, `Call ${want.call}`]]);
  });

  it("gives each feed item the same routes", () => {
    // A feed reader shows the item's care cards without the site's stylesheet: the words must be the country's.
    // Each item's HTML is escaped once more inside the XML: unescape that layer, then read its text.
    const xml = readFileSync(`${dir}/dist/rss.xml`, "utf8");
    const feed = text(xml.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&"));
    for (const clause of [want.emergency, want.sameDay, want.withinDays]) {
      expect(feed).toContain(sentence(clause));
    }
  });

  it("gives the self-check the same routes", () => {
    const check = text(builtPage(dir, "red-flags/check"));
    for (const clause of [want.emergency, want.sameDay, want.withinDays]) {
      expect(check.toLowerCase()).toContain(clause.toLowerCase());
    }
  });
});

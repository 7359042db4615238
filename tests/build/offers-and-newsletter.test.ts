import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { build, builtPage, copyProject, edit, removeCopies } from "./project-copy";

/**
 * A static site shows an offer only if it was built while the offer was live, on the clinic's own
 * calendar. These builds fix the clock before, during and after the demo offer (2026-09-01 to
 * 2027-03-31, America/Los_Angeles) and read the pages and the build log.
 */

const OFFER_ID = "first-visit-2026";
const SECOND_ID = "winter-friend-2026";
const PAGES = ["", "visit", "techniques/swedish-massage"];

/** A second offer, live for part of the first one's dates, so that the site has two at once. */
const SECOND_OFFER = `
  - id: ${SECOND_ID}
    headline: Bring a friend this winter
    details: Book two massages together and the second one is half price.
    terms: Both visits on the same day. Winter only.
    audience: anyone
    validFrom: 2026-11-01
    validThrough: 2026-12-31
`;

afterAll(removeCopies);

describe.each([
  // [when, LOWBACK_BUILD_DATE, the clinic's day, offers live, a log warning, the clinic's hours that day]
  [
    "the day before the offer starts",
    "2026-08-31",
    "2026-08-31",
    [],
    `Offer "${OFFER_ID}" starts on 2026-09-01 (in 1 day)`,
    "Today (Monday): 9 AM–6 PM",
  ],
  // A Sunday, when the clinic is closed.
  ["while two offers are live", "2026-11-22", "2026-11-22", [OFFER_ID, SECOND_ID], undefined, "Today (Sunday): closed"],
  // 23:59 in Oregon is 06:59 the next day in UTC: a build that took the date in UTC would drop the
  // offer here, and give Thursday's hours instead of Wednesday's.
  [
    "at 23:59 local time on its last day",
    "2027-03-31T23:59-07:00",
    "2027-03-31",
    [OFFER_ID],
    undefined,
    "Today (Wednesday): 9 AM–12:30 PM and 1:30 PM–8 PM",
  ],
  [
    "at 00:01 local time the day after",
    "2027-04-01T00:01-07:00",
    "2027-04-01",
    [],
    `Offer "${OFFER_ID}" ended on 2027-03-31 (1 day ago) and is no longer shown.`,
    "Today (Thursday): 9 AM–6 PM",
  ],
] as const)("a build %s (%s)", (_when, moment, day, live, warning, hoursToday) => {
  let dir = "";
  let output = "";

  beforeAll(() => {
    dir = copyProject();
    edit(dir, "content/clinic.yaml", (text) => `${text.trimEnd()}${SECOND_OFFER}`);
    const result = build(dir, { LOWBACK_BUILD_DATE: moment });
    expect(result.status, result.output).toBe(0);
    output = result.output;
  });

  it(`shows ${live.length === 0 ? "no offer" : "every live offer"}, with its terms, on the home, visit and article pages`, () => {
    for (const path of PAGES) {
      const html = builtPage(dir, path);
      for (const id of [OFFER_ID, SECOND_ID]) {
        expect(html.includes(`data-offer="${id}"`), `${path || "home"}: ${id}`).toBe(live.includes(id as never));
      }
      expect(html.includes("New clients only. One per person."), `${path || "home"} terms`).toBe(
        live.includes(OFFER_ID as never),
      );
    }
  });

  it("says the clinic's hours on its own day on the home and visit pages", () => {
    for (const path of ["", "visit"]) {
      const html = builtPage(dir, path);
      expect(/data-open-today="[a-z]+">([^<]*)</.exec(html)?.[1], path || "home").toBe(hoursToday);
      if (hoursToday.endsWith("closed")) expect(html, path || "home").toContain("Open Monday, 9 AM–6 PM.");
    }
  });

  it("puts exactly the live offers in the clinic's structured data", () => {
    for (const path of ["", "visit"]) {
      const offers = clinicOffers(builtPage(dir, path));
      expect(offers, path || "home").toEqual(
        live.map((id) => (id === OFFER_ID ? "$20 off your first massage" : "Bring a friend this winter")),
      );
    }
  });

  it("says in the build log which offers are live on the clinic's day, and warns about ended and coming ones", () => {
    expect(output).toContain(
      live.length > 0
        ? `[offers] Live offer${live.length > 1 ? "s" : ""} on ${day} (America/Los_Angeles): "${OFFER_ID}"`
        : `[offers] No offer is live on ${day} (America/Los_Angeles).`,
    );
    if (warning === undefined) {
      expect(output).not.toMatch(/\[offers\] Offer "/);
    } else {
      expect(output).toContain(`[offers] ${warning}`);
    }
  });
});

/** The names of the offers in a page's JSON-LD clinic node, in order. */
function clinicOffers(html: string): string[] {
  const graphs = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/gs)].map(
    (match) => JSON.parse(match[1] ?? "{}") as { "@graph"?: { makesOffer?: { name: string }[] }[] },
  );
  return graphs
    .flatMap((graph) => graph["@graph"] ?? [])
    .flatMap((node) => node.makesOffer ?? [])
    .map((o) => o.name);
}

describe("the newsletter form", () => {
  it("is absent while no form action is configured", () => {
    const dir = copyProject();
    expect(build(dir).status).toBe(0);
    expect(builtPage(dir, "")).not.toContain("data-newsletter");
  });

  it("appears, posting to the clinic's provider, once an action URL is set", () => {
    const dir = copyProject();
    edit(dir, "content/clinic.yaml", (text) =>
      text.replace(/^offers:/m, "newsletterAction: https://newsletter.example.com/subscribe\noffers:"),
    );
    expect(build(dir).status).toBe(0);
    const html = builtPage(dir, "");
    expect(html).toContain('action="https://newsletter.example.com/subscribe"');
    expect(html).toMatch(/<label[^>]*for="newsletter-email"/);
    expect(html).toContain("uses your email only to send this newsletter");
  });
});

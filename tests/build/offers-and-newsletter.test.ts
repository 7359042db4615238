import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { build, builtPage, copyProject, edit, removeCopies } from "./project-copy";

/**
 * A static site shows an offer only if it was built while the offer was live. These builds fix the
 * clock before, during and after the demo offer (2026-09-01 to 2027-03-31) and read the pages.
 */

const OFFER_ID = "first-visit-2026";
const PAGES = ["", "visit", "techniques/swedish-massage"];

afterAll(removeCopies);

describe.each([
  ["before the offer starts", "2026-08-31", false],
  ["while the offer is live", "2026-11-21", true],
  ["on its last day", "2027-03-31", true],
  ["after the offer ends", "2027-04-01", false],
])("a build %s (%s)", (_when, date, live) => {
  let dir = "";
  let output = "";

  beforeAll(() => {
    dir = copyProject();
    const result = build(dir, { LOWBACK_BUILD_DATE: date });
    expect(result.status).toBe(0);
    output = result.output;
  });

  it(`${live ? "shows" : "never shows"} the offer, its terms and its structured data`, () => {
    for (const path of PAGES) {
      const html = builtPage(dir, path);
      expect(html.includes(`data-offer="${OFFER_ID}"`), `${path || "home"}`).toBe(live);
      expect(html.includes("New clients only. One per person."), `${path || "home"} terms`).toBe(live);
    }
    expect(builtPage(dir, "").includes('"makesOffer"')).toBe(live);
    expect(builtPage(dir, "visit").includes('"makesOffer"')).toBe(live);
  });

  it("says in the build log which offer is live", () => {
    expect(output).toContain(
      live ? `[offers] Live offer on ${date}: "${OFFER_ID}"` : `[offers] No offer is live on ${date}.`,
    );
  });
});

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

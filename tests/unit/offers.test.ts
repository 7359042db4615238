import { describe, expect, it } from "vitest";

import { ctaCopy, maySell } from "@/lib/cta";
import { BUILD_DATE_VARIABLE, buildDate, describeLiveOffers, liveOffers, offerWarnings } from "@/lib/offers";
import type { Offer } from "@/schemas/clinic";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const offer: Offer = {
  id: "first-visit",
  headline: "$20 off your first massage",
  details: "Your first massage for $70.",
  terms: "New clients only.",
  audience: "new clients",
  validFrom: day("2026-09-01"),
  validThrough: day("2027-03-31"),
};

describe("offers on a fixed clock", () => {
  it("hides an offer before its first day", () => {
    expect(liveOffers([offer], day("2026-08-31"))).toEqual([]);
  });

  it("shows an offer from its first day through its last day", () => {
    expect(liveOffers([offer], day("2026-09-01"))).toEqual([offer]);
    expect(liveOffers([offer], new Date("2026-11-21T15:30:00Z"))).toEqual([offer]);
    expect(liveOffers([offer], new Date("2027-03-31T23:59:00Z"))).toEqual([offer]);
  });

  it("hides an offer after its last day", () => {
    expect(liveOffers([offer], day("2027-04-01"))).toEqual([]);
  });

  it("keeps only the live ones of several", () => {
    const expired = { ...offer, id: "old", validFrom: day("2025-01-01"), validThrough: day("2025-12-31") };
    const future = { ...offer, id: "spring", validFrom: day("2027-04-01"), validThrough: day("2027-05-31") };
    expect(liveOffers([expired, offer, future], day("2026-11-21")).map((live) => live.id)).toEqual(["first-visit"]);
  });

  it("says in the build log which offer is live, or that none is", () => {
    expect(describeLiveOffers([offer], day("2026-11-21"), "America/Los_Angeles")).toBe(
      'Live offer on 2026-11-21 (America/Los_Angeles): "first-visit" (until 2027-03-31).',
    );
    expect(describeLiveOffers([offer], day("2027-06-01"), "Europe/London")).toBe(
      "No offer is live on 2027-06-01 (Europe/London).",
    );
  });

  it("warns about an offer that ended in the last 30 days, and one that starts in the next 7", () => {
    const spring = { ...offer, id: "spring", validFrom: day("2027-04-07"), validThrough: day("2027-05-31") };
    expect(offerWarnings([offer, spring], day("2027-04-01"))).toEqual([
      'Offer "first-visit" ended on 2027-03-31 (1 day ago) and is no longer shown. Give it new dates or remove it from content/clinic.yaml.',
      'Offer "spring" starts on 2027-04-07 (in 6 days) and is not shown yet; the first build on that day shows it.',
    ]);
    expect(offerWarnings([offer, spring], day("2027-04-30"))).toEqual([
      'Offer "first-visit" ended on 2027-03-31 (30 days ago) and is no longer shown. Give it new dates or remove it from content/clinic.yaml.',
    ]);
    expect(offerWarnings([offer, spring], day("2027-03-30"))).toEqual([]);
    expect(offerWarnings([offer, spring], day("2027-03-31"))).toHaveLength(1);
    expect(offerWarnings([offer, spring], day("2027-05-01"))).toEqual([]);
  });
});

describe("buildDate", () => {
  it("uses the fixed date from the environment as the clinic's day", () => {
    expect(buildDate("America/Los_Angeles", { [BUILD_DATE_VARIABLE]: "2027-01-15" })).toEqual(day("2027-01-15"));
  });

  it("reads a fixed moment in the clinic's time zone", () => {
    const at = (moment: string, timeZone: string) => buildDate(timeZone, { [BUILD_DATE_VARIABLE]: moment });
    // 23:59 on 31 March in Oregon is already 1 April in UTC; 00:30 in London in summer is still 31 March in UTC.
    expect(at("2027-04-01T06:59Z", "America/Los_Angeles")).toEqual(day("2027-03-31"));
    expect(at("2027-03-31T23:59-07:00", "America/Los_Angeles")).toEqual(day("2027-03-31"));
    expect(at("2027-04-01T00:01-07:00", "America/Los_Angeles")).toEqual(day("2027-04-01"));
    expect(at("2027-03-31T23:30Z", "Europe/London")).toEqual(day("2027-04-01"));
    expect(at("2027-01-31T23:30Z", "Europe/London")).toEqual(day("2027-01-31"));
  });

  it("uses the clinic's today when no date is fixed", () => {
    const expected = new Intl.DateTimeFormat("en-CA", { timeZone: "Pacific/Kiritimati" }).format(new Date());
    expect(buildDate("Pacific/Kiritimati", {})).toEqual(day(expected));
  });

  it("refuses a date in another form", () => {
    for (const bad of ["15/01/2027", "2027-01-15T10:00", "2027-01-15 10:00Z"]) {
      expect(() => buildDate("UTC", { [BUILD_DATE_VARIABLE]: bad })).toThrow(
        "LOWBACK_BUILD_DATE must be a date (YYYY-MM-DD) or a moment with its UTC offset",
      );
    }
  });
});

describe("calls to action", () => {
  it("offer a talk about a plan after causes and self-care", () => {
    expect(ctaCopy("causes").heading).toBe("Talk to a therapist about a plan");
    expect(ctaCopy("self-care").primaryTarget).toBe("discovery-call");
  });

  it("offer booking after a technique only for a service the clinic offers", () => {
    const swedish = { id: "swedish-massage", name: "Swedish massage" };
    expect(ctaCopy("techniques", swedish)).toMatchObject({
      heading: "Book this treatment",
      primaryLabel: "Book: Swedish massage",
      primaryTarget: "booking",
    });
    const noService = ctaCopy("techniques");
    expect(noService.heading).toBe("Talk to a therapist about a plan");
    expect(noService.primaryTarget).toBe("discovery-call");
    expect(noService.secondary).toBeUndefined();
  });

  it("are not allowed on red-flag pages", () => {
    expect(maySell("red-flags")).toBe(false);
    expect(maySell("techniques")).toBe(true);
    expect(maySell(undefined)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";

import { ctaCopy, maySell } from "@/lib/cta";
import { BUILD_DATE_VARIABLE, buildDate, describeLiveOffers, liveOffers } from "@/lib/offers";
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
    expect(describeLiveOffers([offer], day("2026-11-21"))).toBe(
      'Live offer on 2026-11-21: "first-visit" (until 2027-03-31).',
    );
    expect(describeLiveOffers([offer], day("2027-06-01"))).toBe("No offer is live on 2027-06-01.");
  });
});

describe("buildDate", () => {
  it("uses the fixed date from the environment", () => {
    expect(buildDate({ [BUILD_DATE_VARIABLE]: "2027-01-15" })).toEqual(day("2027-01-15"));
  });

  it("uses today when no date is fixed", () => {
    const before = Date.now();
    const built = buildDate({}).getTime();
    expect(built).toBeGreaterThanOrEqual(before);
    expect(built).toBeLessThanOrEqual(Date.now());
  });

  it("refuses a date in another form", () => {
    expect(() => buildDate({ [BUILD_DATE_VARIABLE]: "15/01/2027" })).toThrow(
      "LOWBACK_BUILD_DATE must be a date in the form YYYY-MM-DD",
    );
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

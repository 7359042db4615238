import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { articleSigns, groupByTier, isShownByDefault } from "@/lib/signs";
import { CATEGORIES } from "@/schemas/categories";
import { RedFlagListSchema, type RedFlag } from "@/schemas/red-flag";

/** The real warning signs, read and checked as the build reads them. */
const signs: RedFlag[] = RedFlagListSchema.parse(parse(readFileSync("content/red-flags.yaml", "utf8")));

describe("content/red-flags.yaml", () => {
  // The ids and tiers the team agreed for issue 10 (FACTS.md section 5). New signs may be added;
  // none of these may move tier or disappear.
  const AGREED: Record<string, RedFlag["tier"]> = {
    "saddle-numbness": "emergency",
    "bladder-changes": "emergency",
    "bowel-changes": "emergency",
    "sexual-changes": "emergency",
    "both-legs-or-severe-weakness": "emergency",
    "major-injury": "emergency",
    "minor-fall-fragile-bones": "emergency",
    "chest-pain": "emergency",
    "cancer-with-nerve-signs": "emergency",
    "leg-clot-with-breathlessness": "emergency",
    fever: "same-day",
    "infection-risk": "same-day",
    "lump-or-shape-change": "same-day",
    "sudden-weakness-one-leg": "same-day",
    "night-or-rest-pain": "same-day",
    "cancer-history": "same-day",
    "weight-loss": "same-day",
    "cough-sneeze-strain": "same-day",
    "high-back-pain": "same-day",
    "leg-clot": "same-day",
    "band-like-pain": "within-days",
    "not-improving": "within-days",
    // Tommy's (issue 11): in pregnancy, lost feeling in even one leg, and bleeding or early labour.
    "pregnancy-numb-legs": "emergency",
    "pregnancy-bleeding-or-early-labour": "emergency",
  };

  it.each(Object.entries(AGREED))("has %s at tier %s", (id, tier) => {
    expect(signs.find((sign) => sign.id === id)?.tier).toBe(tier);
  });

  it("words the sexual-function sign as changes in sexual function", () => {
    expect(signs.find((sign) => sign.id === "sexual-changes")?.symptom).toMatch(/changes in sexual function/i);
  });

  it("states who the fragile-bones sign is for", () => {
    const symptom = signs.find((sign) => sign.id === "minor-fall-fragile-bones")?.symptom ?? "";
    expect(symptom).toMatch(/osteoporosis/);
    expect(symptom).toMatch(/steroid/);
  });

  it("words each pregnancy sign so that only a pregnant reader fits it", () => {
    // Numbness in one leg is routine for most readers and an emergency only in pregnancy.
    const pregnancy = signs.filter((sign) => sign.id.startsWith("pregnancy-"));
    expect(pregnancy.map((sign) => sign.id)).toEqual(["pregnancy-numb-legs", "pregnancy-bleeding-or-early-labour"]);
    for (const sign of pregnancy) expect(sign.symptom).toMatch(/while you are pregnant/i);
  });

  it("tells readers never to have a leg with a suspected clot massaged", () => {
    for (const id of ["leg-clot", "leg-clot-with-breathlessness"]) {
      expect(signs.find((sign) => sign.id === id)?.advice).toBe("Do not let anyone massage that leg.");
    }
  });
});

describe("which signs an article shows", () => {
  const fixture = [
    { id: "saddle-numbness", tier: "emergency" },
    { id: "fever", tier: "same-day", topics: ["causes"] },
    { id: "leg-clot", tier: "same-day", topics: ["techniques"] },
    { id: "not-improving", tier: "within-days", topics: ["causes", "techniques"] },
  ] as const satisfies readonly (Pick<RedFlag, "id" | "tier"> & { topics?: readonly string[] })[];
  const list = fixture.map((sign) => ({ ...sign, topics: "topics" in sign ? [...sign.topics] : undefined }));

  it("shows every emergency sign and the topic's signs, in file order", () => {
    expect(articleSigns("causes", [], list).map((sign) => sign.id)).toEqual([
      "saddle-numbness",
      "fever",
      "not-improving",
    ]);
  });

  it("adds extraSigns and cannot drop a sign", () => {
    expect(articleSigns("causes", ["leg-clot"], list).map((sign) => sign.id)).toEqual([
      "saddle-numbness",
      "fever",
      "leg-clot",
      "not-improving",
    ]);
  });

  it("groups by tier, most urgent first, leaving out empty tiers", () => {
    const groups = groupByTier(articleSigns("self-care", [], list));
    expect([...groups.keys()]).toEqual(["emergency"]);
    expect([...groupByTier(list).keys()]).toEqual(["emergency", "same-day", "within-days"]);
  });

  it("shows every real emergency sign on every topic", () => {
    const emergency = signs.filter((sign) => sign.tier === "emergency");
    expect(emergency.length).toBeGreaterThanOrEqual(10);
    for (const category of CATEGORIES) {
      expect(emergency.every((sign) => isShownByDefault(sign, category))).toBe(true);
    }
  });
});

describe("the MDX components an article may use", () => {
  // Read from the source: Vitest cannot load .astro files. A missing component fails the build.
  const index = readFileSync("src/components/mdx/index.ts", "utf8");
  const names = /export const mdxComponents = \{([^}]*)\}/
    .exec(index)?.[1]
    ?.split(",")
    .map((name) => name.trim());

  it("are the citation, emergency number, drawing and sign components, and nothing that sells", () => {
    expect(names?.sort()).toEqual(["Cite", "EmergencyNumber", "Illustration", "Sign", "TierAction", "TierName"]);
  });
});

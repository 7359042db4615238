import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { expect, test } from "@playwright/test";
import { parse, type HTMLElement } from "node-html-parser";
import { parse as parseYaml } from "yaml";

import { DIST } from "./site";

// Built-HTML checks of the "Check first" box (content/precautions.yaml) and of which treatments a
// technique page offers to book (content/clinic.yaml services). No browser needed.

const builtPage = (id: string): HTMLElement => parse(readFileSync(join(DIST, id, "index.html"), "utf8"));
const text = (element: HTMLElement | null | undefined): string => (element?.text ?? "").replace(/\s+/g, " ").trim();
const articlesIn = (topic: string): string[] =>
  readdirSync(join("content/articles", topic))
    .filter((name) => name.endsWith(".mdx") && !name.startsWith("_"))
    .map((name) => `${topic}/${name.replace(/\.mdx$/, "")}`);

const TECHNIQUES = articlesIn("techniques");
const EXERCISE = [
  "self-care/gentle-stretches",
  "self-care/strengthening-exercises",
  "self-care/yoga-tai-chi-and-group-exercise",
];

/** The box's notes, each as the reader reads it. */
function notes(id: string): Map<string, string> {
  const items = builtPage(id).querySelectorAll("[data-check-first] > ul > li");
  return new Map(items.map((item) => [item.getAttribute("data-precaution") ?? "", text(item)]));
}

test("every technique page shows the same massage precautions, and cupping's harms only on cupping", () => {
  expect(TECHNIQUES.length).toBeGreaterThanOrEqual(9);
  const reference = notes("techniques/swedish-massage");
  for (const id of ["bleeding-risk", "skin", "tumor", "pregnancy-massage", "fragile-bones-deep-pressure", "leg-clot"]) {
    expect(reference.has(id), id).toBe(true);
  }
  expect(reference.get("fragile-bones-deep-pressure")).toContain("osteoporosis");
  // The clot note is the leg-clot sign itself: its words and its tier's action, as in the help block.
  expect(reference.get("leg-clot")).toContain("today");
  expect(reference.get("leg-clot")).toContain("Do not let anyone massage that leg.");
  const listed = parseYaml(readFileSync("content/precautions.yaml", "utf8")) as { id: string; appliesTo: string[] }[];
  for (const id of TECHNIQUES) {
    const page = notes(id);
    // Exactly the topic's notes and the notes that name this page, in the file's order.
    const expected = listed.filter((note) => note.appliesTo.includes("techniques") || note.appliesTo.includes(id));
    expect([...page.keys()], id).toEqual(expected.map((note) => note.id));
    // The topic's notes read the same, word for word, on every technique page.
    for (const [note, words] of reference) {
      expect(page.get(note), `${id}: ${note}`).toBe(words);
    }
    expect(page.has("cupping-harms"), id).toBe(id === "techniques/cupping");
  }
  expect(notes("techniques/cupping").get("cupping-harms")).toMatch(/burn/);
});

test("the exercise pages ask who should check first and show how to get down to the floor", () => {
  for (const id of EXERCISE) {
    const page = notes(id);
    const askFirst = page.get("exercise-ask-first") ?? "";
    for (const words of ["pregnant", "osteoporosis", "spine", "physiotherapist, doctor or midwife"]) {
      expect(askFirst, `${id}: ${words}`).toContain(words);
    }
    // FACTS.md 9H: no rule about bending or twisting is verified, so the box states none.
    expect([...page.values()].join(" "), id).not.toMatch(/\b(bend|bending|twist|twisting)\b/i);
    const steps = builtPage(id).querySelectorAll('[data-precaution="floor-in-a-flare"] ol > li');
    expect(steps.length, id).toBeGreaterThanOrEqual(4);
  }
  // Other self-care pages have no box.
  expect(builtPage("self-care/heat-or-ice").querySelector("[data-check-first]")).toBeNull();
});

test("a technique page offers booking only of a treatment the clinic offers", () => {
  const clinic = parseYaml(readFileSync("content/clinic.yaml", "utf8")) as {
    bookingUrl: string;
    discoveryCallUrl: string;
    services: { id: string; name: string }[];
  };
  const offered = new Map(clinic.services.map((service) => [service.id, service.name]));
  for (const id of TECHNIQUES) {
    const source = readFileSync(join("content/articles", `${id}.mdx`), "utf8");
    const service = /^service: (\S+)$/m.exec(source)?.[1];
    const cta = builtPage(id).querySelector('[data-cta="article-end"]');
    expect(cta, id).not.toBeNull();
    const links = (cta?.querySelectorAll("a") ?? []).map((link) => link.getAttribute("href"));
    if (service !== undefined && offered.has(service)) {
      expect(links, id).toContain(clinic.bookingUrl);
      expect(text(cta), id).toContain(offered.get(service) ?? "");
    } else {
      expect(links, id).not.toContain(clinic.bookingUrl);
      expect(links, id).toContain(clinic.discoveryCallUrl);
    }
  }
  // The two pages whose evidence does not support booking them.
  for (const id of ["techniques/cupping", "techniques/neuromuscular-therapy"]) {
    expect(/^service: /m.test(readFileSync(join("content/articles", `${id}.mdx`), "utf8")), id).toBe(false);
  }
});

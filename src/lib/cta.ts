import type { Category } from "@/schemas/article";

/** The words of a call to action, fitted to what the reader has just read. */
export interface CtaCopy {
  heading: string;
  text: string;
  /** The main button's label. */
  primaryLabel: string;
  /** Where the main button goes: the booking page or the free discovery call. */
  primaryTarget: "booking" | "discovery-call";
}

/**
 * Causes and self-care readers are still working out what to do: offer a talk about a plan.
 * Technique readers are weighing a treatment: offer to book it. Red-flag pages sell nothing.
 */
export function ctaCopy(category: Exclude<Category, "red-flags">): CtaCopy {
  switch (category) {
    case "causes":
    case "self-care":
      return {
        heading: "Talk to a therapist about a plan",
        text: "Massage can be one part of a plan that keeps you moving. A free call with one of our therapists can help you decide if it fits.",
        primaryLabel: "Book a free discovery call",
        primaryTarget: "discovery-call",
      };
    case "techniques":
      return {
        heading: "Book this treatment",
        text: "Massage can ease back pain a little for a while, and works best alongside exercise and staying active. Tell your therapist what you read here.",
        primaryLabel: "Book a massage",
        primaryTarget: "booking",
      };
  }
}

/**
 * How much of the clinic's booking and calling a page carries outside its own content:
 * - "full": the header's Book button and, on phones, the fixed Call and Book bar (home and visit);
 * - "header": the header's Book button only (topic lists and the site's other pages);
 * - "none": neither. Articles, where the warning signs must come before anything that sells (their
 *   call to action follows "When to get help"), and red-flag pages, which sell nothing.
 */
export type PageSales = "full" | "header" | "none";

/** True where a page may show booking buttons, offers and the call bar: everywhere but red-flag pages. */
export function maySell(category: Category | undefined): boolean {
  return category !== "red-flags";
}

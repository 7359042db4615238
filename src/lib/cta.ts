import type { Category } from "@/schemas/article";
import type { Service } from "@/schemas/clinic";

/** The words of a call to action, fitted to what the reader has just read. */
export interface CtaCopy {
  heading: string;
  text: string;
  /** The main button's label. */
  primaryLabel: string;
  /** Where the main button goes: the booking page or the free discovery call. */
  primaryTarget: "booking" | "discovery-call";
  /** The smaller link beside the button, if any. */
  secondary?: { label: string; target: "booking" | "discovery-call" } | undefined;
}

const DISCOVERY_CALL = {
  heading: "Talk to a therapist about a plan",
  primaryLabel: "Book a free discovery call",
  primaryTarget: "discovery-call",
} as const;

/**
 * Causes and self-care readers are still working out what to do: offer a talk about a plan.
 * A technique reader is weighing a treatment: offer to book it only if the clinic offers that
 * treatment (the article's `service:`, one of content/clinic.yaml's services). A technique page
 * with no such service (the clinic does not offer it, or its evidence argues against booking it)
 * offers the discovery call and no booking link. Red-flag pages sell nothing.
 */
export function ctaCopy(category: Exclude<Category, "red-flags">, service?: Service): CtaCopy {
  if (category === "techniques" && service !== undefined) {
    return {
      heading: "Book this treatment",
      text: "Massage can ease back pain a little for a while, and works best alongside exercise and staying active. Tell your therapist what you read here.",
      primaryLabel: `Book: ${service.name}`,
      primaryTarget: "booking",
      secondary: { label: "Or book a free discovery call", target: "discovery-call" },
    };
  }
  if (category === "techniques") {
    return {
      ...DISCOVERY_CALL,
      text: "Not sure what would help? A free call with one of our therapists can help you decide what fits your plan, with exercise and staying active first.",
    };
  }
  return {
    ...DISCOVERY_CALL,
    text: "Massage can be one part of a plan that keeps you moving. A free call with one of our therapists can help you decide if it fits.",
    secondary: { label: "Or book a massage", target: "booking" },
  };
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

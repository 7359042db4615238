/**
 * The components MDX articles may use, by name and without an import line. This is the authors'
 * whole API: anything not listed here is not available in an article.
 */
import BookingCta from "./BookingCta.astro";
import Cite from "./Cite.astro";
import EmergencyNumber from "./EmergencyNumber.astro";
import Illustration from "./Illustration.astro";

export const mdxComponents = { BookingCta, Cite, EmergencyNumber, Illustration };

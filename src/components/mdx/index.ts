/**
 * The components MDX articles may use, by name and without an import line. This is the authors'
 * whole API: anything not listed here is not available in an article. There is no booking or call
 * component on purpose: nothing that sells can render in an article's text, where it could come
 * before the warning signs.
 */
import Cite from "./Cite.astro";
import EmergencyNumber from "./EmergencyNumber.astro";
import Illustration from "./Illustration.astro";
import Sign from "./Sign.astro";
import TierAction from "./TierAction.astro";
import TierName from "./TierName.astro";

export const mdxComponents = { Cite, EmergencyNumber, Illustration, Sign, TierAction, TierName };

import { HASH_SOURCE, POLICY_META, cspHash, inlineScripts, inlineStyles } from "./built-pages";

/**
 * Narrows each built page's Content-Security-Policy to the inline scripts and styles that page
 * has. Astro puts every hash the site might need into every page: its island loader and the five
 * client directives (this site has no islands) and each page's inline script. A page with no
 * JavaScript then still allowed nine scripts it does not contain. Keeping only the page's own
 * hashes makes each policy as strict as the page allows, and saves about 400 bytes gzipped of
 * random base64 on every page. Only hashes Astro put there are kept: nothing is added.
 */

/** The policy with only the hash sources that match an inline script or style of `html`. */
export function narrowPolicy(policy: string, html: string): string {
  const scripts = inlineScripts(html);
  const styles = inlineStyles(html);
  return policy
    .split(";")
    .map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      const contents = name.startsWith("script-src") ? scripts : name.startsWith("style-src") ? styles : undefined;
      if (contents === undefined) return directive;
      const kept = sources.filter((source) => {
        const algorithm = HASH_SOURCE.exec(source)?.[1];
        return algorithm === undefined || contents.some((content) => cspHash(algorithm, content) === source);
      });
      return ` ${[name, ...kept].join(" ")}`;
    })
    .join(";");
}

/** The page with its policy narrowed to its own inline scripts and styles. */
export const narrowPagePolicy = (html: string): string =>
  html.replace(
    POLICY_META,
    (_, start: string, policy: string, end: string) => `${start}${narrowPolicy(policy, html)}${end}`,
  );

/** How people are named on the site besides their full name. */

/** Titles written before a name, left out of its initials ("Dr. Amara Lindqvist" is "AL"). */
const TITLES: ReadonlySet<string> = new Set(["dr", "mr", "mrs", "ms", "mx", "prof", "professor", "sir", "dame"]);

/**
 * The initials that stand for a person where a photo would be: the first letters of their first and
 * last names, in capitals, without a title such as "Dr.". One name gives one letter.
 */
export function initials(name: string): string {
  const words = name
    .split(/\s+/)
    .filter((word) => word !== "" && !TITLES.has(word.replace(/\.$/, "").toLowerCase()))
    .map((word) => word.replace(/^[^\p{L}]+/u, ""))
    .filter((word) => word !== "");
  const first = words[0];
  const last = words.length > 1 ? words.at(-1) : undefined;
  return [first, last]
    .filter((word): word is string => word !== undefined)
    .map((word) => [...word][0]?.toLocaleUpperCase() ?? "")
    .join("");
}

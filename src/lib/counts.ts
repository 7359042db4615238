/** A count with its noun, e.g. "1 article", "3 articles": for nouns whose plural adds an "s". */
export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;

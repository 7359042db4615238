// text-readability ships no types; this declares the functions the site uses.
declare module "text-readability" {
  const readability: {
    /** Flesch–Kincaid grade level of plain English text. */
    fleschKincaidGrade(text: string): number;
    /** Syllables in plain English text (lower-cased and stripped of punctuation first). */
    syllableCount(text: string): number;
  };
  export default readability;
}

// text-readability ships no types; this declares the one function the site uses.
declare module "text-readability" {
  const readability: {
    /** Flesch–Kincaid grade level of plain English text. */
    fleschKincaidGrade(text: string): number;
  };
  export default readability;
}

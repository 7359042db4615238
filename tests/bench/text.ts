/** Plain generated text for the benchmarks' articles, the same words for every site compared. */

const WORDS =
  "your back may feel stiff and sore after a long day but most pain settles with time gentle movement helps many people walking is a good start heat can ease pain for a short while keep doing your normal tasks as best you can".split(
    " ",
  );

/** A paragraph of plain words in sentences of twelve, deterministic for a given seed. */
export function paragraph(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length] ?? "back");
  const sentences: string[] = [];
  for (let i = 0; i < out.length; i += 12) {
    const sentence = out.slice(i, i + 12).join(" ");
    sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
  }
  return sentences.join(" ");
}

/**
 * An extractive summary: for each chapter, the sentences of the transcript most central to it
 * (closest to the chapter's words as a whole), quoted as said and kept in their order. Nothing
 * is written by the tool.
 */
import { bagOf, contentStems, cosine, sentences, words, type Bag } from './text.js';

export interface SummarySentence {
  text: string;
  /** Index of the segment it was said in. */
  segment: number;
}

/** Sentences shorter than this say too little alone; longer ones are hard to read as a point. */
const MIN_WORDS = 8;
const MAX_WORDS = 40;

/** The `count` most central sentences of some segments, in the order they were said. */
export function centralSentences(texts: readonly string[], segmentIndexes: readonly number[], names: readonly string[]): SummarySentence[] {
  const all: (SummarySentence & { bag: Bag })[] = [];
  for (const index of segmentIndexes) {
    for (const text of sentences(texts[index]!)) all.push({ text, segment: index, bag: bagOf(contentStems(text)) });
  }
  const whole: Bag = new Map();
  for (const s of all) bagOf(s.bag.keys(), whole);
  const lowerNames = names.map((n) => n.toLowerCase());
  const eligible = all.filter((s) => {
    const count = words(s.text).length;
    return count >= MIN_WORDS && count <= MAX_WORDS && !/\?["”’]?$/.test(s.text);
  });
  const count = Math.min(3, Math.max(1, Math.round(all.length / 8)));
  const scored = eligible.map((s, order) => {
    const lower = s.text.toLowerCase();
    // A sentence that names what the chapter is about is worth more than one that only echoes it.
    const named = lowerNames.filter((n) => lower.includes(n)).length;
    return { s, order, score: cosine(s.bag, whole) + 0.05 * Math.min(named, 3) };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored
    .slice(0, count)
    .sort((a, b) => a.order - b.order)
    .map(({ s }) => ({ text: s.text, segment: s.segment }));
}

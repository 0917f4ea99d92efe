/**
 * Transcript search: text folded for comparison (lower case, no accents, with a map back to the
 * original offsets) and every hit of a query across the transcript. A chunk of its own in the
 * CDN build, loaded when the reader first focuses the search field (or a query is set).
 */
import { fold, isAscii } from '../../episode/fold.js';
import type { Match } from './transcript-model.js';

/** Text folded for search (lower case, no accents), with where each folded unit came from. */
export interface FoldedText {
  text: string;
  /** Original offset of each folded UTF-16 unit; absent when offsets are the same. */
  map?: Uint32Array;
}

/** Lower case without accents, keeping a map back to the original offsets. */
export function foldText(text: string): FoldedText {
  if (isAscii(text)) return { text: text.toLowerCase() };
  let folded = '';
  const map: number[] = [];
  let offset = 0;
  for (const char of text) {
    // Char by char, the one fold every search uses, so each folded unit maps back to its source.
    const f = fold(char);
    folded += f;
    for (let k = 0; k < f.length; k++) map.push(offset);
    offset += char.length;
  }
  map.push(offset);
  return { text: folded, map: Uint32Array.from(map) };
}

/** The query as search compares it: folded and with spaces collapsed. */
export function foldQuery(query: string): string {
  return foldText(query.trim().replace(/\s+/g, ' ')).text;
}

/** Every hit of `query` (already folded) in the folded texts, in transcript order. */
export function searchFolded(folded: readonly FoldedText[], query: string, limit = 100_000): Match[] {
  const matches: Match[] = [];
  if (!query) return matches;
  for (let s = 0; s < folded.length && matches.length < limit; s++) {
    const { text, map } = folded[s]!;
    let from = text.indexOf(query);
    while (from !== -1) {
      const to = from + query.length;
      matches.push(map ? { segment: s, start: map[from]!, end: map[to]! } : { segment: s, start: from, end: to });
      from = text.indexOf(query, to);
    }
  }
  return matches;
}

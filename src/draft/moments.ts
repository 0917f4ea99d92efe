/**
 * Key moments where the transcript has no chapters: sections cut where the subject changes,
 * found by lexical cohesion (TextTiling, Hearst 1997): the words of the segments before a gap
 * against those after it; a deep dip in similarity is a change of subject.
 */
import { bagOf, cosine, type Bag } from './text.js';

export interface Timed {
  start: number;
  end: number;
}

/** Segments on each side of a gap that are compared. */
const BLOCK = 6;
/** About one section per this many seconds, between 2 and 12. */
const SECONDS_PER_SECTION = 180;

function blockBag(stems: readonly string[][], from: number, to: number): Bag {
  const bag: Bag = new Map();
  for (let i = Math.max(0, from); i < Math.min(stems.length, to); i++) bagOf(stems[i]!, bag);
  return bag;
}

/** Depth of each gap's dip: how far similarity climbs back on both sides. */
function depths(scores: readonly number[]): number[] {
  return scores.map((score, i) => {
    let left = score;
    for (let j = i - 1; j >= 0 && scores[j]! >= left; j--) left = scores[j]!;
    let right = score;
    for (let j = i + 1; j < scores.length && scores[j]! >= right; j++) right = scores[j]!;
    return left - score + (right - score);
  });
}

/** Indexes of the segments that start a section (always 0 first). */
export function sectionStarts(segments: readonly Timed[], stems: readonly string[][]): number[] {
  const n = segments.length;
  if (n < BLOCK * 2) return n ? [0] : [];
  const first = segments[0]!.start;
  const length = segments[n - 1]!.end - first;
  const wanted = Math.max(2, Math.min(12, Math.round(length / SECONDS_PER_SECTION)));
  // Shorter sections than this read as noise, not moments.
  const minLength = length / (wanted * 2);

  const gaps: number[] = [];
  for (let g = 1; g < n; g++) gaps.push(g);
  const scores = gaps.map((g) => cosine(blockBag(stems, g - BLOCK, g), blockBag(stems, g, g + BLOCK)));
  const depth = depths(scores);
  const ranked = gaps
    .map((g, i) => ({ g, depth: depth[i]! }))
    .filter(({ depth }) => depth > 0)
    .sort((a, b) => b.depth - a.depth || a.g - b.g);

  const starts = [0];
  for (const { g } of ranked) {
    if (starts.length >= wanted) break;
    const at = segments[g]!.start;
    if (at - first < minLength || segments[n - 1]!.end - at < minLength) continue;
    if (starts.some((s) => Math.abs(segments[s]!.start - at) < minLength)) continue;
    starts.push(g);
  }
  return starts.sort((a, b) => a - b);
}

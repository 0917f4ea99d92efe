/**
 * The transcript's data side, without Lit: finding the segment at a time, heights for windowing
 * (a Fenwick tree, so offset ↔ index is O(log n) at 20,000 segments), accent-insensitive search,
 * and cutting a segment's text into runs (mention, word, match) for rendering.
 */
import { findMentionRanges, type MentionMatcher, type MentionRange } from '../../episode/mentions.js';
import type { Segment } from '../../episode/types.js';

/** Index of the last item whose start is ≤ `time` in items sorted by start, or -1. */
export function indexAtTime(starts: ArrayLike<number>, time: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! <= time) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The word playing at `time` inside a segment, or -1 (between words or past the last). */
export function wordAt(segment: Segment, time: number): number {
  const words = segment.words;
  if (!words?.length) return -1;
  let low = 0;
  let high = words.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (words[mid]!.start <= time) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found >= 0 && time < Math.max(words[found]!.end, words[found]!.start + 0.01) ? found : -1;
}

/**
 * Heights of every row, measured or estimated, as a Fenwick tree: the offset of a row and the
 * row at an offset are both O(log n), and a measured height is an O(log n) update.
 */
export class HeightIndex {
  size: number;
  private heights: Float64Array;
  private tree: Float64Array;
  private measured: Uint8Array;
  private topBit = 1;

  constructor(estimates: Float64Array) {
    this.size = estimates.length;
    this.heights = Float64Array.from(estimates);
    this.measured = new Uint8Array(this.size);
    this.tree = new Float64Array(this.size + 1);
    // O(n) build: each node adds itself to its parent once.
    for (let i = 1; i <= this.size; i++) {
      this.tree[i]! += this.heights[i - 1]!;
      const parent = i + (i & -i);
      if (parent <= this.size) this.tree[parent]! += this.tree[i]!;
    }
    while (this.topBit * 2 <= this.size) this.topBit *= 2;
  }

  /** Every row `height` tall: the tree is written directly, without a pass over estimates. */
  static uniform(size: number, height: number): HeightIndex {
    const index = new HeightIndex(new Float64Array(0));
    const target = index as unknown as { size: number; heights: Float64Array; tree: Float64Array; measured: Uint8Array; topBit: number };
    target.size = size;
    target.heights = new Float64Array(size).fill(height);
    target.measured = new Uint8Array(size);
    target.tree = new Float64Array(size + 1);
    for (let i = 1; i <= size; i++) target.tree[i] = height * (i & -i);
    target.topBit = 1;
    while (target.topBit * 2 <= size) target.topBit *= 2;
    return index;
  }

  height(index: number): number {
    return this.heights[index]!;
  }

  isMeasured(index: number): boolean {
    return this.measured[index] === 1;
  }

  /** Sets a row's height; returns the change. */
  set(index: number, height: number): number {
    this.measured[index] = 1;
    const delta = height - this.heights[index]!;
    if (delta === 0) return 0;
    this.heights[index] = height;
    for (let i = index + 1; i <= this.size; i += i & -i) this.tree[i]! += delta;
    return delta;
  }

  /** Sum of the heights of rows before `index`. */
  offset(index: number): number {
    let sum = 0;
    for (let i = Math.min(index, this.size); i > 0; i -= i & -i) sum += this.tree[i]!;
    return sum;
  }

  get total(): number {
    return this.offset(this.size);
  }

  /** The row covering `offset` (clamped to the rows). */
  indexAt(offset: number): number {
    if (this.size === 0) return 0;
    let position = 0;
    let remaining = offset;
    for (let bit = this.topBit; bit > 0; bit >>= 1) {
      const next = position + bit;
      if (next <= this.size && this.tree[next]! <= remaining) {
        position = next;
        remaining -= this.tree[next]!;
      }
    }
    return Math.min(position, this.size - 1);
  }
}

const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}/gu;

/** Text folded for search (lower case, no accents), with where each folded unit came from. */
export interface FoldedText {
  text: string;
  /** Original offset of each folded UTF-16 unit; absent when offsets are the same. */
  map?: Uint32Array;
}

function foldChar(char: string): string {
  return char.toLowerCase().normalize('NFD').replace(MARKS, '');
}

/** Lower case without accents, keeping a map back to the original offsets. */
export function foldText(text: string): FoldedText {
  if (!NON_ASCII.test(text)) return { text: text.toLowerCase() };
  let folded = '';
  const map: number[] = [];
  let offset = 0;
  for (const char of text) {
    const f = foldChar(char);
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

export interface TextRange {
  start: number;
  end: number;
}

/** A search hit: segment index and a range of its original text. */
export interface Match extends TextRange {
  segment: number;
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

/** First match whose segment is ≥ `segment` (matches sorted by segment), or matches.length. */
export function firstMatchFrom(matches: readonly Match[], segment: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (matches[mid]!.segment < segment) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Where each word of a segment sits in its text (found left to right), or null if unplaced. */
export function wordRanges(segment: Segment): (TextRange | null)[] {
  const words = segment.words ?? [];
  const ranges: (TextRange | null)[] = [];
  let cursor = 0;
  for (const word of words) {
    const text = word.text.trim();
    const at = text ? segment.text.indexOf(text, cursor) : -1;
    if (at === -1) ranges.push(null);
    else {
      ranges.push({ start: at, end: at + text.length });
      cursor = at + text.length;
    }
  }
  return ranges;
}

/** A piece of a segment's text with everything that marks it. */
export interface TextRun {
  start: number;
  end: number;
  /** Index into the segment's mention ranges, or -1. */
  mention: number;
  /** Index into the segment's words, or -1. */
  word: number;
  /** Index into the transcript's matches, or -1. */
  match: number;
}

/**
 * Cuts `length` characters at every mention, word and match boundary. Each run knows which
 * mention, word and match it belongs to, so a renderer can nest them (mention > word > match).
 */
export function textRuns(
  length: number,
  mentions: readonly MentionRange[],
  words: readonly (TextRange | null)[],
  matches: readonly Match[],
  firstMatch: number,
  segment: number,
): TextRun[] {
  const cuts = new Set<number>([0, length]);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  for (const w of words) if (w) cuts.add(w.start).add(w.end);
  for (let k = firstMatch; k < matches.length && matches[k]!.segment === segment; k++) {
    cuts.add(matches[k]!.start).add(matches[k]!.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= length).sort((a, b) => a - b);
  const runs: TextRun[] = [];
  let mi = 0;
  let wi = 0;
  let ki = firstMatch;
  for (let p = 0; p + 1 < points.length; p++) {
    const start = points[p]!;
    const end = points[p + 1]!;
    while (mi < mentions.length && mentions[mi]!.end <= start) mi++;
    while (wi < words.length && (!words[wi] || words[wi]!.end <= start)) wi++;
    while (ki < matches.length && matches[ki]!.segment === segment && matches[ki]!.end <= start) ki++;
    const mention = mi < mentions.length && mentions[mi]!.start <= start ? mi : -1;
    const word = wi < words.length && words[wi] && words[wi]!.start <= start ? wi : -1;
    const match = ki < matches.length && matches[ki]!.segment === segment && matches[ki]!.start <= start ? ki : -1;
    runs.push({ start, end, mention, word, match });
  }
  return runs;
}

/** Mention ranges per segment, found on demand with one matcher per episode, and cached. */
export class MentionIndex {
  private readonly cache: (MentionRange[] | undefined)[];
  private readonly byEntity = new Map<string, { segment: number; range: number }[]>();

  constructor(
    private readonly segments: readonly Segment[],
    private readonly matcher: MentionMatcher,
  ) {
    this.cache = new Array(segments.length);
  }

  ranges(segment: number): MentionRange[] {
    let ranges = this.cache[segment];
    if (!ranges) ranges = this.cache[segment] = findMentionRanges(this.segments[segment]!.text, this.matcher);
    return ranges;
  }

  /** Every mention of an entity in transcript order (one scan of the transcript, then cached). */
  of(entityId: string): { segment: number; range: number }[] {
    let list = this.byEntity.get(entityId);
    if (list) return list;
    list = [];
    for (let s = 0; s < this.segments.length; s++) {
      const ranges = this.ranges(s);
      for (let r = 0; r < ranges.length; r++) if (ranges[r]!.entityId === entityId) list.push({ segment: s, range: r });
    }
    this.byEntity.set(entityId, list);
    return list;
  }
}

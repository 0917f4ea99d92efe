/**
 * The transcript's data side, without Lit: what is derived once per episode, finding the segment
 * at a time, heights for windowing (a Fenwick tree, so offset ↔ index is O(log n) at 20,000
 * segments), accent-insensitive search, and cutting a segment's text into runs (mention, word,
 * match) for rendering.
 */
import { createMentionMatcher, findMentionRanges, type MentionMatcher, type MentionRange } from '../../episode/mentions.js';
import { indexAtTime } from '../../episode/time.js';
import type { Episode, Segment } from '../../episode/types.js';

export { indexAtTime };

/** Speaker colours: --ek-speaker-1 … --ek-speaker-6, used in turn. */
const SPEAKER_COLOURS = 6;

/**
 * Everything derived once per episode. Nothing here walks the whole transcript: a row's turn,
 * colour and mentions are found when it is shown, so 20,000 segments render as fast as 20.
 */
export interface TranscriptModel {
  episode: Episode;
  segments: readonly Segment[];
  speakerNames: Map<string, string>;
  /** Colour slot per speaker: the episode's people in order, then others as they first speak. */
  slots: Map<string, number>;
  /** Segments scanned so far for speakers who are not among the people. */
  slotScan: number;
  entityNames: Map<string, string>;
  mentions: MentionIndex;
}

export function buildModel(episode: Episode): TranscriptModel {
  const slots = new Map<string, number>();
  for (const person of episode.people) slots.set(person.id, slots.size % SPEAKER_COLOURS);
  return {
    episode,
    segments: episode.transcript,
    speakerNames: new Map(episode.people.map((p) => [p.id, p.name])),
    slots,
    slotScan: 0,
    entityNames: new Map(episode.entities.map((e) => [e.id, e.name])),
    mentions: new MentionIndex(episode.transcript, createMentionMatcher(episode.entities)),
  };
}

/** The colour slot of segment `i`'s speaker. */
export function speakerSlot(model: TranscriptModel, i: number): number {
  const { segments, slots } = model;
  const speaker = segments[i]!.speaker ?? '';
  // A speaker who is not among the people takes the next slot in the order they first speak.
  while (!slots.has(speaker) && model.slotScan <= i) {
    const other = segments[model.slotScan++]!.speaker ?? '';
    if (!slots.has(other)) slots.set(other, slots.size % SPEAKER_COLOURS);
  }
  return slots.get(speaker)!;
}

export function wordAt(segment: Segment, time: number): number {
  const words = segment.words;
  if (!words?.length) return -1;
  const found = indexAtTime(words, time);
  return found >= 0 && time < Math.max(words[found]!.end, words[found]!.start + 0.01) ? found : -1;
}

/**
 * Heights of every row: the measured ones, and one estimate for all the others. The offset of a
 * row and the row at an offset are O(log n) (a Fenwick tree holds how far each measured row is
 * from the estimate), a measured height is an O(log n) update, and making one for 20,000 rows
 * costs no pass over them.
 */
export class HeightIndex {
  readonly size: number;
  readonly estimate: number;
  private readonly heights: Float64Array;
  private readonly tree: Float64Array;
  private readonly measured: Uint8Array;
  private readonly topBit: number;

  constructor(size: number, estimate: number) {
    this.size = size;
    this.estimate = estimate;
    this.heights = new Float64Array(size);
    this.measured = new Uint8Array(size);
    this.tree = new Float64Array(size + 1);
    let bit = 1;
    while (bit * 2 <= size) bit *= 2;
    this.topBit = bit;
  }

  height(index: number): number {
    return this.measured[index] ? this.heights[index]! : this.estimate;
  }

  isMeasured(index: number): boolean {
    return this.measured[index] === 1;
  }

  /** Sets a row's measured height; returns the change. */
  set(index: number, height: number): number {
    const delta = height - this.height(index);
    this.measured[index] = 1;
    this.heights[index] = height;
    if (delta !== 0) for (let i = index + 1; i <= this.size; i += i & -i) this.tree[i]! += delta;
    return delta;
  }

  /** Sum of the heights of rows before `index`. */
  offset(index: number): number {
    const end = Math.min(index, this.size);
    let sum = end * this.estimate;
    for (let i = end; i > 0; i -= i & -i) sum += this.tree[i]!;
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
    // Node `next` covers the `bit` rows after `position`: their estimates plus its differences.
    for (let bit = this.topBit; bit > 0; bit >>= 1) {
      const next = position + bit;
      if (next > this.size) continue;
      const span = this.tree[next]! + bit * this.estimate;
      if (span <= remaining) {
        position = next;
        remaining -= span;
      }
    }
    return Math.min(position, this.size - 1);
  }
}

export interface TextRange {
  start: number;
  end: number;
}

/** A search hit: segment index and a range of its original text. */
export interface Match extends TextRange {
  segment: number;
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

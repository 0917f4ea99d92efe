/**
 * Finding where the transcript names an entity. One matcher is built per episode from every
 * name and alias, keyed by its first word, so a transcript is scanned once whatever the number
 * of entities; the same matcher marks mentions inside a segment's text.
 *
 * Matching is by whole words, case- and accent-insensitive ("Ai" finds "AI" but not "said",
 * "Jose" finds "José"). Scripts written without spaces (Han, Kana, Thai) match per character.
 * Where names overlap, the longest one at a position wins ("New York Times" over "New York").
 */
import { fold } from './fold.js';

export interface MentionRange {
  /** Offset of the first character in the text (UTF-16 units). */
  start: number;
  /** Offset just after the last character. */
  end: number;
  entityId: string;
}

export interface MentionPattern {
  entityId: string;
  /** Folded words after the first. */
  rest: string[];
  /** Separators between consecutive words, folded ("" for CJK, " " for space or hyphen). */
  separators: string[];
  /** Punctuation glued before the first word ("." in ".NET"), folded. */
  prefix: string;
  /** Punctuation glued after the last word ("++" in "C++"), folded. */
  suffix: string;
}

export interface MentionMatcher {
  /** Patterns keyed by their first folded word. */
  readonly byFirstWord: ReadonlyMap<string, readonly MentionPattern[]>;
  /** Number of names and aliases the matcher knows. */
  readonly size: number;
  /**
   * Quick rejection of words no name starts with: bit `min(length, 31)` of entry
   * `firstCharCode & 127` is set for every first word.
   */
  readonly firstWordFilter: Uint32Array;
}

function filterBit(code: number, length: number): [number, number] {
  return [code & 127, 1 << Math.min(length, 31)];
}

export interface MentionSource {
  id: string;
  name: string;
  aliases?: readonly string[];
}

// A word is one character of a script written without spaces, or a run of letters, marks and
// digits of any other script.
const NO_SPACE_SCRIPTS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
const WORD_SOURCE = `[${NO_SPACE_SCRIPTS}]|(?:(?![${NO_SPACE_SCRIPTS}])[\\p{L}\\p{M}\\p{N}])+`;
const wordRe = () => new RegExp(WORD_SOURCE, 'gu');

function foldSeparator(text: string): string {
  return fold(text).replace(/[\s\-\u2010-\u2015_]+/g, ' ');
}

function compile(name: string, entityId: string): { first: string; pattern: MentionPattern } | undefined {
  const trimmed = name.trim();
  const re = wordRe();
  const words: string[] = [];
  const separators: string[] = [];
  let prefix = '';
  let lastEnd = 0;
  for (let m = re.exec(trimmed); m; m = re.exec(trimmed)) {
    const between = trimmed.slice(lastEnd, m.index);
    if (words.length === 0) prefix = fold(between);
    else separators.push(foldSeparator(between));
    words.push(fold(m[0]));
    lastEnd = m.index + m[0].length;
  }
  if (words.length === 0) return undefined;
  const [first, ...rest] = words;
  return { first: first!, pattern: { entityId, rest, separators, prefix, suffix: fold(trimmed.slice(lastEnd)) } };
}

/** Build once per episode; reuse for indexing the transcript and for marking segment text. */
export function createMentionMatcher(entities: readonly MentionSource[]): MentionMatcher {
  const byFirstWord = new Map<string, MentionPattern[]>();
  const seen = new Set<string>();
  let size = 0;
  for (const entity of entities) {
    const names = [entity.name, ...(entity.aliases ?? [])];
    for (const name of names) {
      if (typeof name !== 'string') continue;
      const compiled = compile(name, entity.id);
      if (!compiled) continue;
      const { first, pattern } = compiled;
      // The first entity to claim a name keeps it.
      const key = [pattern.prefix, first, ...pattern.rest.flatMap((w, i) => [pattern.separators[i], w]), pattern.suffix].join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      let list = byFirstWord.get(first);
      if (!list) byFirstWord.set(first, (list = []));
      list.push(pattern);
      size++;
    }
  }
  // Longer names first so that the first pattern that matches is the longest.
  for (const list of byFirstWord.values()) {
    list.sort((a, b) => b.rest.length - a.rest.length || b.suffix.length - a.suffix.length || b.prefix.length - a.prefix.length);
  }
  const firstWordFilter = new Uint32Array(128);
  for (const first of byFirstWord.keys()) {
    const [slot, bit] = filterBit(first.charCodeAt(0), first.length);
    firstWordFilter[slot]! |= bit;
  }
  return { byFirstWord, size, firstWordFilter };
}

/** Words of a text as offsets; keys (folded words) are made only for words that may match. */
interface Tokens {
  starts: number[];
  ends: number[];
  /** True when offsets and keys come from the lower-cased ASCII fast path. */
  ascii: boolean;
  key(t: number): string;
}

// Reused between calls (matching is synchronous) to spare allocations on long transcripts.
const sharedStarts: number[] = [];
const sharedEnds: number[] = [];

/** Words of ASCII text in one pass over char codes; false as soon as a non-ASCII char shows. */
function tokenizeAscii(text: string, starts: number[], ends: number[]): boolean {
  const n = text.length;
  let start = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return false;
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      starts.push(start);
      ends.push(i);
      start = -1;
    }
  }
  if (start >= 0) {
    starts.push(start);
    ends.push(n);
  }
  return true;
}

function tokenize(text: string): Tokens {
  const starts = sharedStarts;
  const ends = sharedEnds;
  starts.length = 0;
  ends.length = 0;
  if (tokenizeAscii(text, starts, ends)) {
    // ASCII keeps its length when lower-cased, so these offsets hold for the key too.
    return { starts, ends, ascii: true, key: (t) => text.slice(starts[t], ends[t]).toLowerCase() };
  }
  starts.length = 0;
  ends.length = 0;
  const keys: string[] = [];
  const re = wordRe();
  for (let m = re.exec(text); m; m = re.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    keys.push(fold(m[0]));
  }
  return { starts, ends, ascii: false, key: (t) => keys[t]! };
}

const APOSTROPHES = "'\u2019";

/** Character ranges in `text` where the matcher's names occur, left to right, not overlapping. */
export function findMentionRanges(text: string, matcher: MentionMatcher): MentionRange[] {
  const ranges: MentionRange[] = [];
  if (matcher.size === 0 || !text) return ranges;
  const tokens = tokenize(text);
  const { starts, ends } = tokens;
  const filter = matcher.firstWordFilter;
  for (let t = 0; t < starts.length; t++) {
    if (tokens.ascii) {
      const length = ends[t]! - starts[t]!;
      // Lower-case the first character (digits are unaffected by | 32 in this check's slots).
      const slot = (text.charCodeAt(starts[t]!) | 32) & 127;
      if (!(filter[slot]! & (1 << (length < 31 ? length : 31)))) continue;
    }
    const candidates = matcher.byFirstWord.get(tokens.key(t));
    if (!candidates) continue;
    for (const pattern of candidates) {
      const end = matchAt(text, tokens, t, pattern);
      if (end !== undefined) {
        ranges.push({ start: starts[t]! - pattern.prefix.length, end: end.offset, entityId: pattern.entityId });
        t = end.lastToken;
        break;
      }
    }
  }
  return ranges;
}

function matchAt(
  text: string,
  tokens: Tokens,
  t: number,
  pattern: MentionPattern,
): { offset: number; lastToken: number } | undefined {
  const { starts, ends } = tokens;
  if (pattern.prefix) {
    const before = text.slice(starts[t]! - pattern.prefix.length, starts[t]);
    if (before.length !== pattern.prefix.length || fold(before) !== pattern.prefix) return undefined;
  }
  let previous = t;
  for (let i = 0; i < pattern.rest.length; i++) {
    const next = t + 1 + i;
    if (next >= starts.length || tokens.key(next) !== pattern.rest[i]) return undefined;
    if (foldSeparator(text.slice(ends[previous], starts[next])) !== pattern.separators[i]) return undefined;
    previous = next;
  }
  let offset = ends[previous]!;
  if (pattern.suffix) {
    const after = text.slice(offset, offset + pattern.suffix.length);
    if (fold(after) !== pattern.suffix) return undefined;
    offset += pattern.suffix.length;
  }
  // Glued to more word characters after a suffix ("C++x"), or a contraction ("Don't" is not
  // "Don"); a possessive ("Sarah's") still counts.
  const following = t + 1 + pattern.rest.length;
  if (following < starts.length) {
    if (starts[following] === offset && pattern.suffix) return undefined;
    if (starts[following] === offset + 1 && APOSTROPHES.includes(text[offset]!) && tokens.key(following) !== 's') return undefined;
  }
  return { offset, lastToken: t + pattern.rest.length };
}

/**
 * For each entity: the sorted, unique starts of the segments that name it.
 * Segments are read once; cost grows with the transcript's words, not with entities × segments.
 */
export function indexMentions(
  segments: readonly { start: number; text: string }[],
  matcher: MentionMatcher,
): Map<string, number[]> {
  const found = new Map<string, number[]>();
  if (matcher.size === 0) return found;
  for (const segment of segments) {
    for (const range of findMentionRanges(segment.text, matcher)) {
      let list = found.get(range.entityId);
      if (!list) found.set(range.entityId, (list = []));
      if (list[list.length - 1] !== segment.start) list.push(segment.start);
    }
  }
  for (const list of found.values()) {
    list.sort((a, b) => a - b);
    let w = 0;
    for (let r = 0; r < list.length; r++) if (r === 0 || list[r] !== list[w - 1]) list[w++] = list[r]!;
    list.length = w;
  }
  return found;
}

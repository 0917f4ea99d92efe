/**
 * Word-level transcripts (one word per JSON segment, or VTT cues with inner timestamps) read
 * badly as one line per word; they are grouped into sentence-sized segments of one speaker that
 * keep their words. A segment ends at a change of speaker, at the end of a sentence, at a pause
 * or when it grows too long.
 */
import type { SegmentInput } from './types.js';

export interface TimedWord {
  start: number;
  end?: number;
  text: string;
  speaker?: string;
}

export interface GroupWordsOptions {
  /** A silence longer than this (seconds) starts a new segment. Default 1.5. */
  maxPause?: number;
  /** Most words in one segment. Default 40. */
  maxWords?: number;
  /** Longest segment in seconds. Default 30. */
  maxDuration?: number;
}

// Sentence end: ., ?, !, … (also full-width and Devanagari forms) optionally followed by
// closing quotes or brackets.
const SENTENCE_END_RE = /[.?!…。？！।]["'”’»)\]]*$/;
// Tokens that attach to the previous word without a space.
const NO_SPACE_BEFORE_RE = /^[.,;:!?…%)\]}”’»。，、？！]+$/;

/** True when most segments carry a single token (so the transcript is word-level). */
export function isWordLevel(texts: readonly string[]): boolean {
  if (texts.length < 2) return false;
  let single = 0;
  for (const text of texts) if (!/\s/.test(text.trim())) single++;
  return single / texts.length > 0.6;
}

export function groupWords(
  words: readonly TimedWord[],
  options: GroupWordsOptions = {},
): { segments: SegmentInput[]; firstWords: number[] } {
  const maxPause = options.maxPause ?? 1.5;
  const maxWords = options.maxWords ?? 40;
  const maxDuration = options.maxDuration ?? 30;
  const segments: SegmentInput[] = [];
  /** Index in `words` of each segment's first word. */
  const firstWords: number[] = [];

  let current: { speaker?: string; words: TimedWord[]; first: number } | undefined;
  const flush = () => {
    if (!current || current.words.length === 0) return;
    const first = current.words[0]!;
    const last = current.words[current.words.length - 1]!;
    let text = '';
    for (const word of current.words) {
      const token = word.text.trim();
      text += text && !NO_SPACE_BEFORE_RE.test(token) ? ` ${token}` : token;
    }
    const segment: SegmentInput = {
      start: first.start,
      text,
      words: current.words.map((w) => (w.end === undefined ? { start: w.start, text: w.text.trim() } : { start: w.start, end: w.end, text: w.text.trim() })),
    };
    const end = last.end ?? last.start;
    if (end >= first.start) segment.end = end;
    if (current.speaker) segment.speaker = current.speaker;
    segments.push(segment);
    firstWords.push(current.first);
    current = undefined;
  };

  let previous: TimedWord | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word.text.trim()) continue;
    if (current && previous) {
      const gap = word.start - (previous.end ?? previous.start);
      const tooLong = current.words.length >= maxWords || word.start - current.words[0]!.start > maxDuration;
      if ((word.speaker ?? '') !== (current.speaker ?? '') || gap > maxPause || tooLong) flush();
    }
    if (!current) {
      current = { words: [], first: i };
      if (word.speaker) current.speaker = word.speaker;
    }
    current.words.push(word);
    previous = word;
    if (SENTENCE_END_RE.test(word.text.trim())) flush();
  }
  flush();
  return { segments, firstWords };
}

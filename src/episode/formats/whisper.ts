/**
 * Whisper JSON transcripts: OpenAI Whisper's and the OpenAI API's `verbose_json`
 * (`{ text, language, segments: [{ id, start, end, text }], words?: [{ word, start, end }] }`)
 * and WhisperX's (`segments: [{ start, end, text, speaker?, words: [{ word, start?, end?, score?,
 * speaker? }] }]`). Whisper starts texts with a space: it is trimmed. Words keep their times;
 * words WhisperX could not align (no `start`/`end`: numbers, symbols) take their times from
 * their neighbours, with one warning. Fields episode-kit does not use (`tokens`, `seek`,
 * `temperature`, `avg_logprob`, `no_speech_prob`, `probability`, `score`…) are ignored.
 */
import { describeValue, isRecord, joinPath } from '../problems.js';
import type { ImportResult, SegmentInput } from './types.js';
import { groupWords, type TimedWord } from './words.js';

interface Word {
  start: number;
  end?: number;
  text: string;
}

/** A segment as read here: times are always seconds. */
interface ReadSegment {
  start: number;
  end?: number;
  text: string;
  speaker?: string;
  words?: Word[];
}

interface JsonContext {
  report(path: string, message: string): void;
  lineOf(path: string): number | undefined;
}

/** Seconds as Whisper writes them: non-negative finite numbers (never clock strings). */
function seconds(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function isWhisperSegment(value: unknown): boolean {
  return isRecord(value) && ('start' in value || 'text' in value) && !('startTime' in value) && !('body' in value);
}

/**
 * True for Whisper's shape: a `segments` list of `{ start, end, text }` (Podcasting 2.0 has
 * `startTime` and `body`), or only a top-level `words` list (the API with word timestamps alone).
 */
export function isWhisperJson(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  if (Array.isArray(value.segments)) {
    const first = value.segments.find(isRecord);
    return first !== undefined && isWhisperSegment(first);
  }
  return value.segments === undefined && Array.isArray(value.words) && typeof value.text === 'string';
}

interface ReadWord {
  start?: number;
  end?: number;
  text: string;
  speaker?: string;
  path: string;
}

/** The words of a list (`word` in Whisper, `text` in some tools); bad entries are reported. */
function readWords(list: unknown[], base: string, ctx: JsonContext): ReadWord[] {
  const words: ReadWord[] = [];
  list.forEach((raw, i) => {
    const path = joinPath(base, i);
    if (!isRecord(raw)) {
      ctx.report(path, `expected a word object, got ${describeValue(raw)}; word dropped`);
      return;
    }
    const text = typeof raw.word === 'string' ? raw.word : typeof raw.text === 'string' ? raw.text : undefined;
    if (text === undefined) {
      ctx.report(joinPath(path, 'word'), raw.word === undefined && raw.text === undefined ? 'missing; word dropped' : `expected text, got ${describeValue(raw.word ?? raw.text)}; word dropped`);
      return;
    }
    if (!text.trim()) return; // Whisper emits empty tokens around punctuation; nothing is lost.
    const word: ReadWord = { text: text.trim(), path };
    for (const key of ['start', 'end'] as const) {
      if (raw[key] === undefined || raw[key] === null) continue;
      const time = seconds(raw[key]);
      if (time === undefined) ctx.report(joinPath(path, key), `expected seconds, got ${describeValue(raw[key])}; taken from the neighbouring words`);
      else word[key] = time;
    }
    if (word.start !== undefined && word.end !== undefined && word.end < word.start) {
      ctx.report(joinPath(path, 'end'), `ends (${word.end} s) before it starts (${word.start} s); taken from the neighbouring words`);
      delete word.end;
    }
    if (typeof raw.speaker === 'string' && raw.speaker.trim()) word.speaker = raw.speaker.trim();
    words.push(word);
  });
  return words;
}

/**
 * Gives every word a start and end: an unaligned word starts where the word before it ends (or
 * the segment starts) and ends where the next timed word starts (or the segment ends).
 */
function timeWords(words: ReadWord[], segmentStart: number, segmentEnd: number | undefined, untimed: string[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.start === undefined) untimed.push(word.path);
    const previous = out[out.length - 1];
    const start = word.start ?? previous?.end ?? previous?.start ?? segmentStart;
    let end = word.end;
    if (end === undefined) {
      const next = words.slice(i + 1).find((w) => w.start !== undefined)?.start;
      end = next ?? segmentEnd;
    }
    out.push(end !== undefined && end >= start ? { start, end, text: word.text } : { start, text: word.text });
  }
  return out;
}

/**
 * The API's top-level words, each given to the segment it starts in (the last one starting at or
 * before it), for segments that have no words of their own.
 */
function assignLooseWords(items: ReadSegment[], words: ReadWord[], untimed: string[], ctx: JsonContext): void {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start);
  const bySegment = new Map<number, ReadWord[]>();
  for (const word of words) {
    if (word.start === undefined) {
      ctx.report(joinPath(word.path, 'start'), 'missing; word dropped');
      continue;
    }
    let owner = order[0];
    for (const i of order) if (items[i]!.start <= word.start) owner = i;
    if (owner === undefined || items[owner]!.words) continue;
    const list = bySegment.get(owner) ?? [];
    list.push(word);
    bySegment.set(owner, list);
  }
  for (const [i, list] of bySegment) {
    const segment = items[i]!;
    segment.words = timeWords(list, segment.start, segment.end, untimed);
  }
}

export function readWhisperTranscript(value: Record<string, unknown>, ctx: JsonContext): ImportResult<SegmentInput> {
  const untimed: string[] = [];

  // Only word timestamps (the API's `timestamp_granularities: ["word"]`): sentences from words.
  if (!Array.isArray(value.segments)) {
    const words = readWords(value.words as unknown[], 'words', ctx);
    const timed: (TimedWord & { path: string })[] = [];
    for (const word of words) {
      if (word.start === undefined) {
        ctx.report(joinPath(word.path, 'start'), 'missing; word dropped');
        continue;
      }
      const item: TimedWord & { path: string } = { start: word.start, text: word.text, path: word.path };
      if (word.end !== undefined) item.end = word.end;
      if (word.speaker) item.speaker = word.speaker;
      timed.push(item);
    }
    const { segments, firstWords } = groupWords(timed);
    return { items: segments, problems: [], lines: firstWords.map((i) => ctx.lineOf(timed[i]!.path)) };
  }

  // The API puts words beside the segments, not in them: they go to the segment they start in.
  const looseWords = Array.isArray(value.words) ? readWords(value.words, 'words', ctx) : [];
  const items: ReadSegment[] = [];
  const lines: (number | undefined)[] = [];
  value.segments.forEach((raw, i) => {
    const path = joinPath('segments', i);
    if (!isRecord(raw)) {
      ctx.report(path, `expected an object, got ${describeValue(raw)}; segment dropped`);
      return;
    }
    const start = seconds(raw.start);
    if (start === undefined) {
      ctx.report(joinPath(path, 'start'), raw.start === undefined ? 'missing; segment dropped' : `expected seconds, got ${describeValue(raw.start)}; segment dropped`);
      return;
    }
    if (typeof raw.text !== 'string' || !raw.text.trim()) {
      ctx.report(
        joinPath(path, 'text'),
        typeof raw.text === 'string' || raw.text === undefined ? 'no text; segment dropped' : `expected text, got ${describeValue(raw.text)}; segment dropped`,
      );
      return;
    }
    const segment: ReadSegment = { start, text: raw.text.trim() };
    let end: number | undefined;
    if (raw.end !== undefined && raw.end !== null) {
      end = seconds(raw.end);
      if (end === undefined) ctx.report(joinPath(path, 'end'), `expected seconds, got ${describeValue(raw.end)}; ignored`);
      else if (end < start) {
        ctx.report(joinPath(path, 'end'), `ends (${end} s) before it starts (${start} s); ignored`);
        end = undefined;
      } else segment.end = end;
    }
    if (raw.speaker !== undefined && raw.speaker !== null) {
      if (typeof raw.speaker === 'string') {
        if (raw.speaker.trim()) segment.speaker = raw.speaker.trim();
      } else {
        ctx.report(joinPath(path, 'speaker'), `expected a name, got ${describeValue(raw.speaker)}; ignored`);
      }
    }
    let words: ReadWord[] = [];
    if (Array.isArray(raw.words)) words = readWords(raw.words, joinPath(path, 'words'), ctx);
    else if (raw.words !== undefined && raw.words !== null) ctx.report(joinPath(path, 'words'), `expected a list of words, got ${describeValue(raw.words)}; ignored`);
    // A segment without a speaker of its own takes the one its words name (WhisperX sets both).
    if (!segment.speaker) {
      const named = words.find((w) => w.speaker)?.speaker;
      if (named) segment.speaker = named;
    }
    if (words.length) segment.words = timeWords(words, start, end, untimed);
    items.push(segment);
    lines.push(ctx.lineOf(path));
  });
  if (looseWords.length) assignLooseWords(items, looseWords, untimed, ctx);
  if (untimed.length) {
    ctx.report(
      untimed[0]!,
      untimed.length === 1
        ? 'a word has no time (not aligned); its time is taken from the words around it'
        : `${untimed.length} words have no time (not aligned), the first here; their times are taken from the words around them`,
    );
  }
  return { items, problems: [], lines };
}

/**
 * JSON transcripts (`application/json`): Podcasting 2.0's
 * `{ "version": "1.0.0", "segments": [{ "speaker", "startTime", "endTime", "body" }] }`, or
 * Whisper's and WhisperX's `{ "segments": [{ "start", "end", "text", "words" }] }` (told apart by
 * content, see whisper.ts). Word-level files (most segments a single word) are grouped into
 * sentences (see words.ts).
 */
import { UnknownKeys } from '../keys.js';
import { describeValue, isRecord, joinPath, TIME_EXPECTED } from '../problems.js';
import { parseTime } from '../time.js';
import { readJsonCompanion } from './json-common.js';
import type { ImportOptions, ImportResult, SegmentInput } from './types.js';
import { isWhisperJson, readWhisperTranscript } from './whisper.js';
import { groupWords, isWordLevel, type TimedWord } from './words.js';

/** The keys of a segment in the Podcasting 2.0 JSON transcript specification. */
const SEGMENT_KEYS = new Set(['speaker', 'startTime', 'endTime', 'body']);

export function importJsonTranscript(text: string, options: ImportOptions = {}): ImportResult<SegmentInput> {
  const { value, problems, report, lineOf } = readJsonCompanion(text, options.file, options.path ?? 'transcript');
  if (value === undefined) return { items: [], problems, lines: [] };
  if (isWhisperJson(value)) return { ...readWhisperTranscript(value, { report, lineOf }), problems };

  let list: unknown[];
  let base: string;
  if (Array.isArray(value)) {
    list = value;
    base = '';
  } else if (isRecord(value) && Array.isArray(value.segments)) {
    list = value.segments;
    base = 'segments';
  } else {
    report('segments', `expected a "segments" list, got ${describeValue(isRecord(value) ? value.segments : value)}`);
    return { items: [], problems, lines: [] };
  }

  if (!list.length) report(base, 'no segments in the file');
  const unknownKeys = new UnknownKeys(report);
  const read: (TimedWord & { path: string })[] = [];
  list.forEach((raw, i) => {
    const path = joinPath(base, i);
    if (!isRecord(raw)) {
      report(path, `expected an object, got ${describeValue(raw)}; segment dropped`);
      return;
    }
    unknownKeys.check(raw, SEGMENT_KEYS, path, 'segment', joinPath);
    const start = parseTime(raw.startTime);
    if (start === undefined) {
      report(
        joinPath(path, 'startTime'),
        raw.startTime === undefined ? 'missing; segment dropped' : `${TIME_EXPECTED}, got ${describeValue(raw.startTime)}; segment dropped`,
      );
      return;
    }
    if (typeof raw.body !== 'string' || !raw.body.trim()) {
      report(
        joinPath(path, 'body'),
        raw.body === undefined || typeof raw.body === 'string' ? 'missing; segment dropped' : `expected text, got ${describeValue(raw.body)}; segment dropped`,
      );
      return;
    }
    const item: TimedWord & { path: string } = { start, text: raw.body, path };
    if (raw.endTime !== undefined && raw.endTime !== null) {
      const end = parseTime(raw.endTime);
      if (end === undefined) {
        report(joinPath(path, 'endTime'), `${TIME_EXPECTED}, got ${describeValue(raw.endTime)}; ignored`);
      } else if (end < start) {
        report(joinPath(path, 'endTime'), `ends (${end} s) before it starts (${start} s); segment dropped`);
        return;
      } else {
        item.end = end;
      }
    }
    if (raw.speaker !== undefined && raw.speaker !== null) {
      if (typeof raw.speaker === 'string') {
        if (raw.speaker.trim()) item.speaker = raw.speaker.trim();
      } else {
        report(joinPath(path, 'speaker'), `expected a name, got ${describeValue(raw.speaker)}; ignored`);
      }
    }
    read.push(item);
  });
  unknownKeys.finish();

  if (isWordLevel(read.map((w) => w.text))) {
    const sorted = [...read].sort((a, b) => a.start - b.start);
    const { segments, firstWords } = groupWords(sorted);
    const segmentLines = firstWords.map((i) => lineOf(sorted[i]!.path));
    return { items: segments, problems, lines: segmentLines };
  }

  const items: SegmentInput[] = read.map((w) => {
    const segment: SegmentInput = { start: w.start, text: w.text };
    if (w.end !== undefined) segment.end = w.end;
    if (w.speaker !== undefined) segment.speaker = w.speaker;
    return segment;
  });
  return { items, problems, lines: read.map((w) => lineOf(w.path)) };
}

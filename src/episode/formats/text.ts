/**
 * Plain-text transcripts (`.txt`), as Descript, Otter, YouTube and people by hand write them:
 * `[00:01:02] Ana: text`, `00:01:02 Ana: text`, `Ana (1:02): text`, `(1:02) text`, `Ana: text`,
 * a header line `Ana Ortiz  0:03` (Otter) or a time alone on its line (YouTube) above the text.
 * A line that names nobody continues the line above it; a blank line ends a paragraph, and the
 * next one keeps its speaker. Lines without a time get an estimated one (spread between the
 * times around them by length, or at a speaking pace), and a warning says so.
 */
import { formatTime, parseTime } from '../time.js';
import type { EpisodeProblem } from '../types.js';
import type { ImportOptions, ImportResult, SegmentInput } from './types.js';

// "Ana:", "Dr. Jane Smith:", "SPEAKER_00:", "Speaker 2:": up to four words starting with a
// capital letter (or a digit after the first word), then a colon. Lower-case starts are text.
export const SPEAKER_NAME = String.raw`[\p{Lu}][\p{L}\p{M}\p{N}_.'’-]*(?: [\p{L}\p{M}\p{N}_.'’-]+){0,3}`;
const TIME = String.raw`(?:\d{1,2}:)?\d{1,3}:\d{2}(?:[.,]\d{1,3})?`;

// [00:01:02] Ana: text · 00:01:02 - Ana: text · (1:02) text
const TIME_FIRST_RE = new RegExp(String.raw`^[\[(]?(${TIME})[\])]?(?:\s*[-–—|]\s*|\s+|(?<=[\])]))(?:(${SPEAKER_NAME}):\s*)?(.*)$`, 'u');
// Ana (1:02): text · Ana [00:01:02] text · Ana 00:01:02: text
const NAME_TIME_RE = new RegExp(String.raw`^(${SPEAKER_NAME})\s*[\[(]?(${TIME})[\])]?\s*:?\s+(.+)$`, 'u');
// Ana Ortiz  0:03 (Otter's header) · Ana: (a name alone) · 0:03 (a time alone)
const HEADER_RE = new RegExp(String.raw`^(?:(${SPEAKER_NAME})(?::|\s+[\[(]?(${TIME})[\])]?)|[\[(]?(${TIME})[\])]?)$`, 'u');
const NAME_FIRST_RE = new RegExp(String.raw`^(${SPEAKER_NAME}):\s+(.+)$`, 'u');
// The line Otter adds at the end of its exports: not speech.
const OTTER_TRAILER_RE = /^Transcribed by https?:\/\/otter\.ai\/?$/i;

/** Characters a second at a conversational pace (about 150 words a minute). */
const CHARS_PER_SECOND = 15;

interface Draft {
  start?: number;
  speaker?: string;
  text: string;
  line: number;
}

/** True when a line of the text looks like a transcript line with a time or a speaker. */
export function looksLikeTextTranscript(head: string): boolean {
  const lines = head.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean).slice(0, 20);
  const matching = lines.filter((l) => TIME_FIRST_RE.test(l) || NAME_TIME_RE.test(l) || HEADER_RE.test(l) || NAME_FIRST_RE.test(l));
  return matching.length > 0 && matching.length >= lines.length / 4;
}

function clock(text: string): number | undefined {
  return parseTime(text.replace(',', '.'));
}

export function importTextTranscript(text: string, options: ImportOptions = {}): ImportResult<SegmentInput> {
  const path = options.path ?? 'transcript';
  const problems: EpisodeProblem[] = [];
  const report = (message: string, line?: number) => {
    const problem: EpisodeProblem = { path, message };
    if (options.file) problem.file = options.file;
    if (line !== undefined) problem.line = line;
    problems.push(problem);
  };

  const drafts: Draft[] = [];
  let speaker: string | undefined;
  let pendingTime: number | undefined;
  let current: Draft | undefined;
  const open = (lineNo: number, body: string, time: number | undefined) => {
    current = { text: body, line: lineNo };
    const start = time ?? pendingTime;
    if (start !== undefined) current.start = start;
    if (speaker) current.speaker = speaker;
    pendingTime = undefined;
    drafts.push(current);
  };

  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const lineNo = i + 1;
      const line = raw.trim();
      if (!line) {
        current = undefined;
        return;
      }
      if (OTTER_TRAILER_RE.test(line)) {
        report(`Otter's "${line}" line is not speech; left out`, lineNo);
        current = undefined;
        return;
      }
      const header = HEADER_RE.exec(line);
      if (header) {
        if (header[1]) speaker = header[1];
        const time = header[2] ?? header[3];
        pendingTime = time ? clock(time) : undefined;
        current = undefined;
        return;
      }
      const timeFirst = TIME_FIRST_RE.exec(line);
      if (timeFirst) {
        if (timeFirst[2]) speaker = timeFirst[2];
        const body = timeFirst[3]!.trim();
        if (body) open(lineNo, body, clock(timeFirst[1]!));
        else pendingTime = clock(timeFirst[1]!);
        return;
      }
      const nameTime = NAME_TIME_RE.exec(line);
      if (nameTime) {
        speaker = nameTime[1];
        open(lineNo, nameTime[3]!.trim(), clock(nameTime[2]!));
        return;
      }
      const named = NAME_FIRST_RE.exec(line);
      if (named) {
        speaker = named[1];
        open(lineNo, named[2]!.trim(), undefined);
        return;
      }
      if (current && pendingTime === undefined) current.text += ` ${line}`;
      else open(lineNo, line, undefined);
    });

  if (drafts.length === 0) {
    report('no transcript lines found in the text file');
    return { items: [], problems, lines: [] };
  }
  estimateStarts(drafts, report);
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const items = drafts.map((d): SegmentInput => {
    const segment: SegmentInput = { start: d.start!, text: d.text };
    if (d.speaker) segment.speaker = d.speaker;
    return segment;
  });
  return { items, problems, lines: drafts.map((d) => d.line) };
}

/**
 * Fills the starts a text file leaves out: between two known times by each line's share of the
 * text, after the last (or with none at all) at a speaking pace. One warning names the first line.
 */
function estimateStarts(drafts: Draft[], report: (message: string, line?: number) => void): void {
  const missing = drafts.filter((d) => d.start === undefined);
  let previousKnown: Draft | undefined;
  for (const draft of drafts) {
    if (draft.start === undefined) continue;
    if (previousKnown && draft.start < previousKnown.start!) {
      report(`time ${formatTime(draft.start)} comes before the ${formatTime(previousKnown.start!)} above it; kept (lines are shown in time order)`, draft.line);
    }
    previousKnown = draft;
  }
  if (!missing.length) return;

  for (let i = 0; i < drafts.length; ) {
    if (drafts[i]!.start !== undefined) {
      i++;
      continue;
    }
    let j = i;
    while (j < drafts.length && drafts[j]!.start === undefined) j++;
    spreadRun(drafts, i, j);
    i = j;
  }

  const first = missing[0]!;
  if (missing.length === drafts.length) {
    report('the text has no timestamps: times are estimated at a speaking pace of about 150 words a minute, so seeking is approximate', first.line);
  } else {
    report(
      `${missing.length === 1 ? '1 line has' : `${missing.length} lines have`} no timestamp, the first here: ${missing.length === 1 ? 'its time is' : 'their times are'} estimated from the times around ${missing.length === 1 ? 'it' : 'them'}`,
      first.line,
    );
  }
}

/** Starts for drafts[i..j), which have none, from the known times around them. */
function spreadRun(drafts: Draft[], i: number, j: number): void {
  const before = drafts[i - 1];
  const after = drafts[j];
  const lower = before?.start ?? 0;
  if (after && after.start! > lower) {
    // Up to the next known time, each line (and the one before, which runs first) by its length.
    const weights = drafts.slice(before ? i - 1 : i, j).map((d) => d.text.length || 1);
    const sum = weights.reduce((a, b) => a + b, 0);
    let at = lower;
    let k = 0;
    if (before) at += ((after.start! - lower) * weights[k++]!) / sum;
    for (let n = i; n < j; n++) {
      drafts[n]!.start = round(at);
      at += ((after.start! - lower) * weights[k++]!) / sum;
    }
    return;
  }
  // After the last known time (or with none): at a speaking pace.
  let at = before ? lower + before.text.length / CHARS_PER_SECOND : 0;
  for (let n = i; n < j; n++) {
    drafts[n]!.start = round(at);
    at += drafts[n]!.text.length / CHARS_PER_SECOND;
  }
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}

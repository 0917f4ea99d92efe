/**
 * Shared reading of caption files (WebVTT, SRT) through the media-captions parser: cues with
 * plain text (tags removed, entities decoded), the speaker of `<v Name>`, timed chunks from
 * inner `<00:01:02.500>` timestamps, and each cue's line.
 */
import { ownValue } from '../own.js';
import { parseText, parseVTTTimestamp, tokenizeVTTCue, type VTTCue, type VTTNode } from 'media-captions';
import type { EpisodeProblem } from '../types.js';

export interface CaptionCue {
  start: number;
  end: number;
  /** Plain text: tags removed, entities decoded, whitespace collapsed. */
  text: string;
  /** From the first `<v Name>` voice tag. */
  voice?: string;
  /** Text pieces with their start, when the cue has inner timestamps. */
  timed?: { start: number; end: number; text: string }[];
  /** 1-based line of the cue's timing line. */
  line?: number;
}

const LINE_SPLIT_RE = /\r\n|\r|\n/;
const TIMING_SPLIT_RE = /[\s\t]*-->[\s\t]+/;
const SPACE_RE = /[\s\t]+/;

// media-captions decodes &amp; &lt; &gt; &quot; &#39; &nbsp; &lrm; &rlm;. Other references are
// decoded first, except those that would become markup characters.
const NAMED_ENTITIES: Record<string, string> = {
  apos: "'",
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  szlig: 'ß',
  ccedil: 'ç',
  ntilde: 'ñ',
};

function decodeExtraEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (whole, dec, hex, name) => {
    if (name) return ownValue(NAMED_ENTITIES, name) ?? whole;
    const code = dec ? parseInt(dec, 10) : parseInt(hex, 16);
    if (code === 38 || code === 60 || code === 62 || code > 0x10ffff || code === 0) return whole;
    if (code === 39) return whole; // decoded by media-captions
    try {
      return String.fromCodePoint(code);
    } catch {
      return whole;
    }
  });
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface TimingLine {
  line: number;
  start: number | null;
  end: number | null;
  startText: string;
  endText: string;
}

/**
 * Finds the timing lines media-captions turns into cues, following its block rules, so each cue
 * gets its line and cues it drops silently (end not after start) can be reported.
 */
function scanTimingLines(lines: string[], format: 'vtt' | 'srt'): TimingLine[] {
  const found: TimingLine[] = [];
  let inBlock = false;
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw === '') {
      inBlock = false;
      return;
    }
    if (inBlock) return;
    if (format === 'vtt' && (raw.startsWith('NOTE') || raw.startsWith('REGION') || (lineNo === 1 && raw.startsWith('WEBVTT')))) {
      inBlock = true;
      return;
    }
    if (!raw.includes('-->')) return;
    const line = format === 'srt' ? raw.replace(/,/g, '.') : raw;
    const [startText = '', trailing = ''] = line.split(TIMING_SPLIT_RE);
    const [endText = ''] = trailing.split(SPACE_RE);
    const start = parseVTTTimestamp(startText);
    const end = parseVTTTimestamp(endText);
    found.push({ line: lineNo, start, end, startText, endText });
    // A VTT timing line opens a cue block even when it fails; SRT only when it succeeds.
    if (format === 'vtt' || (start !== null && end !== null && end > start)) inBlock = true;
  });
  return found;
}

const TIMESTAMP_RE = /\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}/g;

/**
 * Blocks media-captions skips without a word: no `-->` in the block (a damaged arrow such as
 * `- ->` or `->`), or the timing line later than the block's second line (lines swapped). Each is
 * reported at its line, so no cue disappears silently.
 */
/** A transcript cue with a timing line and no text: nothing to show, so it is dropped and said. */
export function emptyCue(options: { file?: string }, path: string, line: number | undefined): EpisodeProblem {
  const problem: EpisodeProblem = { path, message: 'cue has no text; dropped' };
  if (options.file) problem.file = options.file;
  if (line !== undefined) problem.line = line;
  return problem;
}

/** Adds `problem` unless its line was already reported (a misplaced timing line is said once). */
export function pushEmptyCue(problems: EpisodeProblem[], problem: EpisodeProblem): void {
  if (problem.line === undefined || !problems.some((p) => p.line === problem.line)) problems.push(problem);
}

function reportStrayBlocks(lines: string[], format: 'vtt' | 'srt', report: (message: string, line?: number) => void): void {
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    const block = lines.slice(start, end);
    const lineNo = start + 1;
    start = -1;
    const first = block[0]!;
    if (format === 'vtt' && ((lineNo === 1 && first.startsWith('WEBVTT')) || /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first))) return;
    const arrow = block.findIndex((line) => line.includes('-->'));
    if (arrow === 0 || arrow === 1) return;
    const stamps = block.findIndex((line) => (line.match(TIMESTAMP_RE)?.length ?? 0) >= 2);
    const shown = (line: string) => JSON.stringify(line.length > 60 ? `${line.slice(0, 57)}…` : line);
    if (arrow > 1) {
      report(`the cue timing line ${shown(block[arrow]!)} must be the first line of its block (or the second, after an id); cue dropped`, lineNo + arrow);
    } else if (stamps >= 0) {
      report(`malformed cue timing line ${shown(block[stamps]!)}: expected "start --> end"; cue dropped`, lineNo + stamps);
    } else {
      report(`no cue timing line ("start --> end") in this block; ${block.length === 1 ? 'its line' : `its ${block.length} lines`} dropped`, lineNo);
    }
  };
  lines.forEach((line, i) => {
    if (line === '') close(i);
    else if (start < 0) start = i;
  });
  close(lines.length);
}

function walk(nodes: VTTNode[], time: number, into: { voice?: string; chunks: { time: number; text: string }[]; timed: boolean }) {
  for (const node of nodes) {
    if (node.type === 'text') {
      into.chunks.push({ time, text: node.data });
      continue;
    }
    if (node.type === 'v' && into.voice === undefined && node.voice?.trim()) into.voice = collapse(node.voice);
    let childTime = time;
    if (node.type === 'timestamp') {
      into.timed = true;
      childTime = node.time;
    }
    walk(node.children, childTime, into);
  }
}

export async function readCaptionCues(
  source: string,
  format: 'vtt' | 'srt',
  file: string | undefined,
  path: string,
): Promise<{ cues: CaptionCue[]; problems: EpisodeProblem[] }> {
  const problems: EpisodeProblem[] = [];
  const report = (message: string, line?: number) => {
    const problem: EpisodeProblem = { path, message };
    if (file) problem.file = file;
    if (line !== undefined) problem.line = line;
    problems.push(problem);
  };

  // Lines holding only spaces end a block too, as people mean them to.
  const lines = source
    .replace(/^\uFEFF/, '')
    .split(LINE_SPLIT_RE)
    .map((line) => (line.trim() ? line.replace(/\s+$/, '') : ''));
  const text = lines.join('\n');
  const timings = scanTimingLines(lines, format);

  const result = await parseText(text, { type: format, errors: true, strict: false });
  if (format === 'vtt' && !/^WEBVTT(?:[ \t]|$)/.test(lines[0] ?? '')) {
    report('missing the "WEBVTT" header on the first line; read anyway', 1);
  }
  for (const error of result.errors) {
    // Cue settings (position, alignment) are not used here, so their errors do not matter; a
    // missing header is checked above (media-captions misses it when line 1 is a cue timing).
    if (error.code === 2) report(`malformed cue timing: ${error.message.replace(/ on line \d+$/, '')}; cue dropped`, error.line);
  }
  reportStrayBlocks(lines, format, report);
  const accepted: TimingLine[] = [];
  for (const timing of timings) {
    if (timing.start === null || timing.end === null) continue;
    if (timing.end > timing.start) accepted.push(timing);
    else report(`cue ends (${timing.endText}) at or before its start (${timing.startText}); cue dropped`, timing.line);
  }
  const linesKnown = accepted.length === result.cues.length;

  const cues: CaptionCue[] = [];
  result.cues.forEach((cue: VTTCue, i: number) => {
    let cueText = cue.text;
    if (format === 'srt') cueText = cueText.replace(/\{\\[^}]*\}/g, '');
    const tokens = tokenizeVTTCue({ text: decodeExtraEntities(cueText), startTime: cue.startTime, endTime: cue.endTime } as VTTCue);
    const into: { voice?: string; chunks: { time: number; text: string }[]; timed: boolean } = { chunks: [], timed: false };
    walk(tokens, cue.startTime, into);
    const read: CaptionCue = {
      start: cue.startTime,
      end: cue.endTime,
      text: collapse(into.chunks.map((c) => c.text).join('')),
    };
    if (into.voice !== undefined) read.voice = into.voice;
    if (linesKnown) read.line = accepted[i]!.line;
    if (into.timed) {
      const merged: { time: number; text: string }[] = [];
      for (const chunk of into.chunks) {
        const last = merged[merged.length - 1];
        if (last && last.time === chunk.time) last.text += chunk.text;
        else merged.push({ ...chunk });
      }
      const pieces = merged.map((c) => ({ time: c.time, text: collapse(c.text) })).filter((c) => c.text);
      read.timed = pieces.map((c, j) => ({ start: c.time, end: pieces[j + 1]?.time ?? cue.endTime, text: c.text }));
    }
    cues.push(read);
  });
  if (!cues.length && !problems.length) report('no cues in the file');
  return { cues, problems };
}

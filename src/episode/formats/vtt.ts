/**
 * WebVTT transcripts and chapters (`text/vtt`), read with media-captions. `<v Name>` gives the
 * speaker; cue settings, NOTE, STYLE and REGION blocks are ignored; entities are decoded to text.
 * Cues with inner timestamps keep them as words, and a file made mostly of such cues is regrouped
 * into sentences (see words.ts).
 */
import { emptyCue, pushEmptyCue, readCaptionCues } from './captions.js';
import type { EpisodeProblem } from '../types.js';
import type { ChapterInput, ImportOptions, ImportResult, SegmentInput } from './types.js';
import { groupWords, type TimedWord } from './words.js';

export async function importVttTranscript(text: string, options: ImportOptions = {}): Promise<ImportResult<SegmentInput>> {
  const { cues, problems } = await readCaptionCues(text, 'vtt', options.file, options.path ?? 'transcript');
  const withText = cues.filter((cue) => cue.text);
  for (const cue of cues) if (!cue.text) pushEmptyCue(problems, emptyCue(options, options.path ?? 'transcript', cue.line));

  const timedCues = withText.filter((cue) => cue.timed && cue.timed.length > 1).length;
  if (withText.length > 0 && timedCues / withText.length > 0.5) {
    const words: TimedWord[] = [];
    const wordLines: (number | undefined)[] = [];
    for (const cue of withText) {
      for (const piece of cue.timed ?? [{ start: cue.start, end: cue.end, text: cue.text }]) {
        const word: TimedWord = { start: piece.start, end: piece.end, text: piece.text };
        if (cue.voice) word.speaker = cue.voice;
        words.push(word);
        wordLines.push(cue.line);
      }
    }
    const { segments, firstWords } = groupWords(words);
    return { items: segments, problems, lines: firstWords.map((i) => wordLines[i]) };
  }

  const items = withText.map((cue) => {
    const segment: SegmentInput = { start: cue.start, end: cue.end, text: cue.text };
    if (cue.voice) segment.speaker = cue.voice;
    if (cue.timed && cue.timed.length > 1) segment.words = cue.timed.map((w) => ({ ...w }));
    return segment;
  });
  return { items, problems, lines: withText.map((cue) => cue.line) };
}

/**
 * WebVTT chapters (a `kind="chapters"` track, as media-chrome and Vidstack read them): each cue is
 * a chapter, its text the title (lines joined). Cue identifiers, NOTE blocks and header lines such
 * as `Kind: chapters` are ignored; a cue without text cannot be listed and is dropped, with a warning.
 */
export async function importVttChapters(text: string, options: ImportOptions = {}): Promise<ImportResult<ChapterInput>> {
  const path = options.path ?? 'chapters';
  const { cues, problems } = await readCaptionCues(text, 'vtt', options.file, path);
  const items: ChapterInput[] = [];
  const lines: (number | undefined)[] = [];
  for (const cue of cues) {
    if (!cue.text) {
      const problem: EpisodeProblem = { path, message: 'cue has no text (a chapter needs a title); chapter dropped' };
      if (options.file) problem.file = options.file;
      if (cue.line !== undefined) problem.line = cue.line;
      problems.push(problem);
      continue;
    }
    items.push({ start: cue.start, end: cue.end, title: cue.text });
    lines.push(cue.line);
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { items, problems, lines };
}

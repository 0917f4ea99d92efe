/**
 * SRT transcripts (`application/x-subrip`), read with media-captions. A cue opening with
 * `Name:` names the speaker, who holds the following cues until the next `Name:`; lines of a
 * cue are joined with a space; a byte-order mark and CRLF line ends are fine.
 */
import { emptyCue, pushEmptyCue, readCaptionCues } from './captions.js';
import { SPEAKER_NAME } from './text.js';
import type { ImportOptions, ImportResult, SegmentInput } from './types.js';

// "Travis:", "Dr. Jane Smith:", "SPEAKER_00:"; lower-case starts ("note: …") are text, not speakers.
const SPEAKER_RE = new RegExp(String.raw`^(${SPEAKER_NAME}):(?:\s+|$)`, 'u');

export async function importSrtTranscript(text: string, options: ImportOptions = {}): Promise<ImportResult<SegmentInput>> {
  const { cues, problems } = await readCaptionCues(text, 'srt', options.file, options.path ?? 'transcript');
  const items: SegmentInput[] = [];
  const lines: (number | undefined)[] = [];
  let speaker: string | undefined;
  for (const cue of cues) {
    let body = cue.text;
    const named = SPEAKER_RE.exec(body);
    if (named) {
      speaker = named[1]!.trim();
      body = body.slice(named[0].length).trim();
    } else if (cue.voice) {
      speaker = cue.voice;
    }
    if (!body) {
      if (!cue.text) pushEmptyCue(problems, emptyCue(options, options.path ?? 'transcript', cue.line));
      continue;
    }
    const segment: SegmentInput = { start: cue.start, end: cue.end, text: body };
    if (speaker) segment.speaker = speaker;
    items.push(segment);
    lines.push(cue.line);
  }
  return { items, problems, lines };
}

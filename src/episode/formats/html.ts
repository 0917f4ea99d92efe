/**
 * HTML transcripts (`text/html`) as Podcasting 2.0 hosts publish them:
 * `<cite>Name:</cite> <time>0:53</time> <p>text</p>`, repeated.
 *
 * The markup is parsed into an inert document (`DOMParser`): nothing in it runs or loads and
 * nothing is attached to the page; only text content is read.
 */
import { describeValue, TIME_EXPECTED } from '../problems.js';
import { parseTime } from '../time.js';
import type { EpisodeProblem } from '../types.js';
import type { ImportOptions, ImportResult, SegmentInput } from './types.js';

function collapse(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** 1-based line of the n-th (0-based) occurrence of an opening tag in the source. */
function tagLines(source: string, tag: string): number[] {
  const lines: number[] = [];
  const re = new RegExp(`<${tag}[\\s>/]`, 'gi');
  let line = 1;
  let from = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    for (let i = from; i < m.index; i++) if (source.charCodeAt(i) === 10) line++;
    from = m.index;
    lines.push(line);
  }
  return lines;
}

export function importHtmlTranscript(text: string, options: ImportOptions = {}): ImportResult<SegmentInput> {
  const problems: EpisodeProblem[] = [];
  const items: SegmentInput[] = [];
  const lines: (number | undefined)[] = [];
  const path = options.path ?? 'transcript';
  let timeLines: number[] | undefined;
  let paragraphLines: number[] | undefined;
  const report = (message: string, line?: number) => {
    const problem: EpisodeProblem = { path, message };
    if (options.file) problem.file = options.file;
    if (line !== undefined) problem.line = line;
    problems.push(problem);
  };

  if (typeof DOMParser === 'undefined') {
    report('HTML transcripts can only be read in a browser');
    return { items, problems, lines };
  }
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const elements = doc.body ? doc.body.querySelectorAll('cite, time, p') : [];

  let speaker: string | undefined;
  let pendingTime: number | undefined;
  let timeIndex = -1;
  let paragraphIndex = -1;
  for (const element of Array.from(elements)) {
    const tag = element.localName;
    if (tag === 'cite') {
      const name = collapse(element.textContent).replace(/:$/, '').trim();
      speaker = name || undefined;
    } else if (tag === 'time') {
      timeIndex++;
      const raw = element.getAttribute('datetime') ?? collapse(element.textContent);
      const seconds = parseTime(raw) ?? parseTime(collapse(element.textContent));
      if (seconds === undefined) {
        timeLines ??= tagLines(text, 'time');
        report(`<time> ${TIME_EXPECTED}, got ${describeValue(raw)}; its paragraph joins the one before`, timeLines[timeIndex]);
      } else {
        pendingTime = seconds;
      }
    } else {
      paragraphIndex++;
      const body = collapse(element.textContent);
      if (!body) continue;
      const previous = items[items.length - 1];
      if (pendingTime === undefined && previous && previous.speaker === speaker) {
        // A paragraph with no time of its own continues the turn before it.
        previous.text = `${previous.text} ${body}`;
        continue;
      }
      let start = pendingTime;
      if (start === undefined) {
        start = previous ? (typeof previous.start === 'number' ? previous.start : 0) : 0;
        if (!previous) {
          paragraphLines ??= tagLines(text, 'p');
          report('the first paragraph has no <time> before it; it starts at 0:00', paragraphLines[paragraphIndex]);
        }
      }
      const segment: SegmentInput = { start, text: body };
      if (speaker) segment.speaker = speaker;
      items.push(segment);
      paragraphLines ??= tagLines(text, 'p');
      lines.push(paragraphLines[paragraphIndex]);
      pendingTime = undefined;
    }
  }
  return { items, problems, lines };
}

/**
 * HTML transcripts (`text/html`) as Podcasting 2.0 hosts publish them:
 * `<cite>Name:</cite> <time>0:53</time> <p>text</p>`, repeated.
 *
 * The markup is read by a tokenizer (htmlparser2) that builds no DOM: nothing in it runs, loads
 * or reaches the page, no Trusted Types sink is touched (no DOM parsing at all), and the same code
 * runs in Node. Only the text of `<cite>`, `<time>` and `<p>` elements is read, as the DOM's
 * `textContent` would give it (descendants included, entities decoded, script and style left out).
 * A chunk of its own in the CDN build, fetched only for an HTML transcript.
 */
import { Parser } from 'htmlparser2';
import { describeValue, TIME_EXPECTED } from '../problems.js';
import { parseTime } from '../time.js';
import type { EpisodeProblem } from '../types.js';
import type { ImportOptions, ImportResult, SegmentInput } from './types.js';

function collapse(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

type Tag = 'cite' | 'time' | 'p';
const READ: ReadonlySet<string> = new Set<Tag>(['cite', 'time', 'p']);
/** Elements whose text is not the transcript's (and which the DOM never renders as text). */
const SKIPPED: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript']);

/** One `<cite>`, `<time>` or `<p>`, in document order of its start tag. */
interface ReadElement {
  tag: Tag;
  text: string;
  datetime: string | undefined;
  /** Offset of its start tag in the source. */
  offset: number;
  line?: number;
}

/** The elements to read, in document order, with their text content. */
function readElements(source: string): ReadElement[] {
  const elements: ReadElement[] = [];
  const open: ReadElement[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED.has(name)) skipping++;
        else if (name === 'br' && !skipping) for (const element of open) element.text += ' ';
        if (!READ.has(name)) return;
        const element: ReadElement = { tag: name as Tag, text: '', datetime: attributes.datetime, offset: parser.startIndex };
        elements.push(element);
        open.push(element);
      },
      ontext(text) {
        if (!skipping) for (const element of open) element.text += text;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        if (!READ.has(name)) return;
        // The innermost open element of this name (htmlparser2 closes implied ones in order).
        for (let i = open.length - 1; i >= 0; i--) {
          if (open[i]!.tag === name) {
            open.splice(i, 1);
            break;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(source);
  // 1-based lines, in one pass over the source (the offsets only grow).
  let line = 1;
  let from = 0;
  for (const element of elements) {
    for (let i = from; i < element.offset; i++) if (source.charCodeAt(i) === 10) line++;
    from = element.offset;
    element.line = line;
  }
  return elements;
}

export function importHtmlTranscript(text: string, options: ImportOptions = {}): ImportResult<SegmentInput> {
  const problems: EpisodeProblem[] = [];
  const items: SegmentInput[] = [];
  const lines: (number | undefined)[] = [];
  const path = options.path ?? 'transcript';
  const report = (message: string, line?: number) => {
    const problem: EpisodeProblem = { path, message };
    if (options.file) problem.file = options.file;
    if (line !== undefined) problem.line = line;
    problems.push(problem);
  };

  let speaker: string | undefined;
  let pendingTime: number | undefined;
  for (const element of readElements(text)) {
    const tag = element.tag;
    if (tag === 'cite') {
      const name = collapse(element.text).replace(/:$/, '').trim();
      speaker = name || undefined;
    } else if (tag === 'time') {
      const raw = element.datetime ?? collapse(element.text);
      const seconds = parseTime(raw) ?? parseTime(collapse(element.text));
      if (seconds === undefined) {
        report(`<time> ${TIME_EXPECTED}, got ${describeValue(raw)}; its paragraph joins the one before`, element.line);
      } else {
        pendingTime = seconds;
      }
    } else {
      const body = collapse(element.text);
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
        if (!previous) report('the first paragraph has no <time> before it; it starts at 0:00', element.line);
      }
      const segment: SegmentInput = { start, text: body };
      if (speaker) segment.speaker = speaker;
      items.push(segment);
      lines.push(element.line);
      pendingTime = undefined;
    }
  }
  return { items, problems, lines };
}

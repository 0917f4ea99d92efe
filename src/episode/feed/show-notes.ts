/**
 * Show notes: an item's HTML description as plain text with its paragraphs kept (read by a
 * tokenizer, never inserted), and the chapter timestamps people write in them, read the way Apple
 * Podcasts, Spotify and YouTube read them (`00:00 Intro`, `(12:34) Topic`, `1:02:03 - Title`,
 * `[12:34] Title`).
 */
import { Parser } from 'htmlparser2';

/** Elements that end a paragraph (a blank line in the text). */
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'pre', 'hr']);
/** Elements that end a line. */
const LINES = new Set(['br', 'li', 'tr', 'dt', 'dd']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

/** HTML (or plain text) as text: paragraphs separated by a blank line, lines by a line break. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return normalizeText(html);
  let out = '';
  let skipping = 0;
  const breakLine = (blank: boolean) => {
    out = out.replace(/[ \t]+$/, '');
    if (!out) return;
    out += blank ? '\n\n' : '\n';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        else if (BLOCKS.has(name)) breakLine(true);
        else if (LINES.has(name)) breakLine(false);
        if (name === 'li' && !skipping) out += '• ';
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCKS.has(name)) breakLine(true);
      },
      ontext(text) {
        if (!skipping) out += text.replace(/\s+/g, ' ');
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return normalizeText(out);
}

/** Trims every line, keeps at most one blank line between paragraphs. */
function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface ShowNoteChapter {
  start: number;
  title: string;
  /** 1-based line of the show notes' text it came from. */
  line: number;
}

/**
 * A timestamp at the start of a line (after a bullet or an opening bracket), then the title:
 * `00:00 Intro`, `(12:34) Topic`, `[1:02:03] - Title`, `• 5:10 – Title`, `Title - 12:34` is not
 * read (players do not read it either).
 */
const TIMESTAMP_LINE = /^(?:[-*•–—]\s*)?[([]?((?:\d{1,2}:)?\d{1,2}:\d{2})[)\]]?\s*(?:[-–—:|•]\s*)?(.+)$/;

function clockSeconds(clock: string): number {
  return clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/**
 * The chapters written as timestamps in show notes, in the order written: at least two lines
 * with a timestamp, their times rising (as players require); else none.
 */
export function showNoteChapters(text: string): ShowNoteChapter[] {
  const chapters: ShowNoteChapter[] = [];
  text.split('\n').forEach((raw, i) => {
    const match = TIMESTAMP_LINE.exec(raw.trim());
    if (!match) return;
    const [minutesOrHours, ...rest] = match[1]!.split(':');
    // m:ss and h:mm:ss: minutes and seconds under 60.
    if (rest.some((part) => Number(part) >= 60) || minutesOrHours === undefined) return;
    const title = match[2]!.trim();
    if (!title) return;
    chapters.push({ start: clockSeconds(match[1]!), title, line: i + 1 });
  });
  if (chapters.length < 2) return [];
  for (let i = 1; i < chapters.length; i++) if (chapters[i]!.start <= chapters[i - 1]!.start) return [];
  return chapters;
}

/**
 * `importCompanion`: reads a chapters or transcript file in whichever format it is. The format
 * comes from the MIME `type`, else the file name's extension, else the content itself.
 */
import { ownValue } from '../own.js';
import { importJsonChapters } from './chapters-json.js';
import { importSrtTranscript } from './srt.js';
import { importJsonTranscript } from './transcript-json.js';
import { importTextTranscript, looksLikeTextTranscript } from './text.js';
import type { ChapterInput, ImportResult, SegmentInput } from './types.js';
import { importVttChapters, importVttTranscript } from './vtt.js';

export type CompanionKind = 'chapters' | 'transcript';
export type CompanionFormat = 'json' | 'vtt' | 'srt' | 'html' | 'text';

export interface ImportCompanionOptions {
  /** MIME type, e.g. from the episode file's `{ src, type }` or the response. */
  type?: string;
  /** URL or name of the file: set on problems, and its extension hints the format. */
  file?: string;
}

const BY_TYPE: Record<string, CompanionFormat> = {
  'application/json': 'json',
  'application/json+chapters': 'json',
  'application/json+transcript': 'json',
  'text/json': 'json',
  'text/vtt': 'vtt',
  'application/x-subrip': 'srt',
  'application/srt': 'srt',
  'text/srt': 'srt',
  'text/x-srt': 'srt',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  // An author's own `type`; servers send text/plain for anything, so a response's is not used.
  'text/plain': 'text',
};

const BY_EXTENSION: Record<string, CompanionFormat> = {
  json: 'json',
  vtt: 'vtt',
  webvtt: 'vtt',
  srt: 'srt',
  html: 'html',
  htm: 'html',
  txt: 'text',
};

const FORMAT_NAMES: Record<CompanionFormat, string> = { json: 'JSON', vtt: 'WebVTT', srt: 'SRT', html: 'HTML', text: 'plain text' };

export function formatFromType(type: string | undefined): CompanionFormat | undefined {
  if (!type) return undefined;
  const mime = type.split(';')[0]!.trim().toLowerCase();
  return ownValue(BY_TYPE, mime) ?? (mime.endsWith('+json') ? 'json' : undefined);
}

export function formatFromFileName(file: string | undefined): CompanionFormat | undefined {
  if (!file) return undefined;
  const name = file.split(/[?#]/)[0]!;
  const dot = name.lastIndexOf('.');
  if (dot < 0 || dot < name.lastIndexOf('/')) return undefined;
  return ownValue(BY_EXTENSION, name.slice(dot + 1).toLowerCase());
}

export function sniffFormat(text: string): CompanionFormat | undefined {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 2000);
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(head)) return 'vtt';
  // `[` opens JSON only when a value follows: "[00:01:02] Ana: …" is a plain-text transcript.
  if (head.startsWith('{') || /^\[\s*(?:[{["\]]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*[,\]]|true|false|null)/.test(head)) return 'json';
  if (/\d{1,2}:\d{2}:\d{2},\d{1,3}[ \t]*-->/.test(head)) return 'srt';
  if (/^<|<(?:cite|p|time|html|body)[\s>]/i.test(head)) return 'html';
  if (/\d{2}:\d{2}(?:\.\d{1,3})?[ \t]*-->/.test(head)) return 'vtt';
  if (looksLikeTextTranscript(head)) return 'text';
  return undefined;
}

export async function importCompanion(
  kind: 'chapters',
  text: string,
  options?: ImportCompanionOptions,
): Promise<ImportResult<ChapterInput>>;
export async function importCompanion(
  kind: 'transcript',
  text: string,
  options?: ImportCompanionOptions,
): Promise<ImportResult<SegmentInput>>;
export async function importCompanion(
  kind: CompanionKind,
  text: string,
  options?: ImportCompanionOptions,
): Promise<ImportResult<ChapterInput> | ImportResult<SegmentInput>>;
export async function importCompanion(
  kind: CompanionKind,
  text: string,
  options: ImportCompanionOptions = {},
): Promise<ImportResult<ChapterInput> | ImportResult<SegmentInput>> {
  const { file } = options;
  const format = formatFromType(options.type) ?? formatFromFileName(file) ?? sniffFormat(text);
  const importOptions = { file, path: kind };
  const fail = (message: string) => ({ items: [], problems: [{ path: kind, message, ...(file ? { file } : {}) }], lines: [] });

  if (!text.replace(/^\uFEFF/, '').trim()) return fail(`the ${kind} file is empty`);
  if (kind === 'chapters') {
    if (format === 'json') return importJsonChapters(text, importOptions);
    if (format === 'vtt') return importVttChapters(text, importOptions);
    return fail(
      format
        ? `chapters can be read from Podcasting 2.0 JSON or WebVTT, not ${FORMAT_NAMES[format]}; ignored`
        : 'unknown chapters format (expected Podcasting 2.0 JSON or WebVTT); ignored',
    );
  }
  switch (format) {
    case 'json':
      return importJsonTranscript(text, importOptions);
    case 'vtt':
      return importVttTranscript(text, importOptions);
    case 'srt':
      return importSrtTranscript(text, importOptions);
    case 'html':
      // Its tokenizer (with HTML's entity tables) is a chunk of its own: fetched only for HTML.
      return (await import('./html.js')).importHtmlTranscript(text, importOptions);
    case 'text':
      return importTextTranscript(text, importOptions);
    default:
      return fail('unknown transcript format (expected WebVTT, SRT, Podcasting 2.0 or Whisper JSON, HTML or plain text); ignored');
  }
}

/**
 * Podcasting 2.0 JSON chapters (`application/json+chapters`):
 * `{ "version": "1.2.0", "chapters": [{ "startTime", "endTime", "title", "img", "url", "toc" }] }`.
 * `location` and `value` are not used by episode-kit and are ignored without a warning; any other
 * key is reported. A file with no chapters says so.
 */
import { UnknownKeys } from '../keys.js';
import { describeValue, isRecord, joinPath, TIME_EXPECTED } from '../problems.js';
import { parseTime } from '../time.js';
import { isSafeUrl } from '../url.js';
import { readJsonCompanion } from './json-common.js';
import type { ChapterInput, ImportOptions, ImportResult } from './types.js';

/** The keys of a chapter in the Podcasting 2.0 JSON chapters specification. */
const CHAPTER_KEYS = new Set(['startTime', 'endTime', 'title', 'img', 'url', 'toc', 'location', 'value']);

export function importJsonChapters(text: string, options: ImportOptions = {}): ImportResult<ChapterInput> {
  const { value, problems, report, lineOf } = readJsonCompanion(text, options.file, options.path ?? 'chapters');
  const items: ChapterInput[] = [];
  const lines: (number | undefined)[] = [];
  if (value === undefined) return { items, problems, lines };

  let list: unknown[];
  let base: string;
  if (Array.isArray(value)) {
    list = value;
    base = '';
  } else if (isRecord(value) && Array.isArray(value.chapters)) {
    list = value.chapters;
    base = 'chapters';
  } else {
    report('chapters', `expected a "chapters" list, got ${describeValue(isRecord(value) ? value.chapters : value)}`);
    return { items, problems, lines };
  }

  if (!list.length) report(base, 'no chapters in the file');
  const unknownKeys = new UnknownKeys(report);
  list.forEach((raw, i) => {
    const path = joinPath(base, i);
    if (!isRecord(raw)) {
      report(path, `expected an object, got ${describeValue(raw)}; chapter dropped`);
      return;
    }
    unknownKeys.check(raw, CHAPTER_KEYS, path, 'chapter', joinPath);
    const start = parseTime(raw.startTime);
    if (start === undefined) {
      report(
        joinPath(path, 'startTime'),
        raw.startTime === undefined ? 'missing; chapter dropped' : `${TIME_EXPECTED}, got ${describeValue(raw.startTime)}; chapter dropped`,
      );
      return;
    }
    const toc = raw.toc === false ? false : undefined;
    if (raw.toc !== undefined && typeof raw.toc !== 'boolean') {
      report(joinPath(path, 'toc'), `expected true or false, got ${describeValue(raw.toc)}; ignored`);
    }
    const title = typeof raw.title === 'string' && raw.title.trim() ? raw.title : undefined;
    if (title === undefined && toc !== false) {
      report(
        joinPath(path, 'title'),
        raw.title === undefined || typeof raw.title === 'string'
          ? 'missing (only chapters with "toc": false may go without one); chapter dropped'
          : `expected text, got ${describeValue(raw.title)}; chapter dropped`,
      );
      return;
    }
    const chapter: ChapterInput = { start };
    if (title !== undefined) chapter.title = title;
    if (toc === false) chapter.toc = false;
    if (raw.endTime !== undefined && raw.endTime !== null) {
      const end = parseTime(raw.endTime);
      if (end === undefined) {
        report(joinPath(path, 'endTime'), `${TIME_EXPECTED}, got ${describeValue(raw.endTime)}; ignored`);
      } else if (end < start) {
        report(joinPath(path, 'endTime'), `ends (${end} s) before it starts (${start} s); chapter dropped`);
        return;
      } else {
        chapter.end = end;
      }
    }
    for (const [from, to] of [['img', 'image'], ['url', 'url']] as const) {
      const url = raw[from];
      if (url === undefined || url === null || url === '') continue;
      if (typeof url === 'string' && isSafeUrl(url)) chapter[to] = url.trim();
      else if (typeof url === 'string') report(joinPath(path, from), `unsafe URL ${describeValue(url)}: only http, https and relative URLs are allowed; ignored`);
      else report(joinPath(path, from), `expected a URL, got ${describeValue(url)}; ignored`);
    }
    items.push(chapter);
    lines.push(lineOf(path));
  });
  unknownKeys.finish();
  return { items, problems, lines };
}

import { ownValue } from './own.js';
import type { EpisodeProblem } from './types.js';

/**
 * Unknown keys: a key that is in neither episode-kit's format nor the source format's
 * specification is reported (never dropped silently), with the key the author probably meant.
 */

/** Keys people write for ours: other formats' names (Podcasting 2.0 `img`, `startTime`, `body`). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  img: ['image'],
  image: ['img'],
  start: ['startTime'],
  end: ['endTime'],
  text: ['body'],
  avatar: ['image'],
  photo: ['image'],
  picture: ['image'],
  starttime: ['start'],
  start_time: ['start'],
  begin: ['start'],
  from: ['source', 'start'],
  endtime: ['end'],
  end_time: ['end'],
  to: ['target', 'end'],
  body: ['text'],
  content: ['text'],
  kind: ['type'],
  category: ['type'],
  link: ['href', 'url'],
  url: ['href'],
  name: ['label', 'title'],
  title: ['label'],
  relation: ['label'],
  speakername: ['speaker'],
};

/** Whether `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The known key an unknown `key` most likely means, if any. */
export function suggestKey(key: string, known: ReadonlySet<string>): string | undefined {
  const lower = key.toLowerCase();
  for (const candidate of known) if (candidate.toLowerCase() === lower) return candidate;
  for (const candidate of ownValue(ALIASES, lower) ?? []) if (known.has(candidate)) return candidate;
  for (const candidate of known) if (oneEditApart(lower, candidate.toLowerCase())) return candidate;
  return undefined;
}

/** `unknown key; ignored (did you mean "image"?)` */
export function unknownKeyMessage(key: string, known: ReadonlySet<string>): string {
  const suggestion = suggestKey(key, known);
  return suggestion === undefined ? 'unknown key; ignored' : `unknown key; ignored (did you mean ${JSON.stringify(suggestion)}?)`;
}

/**
 * Reports unknown keys once per kind of item and key (the first item's path), and at `finish`
 * adds how many more items had it: 20,000 Whisper segments with a `tokens` key are one warning.
 */
export class UnknownKeys {
  private readonly seen = new Map<string, { problem: EpisodeProblem; more: number; items: string }>();

  constructor(private readonly report: (path: string, message: string) => EpisodeProblem) {}

  check(raw: Record<string, unknown>, known: ReadonlySet<string>, path: string, item: string, join: (base: string, key: string) => string): void {
    for (const key of Object.keys(raw)) {
      if (known.has(key)) continue;
      const id = `${item}\u0000${key}`;
      const seen = this.seen.get(id);
      if (seen) seen.more++;
      else this.seen.set(id, { problem: this.report(join(path, key), unknownKeyMessage(key, known)), more: 0, items: item });
    }
  }

  finish(): void {
    for (const { problem, more, items } of this.seen.values()) {
      if (more) problem.message += ` (also in ${more} more ${items === 'person' ? 'people' : `${items}s`})`;
    }
    this.seen.clear();
  }
}

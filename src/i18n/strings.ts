/**
 * Every visible string of episode-kit, in one typed table. Replace some or all of it for a page
 * (`registerStrings('fr', {...})`) or for one element (its `strings` property). Counts are
 * functions so each language can choose its own plural forms; numbers arrive already formatted
 * for the element's `lang`.
 */
export interface EkStrings {
  loading: string;
  /** Shown by a widget that has neither a provider nor a source. */
  noSource: string;
  /** Heading of the error box. */
  errorTitle: string;
  httpError: (status: number, statusText: string) => string;
  networkError: (detail: string) => string;
  /** Heading of the list of dropped parts. */
  warningsTitle: (count: number, formatted: string) => string;
  moreProblems: (count: number, formatted: string) => string;
  /** "1:30" → accessible label for a control that seeks. */
  seekTo: (time: string) => string;
  momentsCount: (count: number, formatted: string) => string;
  momentsHeading: string;
  momentLength: (length: string) => string;
  noMoments: string;
  durationMinutes: (minutes: number, formatted: string) => string;
}

export const defaultStrings: EkStrings = {
  loading: 'Loading episode…',
  noSource: 'No episode: give this element a src, an episode, or place it inside an <episode-provider>.',
  errorTitle: 'This episode cannot be shown',
  httpError: (status, statusText) => `HTTP ${status}${statusText ? ` ${statusText}` : ''}`,
  networkError: (detail) => `Network error: ${detail}`,
  warningsTitle: (n, f) => (n === 1 ? '1 part of the episode file was left out' : `${f} parts of the episode file were left out`),
  moreProblems: (_n, f) => `…and ${f} more`,
  seekTo: (time) => `Play from ${time}`,
  momentsCount: (n, f) => (n === 1 ? '1 moment' : `${f} moments`),
  momentsHeading: 'Key moments',
  momentLength: (length) => `${length} long`,
  noMoments: 'This episode has no chapters.',
  durationMinutes: (n, f) => (n === 1 ? '1 min' : `${f} min`),
};

const registry = new Map<string, Partial<EkStrings>>();

/** Replaces strings for every element whose `lang` is `lang` (or starts with it, `fr` for `fr-CA`). */
export function registerStrings(lang: string, strings: Partial<EkStrings>): void {
  registry.set(lang.toLowerCase(), { ...registry.get(lang.toLowerCase()), ...strings });
}

/** The table for a language: defaults, then the language's base, then the exact language. */
export function stringsFor(lang: string, overrides?: Partial<EkStrings>): EkStrings {
  const exact = lang.toLowerCase();
  const base = exact.split('-')[0];
  return { ...defaultStrings, ...registry.get(base), ...registry.get(exact), ...overrides };
}

/** The language that applies to an element: its nearest `lang`, else the document's, else `en`. */
export function langOf(element: Element): string {
  const holder = element.closest('[lang]');
  return holder?.getAttribute('lang') || element.ownerDocument?.documentElement.lang || 'en';
}

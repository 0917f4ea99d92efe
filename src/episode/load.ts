/**
 * `loadEpisode`: fetch an episode file (or take inline data), fetch and import its companion
 * chapters/transcript files in parallel, then `parseEpisode`. Problems in companions become
 * warnings with their file (and line); a companion that fails to load is a warning, the rest of
 * the episode still shows. An abort rejects with the signal's reason (an `AbortError`), so a
 * stale load can never overwrite a newer one.
 */
import type { CompanionKind } from './formats/detect.js';
import { isCompanionRef, isRecord } from './problems.js';
import type { CompanionFailures, Episode, EpisodeProblem, ParseResult } from './types.js';
import { fetchText, resolveUrl, throwIfAborted } from './fetch.js';
import { isSafeUrl } from './url.js';
import { parseEpisode } from './validate.js';

export interface EpisodeSource {
  /** URL of the episode file, resolved against `baseUrl`. */
  src?: string;
  /** The episode file's content: an object, or its JSON text. Wins over `src`. */
  data?: unknown;
  /** Base for `src` and for companion files of inline data; defaults to the page's URL. */
  baseUrl?: string;
}

export interface LoadOptions {
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /**
   * Called once, before the companion files arrive, with the episode as it is without them
   * (their fields empty, their kinds in `pending`), so a page can show the rest meanwhile. Not
   * called for an episode that names no companion file, or that cannot be shown without them.
   */
  onPartial?: (partial: PartialLoad) => void;
}

/** The episode before its companion files: shown while they load. */
export interface PartialLoad {
  episode: Episode;
  warnings: EpisodeProblem[];
  /** The companion files still loading. */
  pending: CompanionKind[];
}

export type LoadResult = ParseResult & {
  file?: string;
  /** Companion files that could not be loaded or held nothing (the episode still shows). */
  unavailable?: CompanionFailures;
};

/** The page's base URL in a browser; none in Node (the CLI passes `baseUrl`). No DOM types here. */
function pageUrl(): string | undefined {
  const page = globalThis as { document?: { baseURI?: string }; location?: { href?: string } };
  return page.document?.baseURI || page.location?.href || undefined;
}

/** The companion files an episode names: `chapters` or `transcript` given as `{ src, type }`. */
function companionRefs(input: Record<string, unknown>): CompanionKind[] {
  return (['chapters', 'transcript'] as const).filter((kind) => isCompanionRef(input[kind]));
}

/**
 * The file's JSON, or the problem that names what is wrong and where. A file that parses never
 * loads the error reader: it is a chunk of its own in the CDN build.
 */
async function readJson(text: string, file: string | undefined): Promise<{ value: unknown } | { problem: EpisodeProblem }> {
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch {
    const { parseJson, jsonSyntaxProblem } = await import('./json.js');
    const parsed = parseJson(text);
    return parsed.ok ? { value: parsed.value } : { problem: jsonSyntaxProblem(parsed.error, '', file) };
  }
}

/** From this many list items (entities, links, segments…), checking an episode takes 10+ ms. */
const LARGE_EPISODE = 1000;

/**
 * An episode given as an object that names no companion file, checked at once: a widget given
 * one shows it in its first render, with no loading state in between. Undefined for what must be
 * read or fetched first (JSON text, companion files), and for a large episode, which is better
 * checked in a task of its own once "Loading…" shows: use `loadEpisode`.
 */
export function loadEpisodeNow(data: unknown): LoadResult | undefined {
  if (!isRecord(data) || companionRefs(data).length) return undefined;
  let items = 0;
  for (const value of Object.values(data)) if (Array.isArray(value)) items += value.length;
  return items < LARGE_EPISODE ? parseEpisode(data) : undefined;
}

export async function loadEpisode(source: EpisodeSource, options: LoadOptions = {}): Promise<LoadResult> {
  const { signal } = options;
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  throwIfAborted(signal);

  let input: unknown;
  let file: string | undefined;
  let base = source.baseUrl ?? pageUrl();

  if (source.data !== undefined) {
    input = source.data;
    if (typeof input === 'string') {
      const read = await readJson(input, undefined);
      if ('problem' in read) return { errors: [read.problem] };
      input = read.value;
    }
  } else if (source.src) {
    const url = resolveUrl(source.src, base);
    if (!url || !isSafeUrl(source.src)) {
      return { errors: [{ path: '', file: source.src, message: `unsafe or invalid episode URL ${JSON.stringify(source.src)}` }] };
    }
    file = url;
    base = url;
    const fetched = await fetchText(url, fetchFn, signal);
    throwIfAborted(signal);
    if (!fetched.ok) return { file, errors: [{ path: '', file, message: `${fetched.message} (${url})` }] };
    const read = await readJson(fetched.text, file);
    throwIfAborted(signal);
    if ('problem' in read) return { file, errors: [read.problem] };
    input = read.value;
  } else {
    return { errors: [{ path: '', message: 'no episode given (set `src` or `episode`)' }] };
  }

  // Companion files (chapters or transcript in files of their own): their loader and importers
  // are fetched only for an episode that names one.
  const refs = isRecord(input) ? companionRefs(input) : [];
  if (refs.length && options.onPartial) {
    const without: Record<string, unknown> = { ...(input as Record<string, unknown>) };
    for (const kind of refs) without[kind] = [];
    const partial = parseEpisode(without);
    if (partial.episode) options.onPartial({ episode: partial.episode, warnings: partial.warnings, pending: refs });
  }
  const companions = refs.length
    ? await (await import('./load-companions.js')).loadCompanions(input as Record<string, unknown>, refs, base, fetchFn, signal)
    : undefined;
  if (companions) input = companions.input;

  const parsed = parseEpisode(input);
  if (parsed.errors) {
    return file ? { file, errors: parsed.errors.map((p) => (p.file ? p : { ...p, file })) } : parsed;
  }
  const warnings = companions ? [...companions.warnings, ...companions.locate(parsed.warnings)] : parsed.warnings;
  const result: LoadResult = { episode: parsed.episode, warnings };
  if (file) result.file = file;
  if (companions && Object.keys(companions.unavailable).length) result.unavailable = companions.unavailable;
  return result;
}

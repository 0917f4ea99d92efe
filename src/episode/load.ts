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

/**
 * How long a fetch of an episode, feed or companion file may take, headers and body, in
 * milliseconds; then it counts as failed ("did not answer within 30 s"), so a server that never
 * answers cannot hold an episode back forever. 0 or Infinity: no limit.
 */
let fetchTimeout = 30_000;

/** Sets the fetch timeout for every load from now on (see `fetchTimeout`); returns the old one. */
export function setFetchTimeout(milliseconds: number): number {
  const old = fetchTimeout;
  fetchTimeout = Number.isFinite(milliseconds) && milliseconds > 0 ? milliseconds : Infinity;
  return old;
}

/**
 * The largest file a fetch reads, in bytes: a larger one is refused before it is parsed (by its
 * Content-Length when the server sends one, else as soon as that many bytes have arrived).
 */
let maxFileSize = 50 * 1024 * 1024;

/** Sets the largest file a fetch reads, in bytes, for every load from now on; returns the old one. */
export function setMaxFileSize(bytes: number): number {
  const old = maxFileSize;
  maxFileSize = Number.isFinite(bytes) && bytes > 0 ? bytes : Infinity;
  return old;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))} MB` : bytes >= 1024 ? `${Number((bytes / 1024).toFixed(1))} kB` : `${bytes} bytes`;
}

/** The body as text, or undefined once it grows past `limit` bytes (the rest is not downloaded). */
async function readLimited(response: Response, limit: number): Promise<string | undefined> {
  if (!response.body || !Number.isFinite(limit)) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function secondsText(milliseconds: number): string {
  return `${Number((milliseconds / 1000).toFixed(1))} s`;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The load was aborted.', 'AbortError');
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return !!signal?.aborted || (error instanceof DOMException && error.name === 'AbortError');
}

/** The page's base URL in a browser; none in Node (the CLI passes `baseUrl`). No DOM types here. */
function pageUrl(): string | undefined {
  const page = globalThis as { document?: { baseURI?: string }; location?: { href?: string } };
  return page.document?.baseURI || page.location?.href || undefined;
}

export function resolveUrl(url: string, base: string | undefined): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/**
 * Browsers report a response refused for CORS as a plain network error: for a file on another
 * origin than the page, say that this may be the cause, and what its server must send.
 */
function corsHint(url: string): string {
  const page = (globalThis as { location?: { origin?: string } }).location?.origin;
  let origin: string | undefined;
  try {
    origin = new URL(url).origin;
  } catch {
    return '';
  }
  if (!page || page === 'null' || origin === page) return '';
  return `; it is on another origin (${origin}), so if it exists, its server may not allow this page to read it (CORS): it must answer with the header "Access-Control-Allow-Origin: ${page}" (or "*")`;
}

export async function fetchText(
  url: string,
  fetchFn: typeof fetch,
  signal: AbortSignal | undefined,
): Promise<{ ok: true; text: string; type?: string } | { ok: false; message: string }> {
  throwIfAborted(signal);
  // One signal for both ends: the caller's abort (a newer load) and the timeout.
  const limit = fetchTimeout;
  const controller = new AbortController();
  let timedOut = false;
  const timer = Number.isFinite(limit)
    ? setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, limit)
    : undefined;
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });
  const failed = (error: unknown, what: string): { ok: false; message: string } => {
    if (signal?.aborted) throw abortError(signal);
    if (timedOut) return { ok: false, message: `did not answer within ${secondsText(limit)}` };
    if (isAbort(error, undefined)) throw error;
    return { ok: false, message: `${what} (${error instanceof Error ? error.message : String(error)})${what === 'could not be fetched' ? corsHint(url) : ''}` };
  };
  try {
    let response: Response;
    try {
      response = await fetchFn(url, { signal: controller.signal });
    } catch (error) {
      return failed(error, 'could not be fetched');
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      return { ok: false, message: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
    }
    const size = Number(response.headers.get('content-length'));
    if (size > maxFileSize) {
      void response.body?.cancel().catch(() => {});
      return { ok: false, message: `is ${sizeText(size)}, over the ${sizeText(maxFileSize)} limit` };
    }
    try {
      const text = await readLimited(response, maxFileSize);
      if (text === undefined) return { ok: false, message: `is over the ${sizeText(maxFileSize)} limit` };
      const type = response.headers.get('content-type') ?? undefined;
      return type ? { ok: true, text, type } : { ok: true, text };
    } catch (error) {
      return failed(error, 'could not be read');
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
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

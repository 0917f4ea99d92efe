/**
 * `loadEpisode`: fetch an episode file (or take inline data), fetch and import its companion
 * chapters/transcript files in parallel, then `parseEpisode`. Problems in companions become
 * warnings with their file (and line); a companion that fails to load is a warning, the rest of
 * the episode still shows. An abort rejects with the signal's reason (an `AbortError`), so a
 * stale load can never overwrite a newer one.
 */
import type { CompanionKind } from './formats/detect.js';
import type { ImportResult } from './formats/types.js';
import { isRecord } from './problems.js';
import type { EpisodeProblem, ParseResult } from './types.js';
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
}

export type LoadResult = ParseResult & { file?: string };

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The load was aborted.', 'AbortError');
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return !!signal?.aborted || (error instanceof DOMException && error.name === 'AbortError');
}

function pageUrl(): string | undefined {
  if (typeof document !== 'undefined' && document.baseURI) return document.baseURI;
  if (typeof location !== 'undefined') return location.href;
  return undefined;
}

function resolveUrl(url: string, base: string | undefined): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

async function fetchText(
  url: string,
  fetchFn: typeof fetch,
  signal: AbortSignal | undefined,
): Promise<{ ok: true; text: string; type?: string } | { ok: false; message: string }> {
  let response: Response;
  try {
    response = await fetchFn(url, signal ? { signal } : {});
  } catch (error) {
    if (isAbort(error, signal)) throw signal?.aborted ? abortError(signal) : error;
    return { ok: false, message: `could not be fetched (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!response.ok) {
    return { ok: false, message: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
  }
  try {
    const text = await response.text();
    const type = response.headers.get('content-type') ?? undefined;
    return type ? { ok: true, text, type } : { ok: true, text };
  } catch (error) {
    if (isAbort(error, signal)) throw signal?.aborted ? abortError(signal) : error;
    return { ok: false, message: `could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Companion `{ src, type }` found under `chapters` or `transcript`. */
function companionRef(value: unknown): { src: string; type?: string } | undefined {
  if (!isRecord(value) || Array.isArray(value) || typeof value.src !== 'string') return undefined;
  return typeof value.type === 'string' ? { src: value.src, type: value.type } : { src: value.src };
}

/** Content types servers send for any file; they say nothing about the format. */
const UNINFORMATIVE_TYPES = /^(?:text\/plain|application\/octet-stream|binary\/octet-stream)\b/i;

async function loadCompanion(
  kind: CompanionKind,
  ref: { src: string; type?: string },
  base: string | undefined,
  fetchFn: typeof fetch,
  signal: AbortSignal | undefined,
): Promise<{ result?: ImportResult<unknown>; problems: EpisodeProblem[]; file: string }> {
  const path = `${kind}.src`;
  const url = resolveUrl(ref.src, base);
  if (!url || !isSafeUrl(ref.src)) {
    return {
      file: ref.src,
      problems: [{ path, message: `unsafe or invalid URL ${JSON.stringify(ref.src)}; the ${kind} was not loaded` }],
    };
  }
  const fetched = await fetchText(url, fetchFn, signal);
  if (!fetched.ok) {
    return { file: url, problems: [{ path, file: url, message: `the ${kind} file ${fetched.message}` }] };
  }
  const responseType = fetched.type && !UNINFORMATIVE_TYPES.test(fetched.type) ? fetched.type : undefined;
  const type = ref.type ?? responseType;
  // The importers (and their caption parser) load only when an episode names a companion file.
  const { importCompanion } = await import('./formats/detect.js');
  const result = await importCompanion(kind, fetched.text, type ? { type, file: url } : { file: url });
  throwIfAborted(signal);
  return { result, problems: result.problems, file: url };
}

/**
 * The file's JSON, or the problem that names what is wrong and where. A file that parses never
 * loads the error reader: it is a chunk of its own in the CDN build.
 */
async function readJson(text: string, file: string | undefined): Promise<{ value: unknown } | { problem: EpisodeProblem }> {
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch {
    const { parseJson } = await import('./json.js');
    const parsed = parseJson(text);
    if (parsed.ok) return { value: parsed.value };
    const { reason, line, column } = parsed.error;
    const problem: EpisodeProblem = {
      path: '',
      message: line !== undefined ? `invalid JSON at line ${line}, column ${column}: ${reason}` : `invalid JSON: ${reason}`,
    };
    if (file) problem.file = file;
    if (line !== undefined) problem.line = line;
    return { problem };
  }
}

/** `transcript[12].text` → 12, for paths under `kind`. */
function itemIndex(path: string, kind: string): number | undefined {
  const match = new RegExp(`^${kind}\\[(\\d+)\\]`).exec(path);
  return match ? Number(match[1]) : undefined;
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

  const companionWarnings: EpisodeProblem[] = [];
  const companions = new Map<CompanionKind, { result?: ImportResult<unknown>; file: string }>();
  if (isRecord(input)) {
    const kinds = (['chapters', 'transcript'] as const).filter((kind) => companionRef((input as Record<string, unknown>)[kind]));
    const loaded = await Promise.all(
      kinds.map((kind) => loadCompanion(kind, companionRef((input as Record<string, unknown>)[kind])!, base, fetchFn, signal)),
    );
    throwIfAborted(signal);
    const resolved: Record<string, unknown> = { ...input };
    kinds.forEach((kind, i) => {
      const { result, problems, file: companionFile } = loaded[i]!;
      companionWarnings.push(...problems);
      // A companion that could not be read leaves the field empty; the rest still shows.
      resolved[kind] = result ? result.items : [];
      companions.set(kind, result ? { result, file: companionFile } : { file: companionFile });
    });
    input = resolved;
  }

  const parsed = parseEpisode(input);
  if (parsed.errors) {
    return file ? { file, errors: parsed.errors.map((p) => (p.file ? p : { ...p, file })) } : parsed;
  }
  // Problems the validator finds in imported items point at the companion file and line.
  const warnings = parsed.warnings.map((problem) => {
    for (const [kind, companion] of companions) {
      const index = itemIndex(problem.path, kind);
      if (index === undefined || !companion.result) continue;
      const located: EpisodeProblem = { ...problem, file: companion.file };
      const line = companion.result.lines?.[index];
      if (line !== undefined) located.line = line;
      return located;
    }
    return problem;
  });
  const result: LoadResult = { episode: parsed.episode, warnings: [...companionWarnings, ...warnings] };
  if (file) result.file = file;
  return result;
}

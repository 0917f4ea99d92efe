/**
 * The companion files of an episode (chapters or transcript in files of their own): fetched in
 * parallel, imported, and their problems located in them. A chunk of its own in the CDN build,
 * with the importers: fetched only for an episode that names a companion file.
 */
import { importCompanion, type CompanionKind } from './formats/detect.js';
import type { ImportResult } from './formats/types.js';
import { fetchText, resolveUrl, throwIfAborted } from './fetch.js';
import type { CompanionFailures, EpisodeProblem } from './types.js';
import { isSafeUrl } from './url.js';

/** Content types servers send for any file; they say nothing about the format. */
const UNINFORMATIVE_TYPES = /^(?:text\/plain|application\/octet-stream|binary\/octet-stream)\b/i;

interface Loaded {
  result?: ImportResult<unknown>;
  problems: EpisodeProblem[];
  file: string;
}

async function loadCompanion(
  kind: CompanionKind,
  ref: Record<string, unknown>,
  base: string | undefined,
  fetchFn: typeof fetch,
  signal: AbortSignal | undefined,
): Promise<Loaded> {
  const src = ref.src as string;
  const path = `${kind}.src`;
  const url = resolveUrl(src, base);
  if (!url || !isSafeUrl(src)) {
    return {
      file: src,
      problems: [{ path, message: `unsafe or invalid URL ${JSON.stringify(src)}; the ${kind} was not loaded` }],
    };
  }
  const fetched = await fetchText(url, fetchFn, signal);
  if (!fetched.ok) {
    return { file: url, problems: [{ path, file: url, message: `the ${kind} file ${fetched.message}` }] };
  }
  const responseType = fetched.type && !UNINFORMATIVE_TYPES.test(fetched.type) ? fetched.type : undefined;
  const type = typeof ref.type === 'string' ? ref.type : responseType;
  let result: ImportResult<unknown>;
  try {
    result = await importCompanion(kind, fetched.text, type ? { type, file: url } : { file: url });
  } catch (error) {
    // An importer that fails (or whose chunk cannot be fetched) costs this file, never the episode.
    throwIfAborted(signal);
    const reason = error instanceof Error ? error.message : String(error);
    return { file: url, problems: [{ path, file: url, message: `the ${kind} file could not be read (${reason}); it was left out` }] };
  }
  throwIfAborted(signal);
  return { result, problems: result.problems, file: url };
}

/** `transcript[12].text` → 12, for paths under `kind`. */
function itemIndex(path: string, kind: string): number | undefined {
  const match = new RegExp(`^${kind}\\[(\\d+)\\]`).exec(path);
  return match ? Number(match[1]) : undefined;
}

export interface LoadedCompanions {
  /** The episode with each companion's items in place of its `{ src }` (none when it failed). */
  input: Record<string, unknown>;
  /** Problems of loading and importing the companion files. */
  warnings: EpisodeProblem[];
  /** Points the validator's problems in imported items at the companion file and line. */
  locate(problems: EpisodeProblem[]): EpisodeProblem[];
  /** The companion files that could not be loaded or held nothing, with the first problem. */
  unavailable: CompanionFailures;
}

export async function loadCompanions(
  input: Record<string, unknown>,
  kinds: readonly CompanionKind[],
  base: string | undefined,
  fetchFn: typeof fetch,
  signal: AbortSignal | undefined,
): Promise<LoadedCompanions> {
  const loaded = await Promise.all(kinds.map((kind) => loadCompanion(kind, input[kind] as Record<string, unknown>, base, fetchFn, signal)));
  throwIfAborted(signal);
  const resolved: Record<string, unknown> = { ...input };
  const warnings: EpisodeProblem[] = [];
  const companions = new Map<CompanionKind, Loaded>();
  const unavailable: CompanionFailures = {};
  kinds.forEach((kind, i) => {
    const companion = loaded[i]!;
    warnings.push(...companion.problems);
    if (!companion.result?.items.length) {
      unavailable[kind] = companion.problems[0] ?? { path: `${kind}.src`, file: companion.file, message: `the ${kind} file has nothing in it` };
    }
    // A companion that could not be read leaves the field empty; the rest still shows.
    resolved[kind] = companion.result ? companion.result.items : [];
    companions.set(kind, companion);
  });
  return {
    input: resolved,
    warnings,
    unavailable,
    locate: (problems) =>
      problems.map((problem) => {
        for (const [kind, companion] of companions) {
          const index = itemIndex(problem.path, kind);
          if (index === undefined || !companion.result) continue;
          const located: EpisodeProblem = { ...problem, file: companion.file };
          const line = companion.result.lines?.[index];
          if (line !== undefined) located.line = line;
          return located;
        }
        return problem;
      }),
  };
}

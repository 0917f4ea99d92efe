/**
 * `episode-kit import`: writes an episode file from a transcript (and chapters) in any format
 * episode-kit reads, or from an RSS item, with the companion files inlined (or kept as `src`).
 */
import { writeFile } from 'node:fs/promises';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCompanions, type LoadedCompanions } from '../episode/load-companions.js';
import { isCompanionRef } from '../episode/problems.js';
import type { Episode, EpisodeProblem } from '../episode/types.js';
import { parseEpisode, TOP_LEVEL_KEYS } from '../episode/validate.js';
import { CliError, cliFetch, isUrl, readSource, type ReadSource } from './io.js';
import { formatProblem, locateProblems, plural, type LocatedProblem } from './report.js';

export const SCHEMA_URL = 'https://unpkg.com/episode-kit/dist/episode.schema.json';

export interface ImportOptions {
  transcript?: string;
  chapters?: string;
  feed?: string;
  guid?: string;
  item?: number;
  lang?: string;
  title?: string;
  show?: string;
  media?: string;
  out?: string;
  keepSrc: boolean;
}

/** The documented field order; fields the file format does not list follow in their own order. */
const FIELD_ORDER = [...TOP_LEVEL_KEYS];

/** Keys of chapters and segments in the order the README writes them. */
const ITEM_ORDER = ['start', 'end', 'speaker', 'title', 'text', 'summary', 'image', 'url', 'toc', 'words'];

function ordered(input: Record<string, unknown>, order = FIELD_ORDER): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order) if (input[key] !== undefined) out[key] = input[key];
  for (const [key, value] of Object.entries(input)) if (!(key in out) && value !== undefined) out[key] = value;
  for (const kind of ['chapters', 'transcript']) {
    const list = out[kind];
    if (order === FIELD_ORDER && Array.isArray(list)) out[kind] = list.map((item: Record<string, unknown>) => ordered(item, ITEM_ORDER));
  }
  return out;
}

/** A `fetch` that answers from what was already read for the command line, else reads. */
function fetchWithCache(cache: Map<string, ReadSource>): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const hit = cache.get(url);
    if (!hit) return cliFetch(input, init);
    return new Response(hit.text, { status: 200, headers: hit.type ? { 'content-type': hit.type } : {} });
  };
}

/** A companion's `src` as the written file should name it: relative to it for files on disk. */
function srcForOutput(url: string, out: string | undefined): string {
  if (!url.startsWith('file:')) return url;
  const from = out ? dirname(resolve(out)) : process.cwd();
  return relative(from, fileURLToPath(url)).split(sep).join('/');
}

/** `loadCompanions` once per base URL, merged. */
async function loadAllCompanions(
  input: Record<string, unknown>,
  kinds: readonly ('chapters' | 'transcript')[],
  bases: Partial<Record<'chapters' | 'transcript', string | undefined>>,
  fetchFn: typeof fetch,
): Promise<LoadedCompanions> {
  const groups = new Map<string | undefined, ('chapters' | 'transcript')[]>();
  for (const kind of kinds) groups.set(bases[kind], [...(groups.get(bases[kind]) ?? []), kind]);
  let resolved = input;
  const warnings: EpisodeProblem[] = [];
  const locators: LoadedCompanions['locate'][] = [];
  const unavailable: LoadedCompanions['unavailable'] = {};
  for (const [base, group] of groups) {
    const loaded = await loadCompanions(resolved, group, base, fetchFn, undefined);
    resolved = loaded.input;
    warnings.push(...loaded.warnings);
    locators.push(loaded.locate);
    Object.assign(unavailable, loaded.unavailable);
  }
  return { input: resolved, warnings, unavailable, locate: (problems) => locators.reduce((list, locate) => locate(list), problems) };
}

function titleFromFile(source: string): string {
  const name = basename(source.split(/[?#]/)[0]!);
  return name.replace(/\.[^.]+$/, '') || name || 'Untitled';
}

export interface AssembledEpisode {
  /** The episode file as it will be written, companions inlined (or kept as links), unordered. */
  output: Record<string, unknown>;
  /** What the components will read from it. */
  episode: Episode;
  /** Warnings so far, placed in their files. */
  notes: LocatedProblem[];
}

/**
 * Reads the sources the options name (a feed item, a transcript, chapters) into one episode,
 * checked by the components' validator; `import` writes it as it is, `draft` adds to it.
 */
export async function assembleEpisode(options: ImportOptions, command = 'import'): Promise<AssembledEpisode> {
  if (!options.feed && !options.transcript) {
    throw new CliError(`${command}: give --transcript FILE or --feed URL|FILE (see episode-kit ${command} --help)`, 2);
  }
  if (options.guid !== undefined && options.item !== undefined) {
    throw new CliError(`${command}: --guid and --item choose the feed item in two ways; give one of them`, 2);
  }
  if ((options.guid !== undefined || options.item !== undefined) && !options.feed) {
    throw new CliError(`${command}: ${options.guid !== undefined ? '--guid' : '--item'} chooses an item of a feed; give --feed too`, 2);
  }

  const notes: LocatedProblem[] = [];
  /** Points a problem about a field the feed gave back into the feed (`item[3].podcast:person[1]`). */
  let intoFeed = (problem: EpisodeProblem): EpisodeProblem => problem;
  const setByOptions = new Set<string>();
  const cache = new Map<string, ReadSource>();
  let input: Record<string, unknown> = {};
  let base: string | undefined;
  const feedFile = options.feed;

  if (feedFile) {
    const source = await readSource(feedFile);
    base = source.url;
    // The feed reader comes with its XML parser: loaded only for --feed.
    const { readFeedEpisode } = await import('../episode/feed/index.js');
    const feedOptions: { guid?: string; item?: number; lang?: string } = {};
    if (options.guid !== undefined) feedOptions.guid = options.guid;
    if (options.item !== undefined) feedOptions.item = options.item;
    if (options.lang !== undefined) feedOptions.lang = options.lang;
    const read = await readFeedEpisode({ text: source.text, url: source.url }, feedOptions);
    if ('errors' in read) {
      printProblems(locateProblems(read.errors, 'error', feedFile));
      throw new CliError(`cannot import from ${feedFile}: ${read.errors[0]?.message ?? 'no episode found'}`);
    }
    input = { ...read.input };
    notes.push(...locateProblems(read.warnings, 'warning', feedFile));
    const feedUrl = source.url;
    intoFeed = (problem) => {
      const field = /^[^.[]+/.exec(problem.path)?.[0] ?? '';
      if (!field || setByOptions.has(field)) return problem;
      if (!problem.file) return { ...problem, path: read.feedPath(problem.path), file: feedUrl };
      return /^(?:chapters|transcript)\.src$/.test(problem.path) ? { ...problem, path: read.feedPath(problem.path) } : problem;
    };
  }

  // Companion files resolve against the feed, and those the command line names against the
  // working directory (as a path: the loader takes http, https and relative URLs only).
  const bases: Partial<Record<'chapters' | 'transcript', string | undefined>> = {};
  for (const kind of ['transcript', 'chapters'] as const) {
    const given = options[kind];
    if (given) {
      const source = await readSource(given);
      cache.set(source.url, source);
      input[kind] = { src: isUrl(given) ? given : new URL(source.url).pathname };
      setByOptions.add(kind);
      bases[kind] = isUrl(given) ? undefined : pathToFileURL(`${process.cwd()}${sep}`).href;
    } else {
      bases[kind] = base;
    }
  }
  for (const field of ['title', 'show', 'media'] as const) {
    const value = options[field];
    if (value === undefined) continue;
    input[field] = field === 'media' ? { src: value } : value;
    setByOptions.add(field);
  }
  if (typeof input.title !== 'string' || !input.title.trim()) {
    input.title = titleFromFile(options.transcript ?? feedFile ?? '');
    notes.push({ severity: 'warning', path: 'title', message: `no --title given; the title is "${input.title}", from the file name`, file: options.out ?? '(output)' });
  }
  input.version = 1;
  input.$schema = SCHEMA_URL;

  const kinds = (['chapters', 'transcript'] as const).filter((kind) => isCompanionRef(input[kind]));
  const companions = await loadAllCompanions(input, kinds, bases, fetchWithCache(cache));
  const parsed = parseEpisode(companions.input);
  const outName = options.out ?? '(output)';
  if (parsed.errors) {
    printProblems([
      ...notes,
      ...locateProblems(companions.warnings.map(intoFeed), 'warning', outName),
      ...locateProblems(parsed.errors.map(intoFeed), 'error', outName),
    ]);
    throw new CliError(`nothing to write: the episode has ${plural(parsed.errors.length, 'error')}`);
  }
  const warnings = [...companions.warnings, ...companions.locate(parsed.warnings)].map(intoFeed);
  notes.push(...locateProblems(warnings, 'warning', outName));

  const output: Record<string, unknown> = { ...companions.input };
  for (const kind of kinds) {
    const ref = input[kind] as { src: string; type?: string };
    const url = new URL(ref.src, bases[kind]).href;
    const loadedNothing = !(output[kind] as unknown[]).length && companions.warnings.some((w) => w.path === `${kind}.src`);
    if (options.keepSrc || loadedNothing) {
      // A file that could not be read stays a link (its warning says why), rather than vanishing.
      output[kind] = { ...ref, src: srcForOutput(url, options.out) };
      if (loadedNothing && !options.keepSrc) {
        notes.push({ severity: 'warning', path: `${kind}.src`, message: `kept as a link to the ${kind} file, which could not be read`, file: outName });
      }
    }
  }

  return { output, episode: parsed.episode, notes };
}

/** Writes the episode file to `out`, or to standard output. */
export async function writeEpisodeFile(output: Record<string, unknown>, out: string | undefined): Promise<void> {
  const json = `${JSON.stringify(ordered(output), null, 2)}\n`;
  if (out) {
    try {
      await writeFile(out, json);
    } catch (error) {
      throw new CliError(`cannot write ${out} (${(error as { code?: string }).code === 'ENOENT' ? 'no such directory' : (error as Error).message})`);
    }
  } else {
    process.stdout.write(json);
  }
}

export async function importEpisode(options: ImportOptions): Promise<number> {
  const { output, episode, notes } = await assembleEpisode(options);
  await writeEpisodeFile(output, options.out);
  printProblems(notes);
  const counts = [plural(episode.transcript.length, 'transcript segment'), plural(episode.chapters.length, 'chapter')];
  if (episode.people.length) counts.push(plural(episode.people.length, 'person', 'people'));
  process.stderr.write(`${options.out ? `wrote ${options.out}` : 'episode written to standard output'}: ${counts.join(', ')}, ${plural(notes.length, 'warning')}\n`);
  return 0;
}

export function printProblems(problems: readonly LocatedProblem[]): void {
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
}

/**
 * Episodes from RSS feeds: `readFeedEpisode` (the feed's text to an episode file, for the CLI)
 * and `loadFeedEpisode` (fetch the feed, read one item, load its companion files and check it
 * all with the same validator as any episode file, with problems pointed back into the feed).
 * A chunk of its own in the CDN build: a page that does not use `feed` never downloads it.
 */
import { fetchText, resolveUrl, throwIfAborted } from '../fetch.js';
import { loadEpisode, type LoadOptions, type LoadResult } from '../load.js';
import type { EpisodeProblem } from '../types.js';
import { isSafeUrl } from '../url.js';
import { readFeedItem, type FeedItemOptions } from './rss.js';

export { readFeedItem, type FeedEpisode, type FeedItemOptions } from './rss.js';
export { htmlToText, showNoteChapters } from './show-notes.js';

/** The feed's text to an episode file (companion files as `{ src }`, resolved against `url`). */
export async function readFeedEpisode(
  source: { text: string; url?: string },
  options: Omit<FeedItemOptions, 'file'> = {},
): Promise<{ input: Record<string, unknown>; warnings: EpisodeProblem[]; feedPath(path: string): string } | { errors: EpisodeProblem[] }> {
  const read = readFeedItem(source.text, source.url ? { ...options, file: source.url } : options);
  if ('errors' in read) return read;
  if (source.url) {
    for (const key of ['chapters', 'transcript'] as const) {
      const ref = read.input[key] as { src?: unknown } | undefined;
      if (ref && typeof ref.src === 'string') ref.src = resolveUrl(ref.src, source.url) ?? ref.src;
    }
  }
  return { input: read.input, warnings: read.warnings, feedPath: read.feedPath };
}

export interface FeedSource extends Omit<FeedItemOptions, 'file'> {
  /** URL of the feed, resolved against `baseUrl`. */
  feed: string;
  baseUrl?: string;
}

export async function loadFeedEpisode(source: FeedSource, options: LoadOptions = {}): Promise<LoadResult> {
  const { signal } = options;
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const url = resolveUrl(source.feed, source.baseUrl);
  if (!url || !isSafeUrl(source.feed)) {
    return { errors: [{ path: '', file: source.feed, message: `unsafe or invalid feed URL ${JSON.stringify(source.feed)}` }] };
  }
  const fetched = await fetchText(url, fetchFn, signal);
  throwIfAborted(signal);
  if (!fetched.ok) return { file: url, errors: [{ path: '', file: url, message: `the feed ${fetched.message}` }] };
  const { feed: _feed, baseUrl: _base, ...itemOptions } = source;
  const read = await readFeedEpisode({ text: fetched.text, url }, itemOptions);
  if ('errors' in read) return { file: url, errors: read.errors };
  // Point the validator's problems into the feed; a companion file's own stay in that file.
  const intoFeed = (p: EpisodeProblem): EpisodeProblem => {
    if (!p.file) return { ...p, path: read.feedPath(p.path), file: url };
    return /^(?:chapters|transcript)\.src$/.test(p.path) ? { ...p, path: read.feedPath(p.path) } : p;
  };
  const { onPartial } = options;
  const loaded = await loadEpisode(
    { data: read.input, baseUrl: url },
    onPartial ? { ...options, onPartial: (partial) => onPartial({ ...partial, warnings: [...read.warnings, ...partial.warnings.map(intoFeed)] }) } : options,
  );
  if (loaded.errors) return { file: url, errors: loaded.errors.map(intoFeed) };
  const result: LoadResult = { file: url, episode: loaded.episode, warnings: [...read.warnings, ...loaded.warnings.map(intoFeed)] };
  if (loaded.unavailable) {
    result.unavailable = Object.fromEntries(Object.entries(loaded.unavailable).map(([kind, problem]) => [kind, intoFeed(problem)]));
  }
  return result;
}

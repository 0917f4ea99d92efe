import type { Episode } from './types.js';

/** Episodes this library normalized: given back as `episode`, they are used as they are. */
const normalized = new WeakSet<object>();

export function markNormalized(episode: Episode): Episode {
  normalized.add(episode);
  return episode;
}

/** True for an Episode that `parseEpisode` (or a loader built on it) returned. */
export function isNormalizedEpisode(value: unknown): value is Episode {
  return typeof value === 'object' && value !== null && normalized.has(value);
}

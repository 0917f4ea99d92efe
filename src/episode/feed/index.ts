/**
 * Placeholder for the RSS reader (issue 16, "Feeds"), written on another branch: this file is
 * replaced when that lands. It keeps `episode-kit import --feed` compiling meanwhile.
 */
import type { EpisodeProblem } from '../types.js';

export async function readFeedEpisode(
  source: { text: string; url?: string },
  options: { guid?: string; item?: number; lang?: string },
): Promise<{ input: Record<string, unknown>; warnings: EpisodeProblem[] } | { errors: EpisodeProblem[] }> {
  void source;
  void options;
  return { errors: [{ path: '', message: 'feeds are not supported yet' }] };
}

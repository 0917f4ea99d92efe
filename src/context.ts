import { createContext } from '@lit/context';
import type { CompanionFailures, Episode, EpisodeProblem } from './episode/types.js';

export type EpisodeStatus = 'empty' | 'loading' | 'ready' | 'error';

/** What changes rarely: the episode, its load state and the selected entity. */
export interface EpisodeState {
  status: EpisodeStatus;
  episode?: Episode;
  warnings: EpisodeProblem[];
  error?: { message: string; errors: EpisodeProblem[] };
  selectedEntity: string | null;
  /**
   * Companion files (chapters, transcript) still loading: the episode is shown without them
   * meanwhile (`status` is `ready`; `episode-load` fires once they are in).
   */
  pending?: ('chapters' | 'transcript')[];
  /** Companion files (chapters, transcript) that could not be loaded or held nothing. */
  unavailable?: CompanionFailures;
  /** The colour scheme the provider's `theme` forces on every widget it serves; none: the reader's. */
  theme?: ColorScheme;
}

/** A colour scheme an element can be forced into (`theme="light"` / `theme="dark"`). */
export type ColorScheme = 'light' | 'dark';

/** `light` or `dark` as written; anything else (or nothing) follows the reader's scheme. */
export function colorSchemeOf(value: string | null | undefined): ColorScheme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

/** What changes every animation frame while playing. */
export interface PlaybackState {
  /** Seconds. */
  currentTime: number;
  /** Seconds; NaN until known. */
  duration: number;
  paused: boolean;
  /**
   * How many seeks the provider has applied (`seek` requests, deep links, `seekTo()`). A widget
   * that sees it change knows the listener asked to go somewhere, not that playback moved on.
   */
  seeks: number;
}

// Symbol.for: two copies of episode-kit on one page still share one key.
export const episodeContext = createContext<EpisodeState>(Symbol.for('episode-kit.episode'));
export const playbackContext = createContext<PlaybackState>(Symbol.for('episode-kit.playback'));

export const EMPTY_EPISODE_STATE: EpisodeState = Object.freeze({
  status: 'empty',
  warnings: [],
  selectedEntity: null,
}) as EpisodeState;

export const INITIAL_PLAYBACK: PlaybackState = Object.freeze({
  currentTime: 0,
  duration: Number.NaN,
  paused: true,
  seeks: 0,
}) as PlaybackState;

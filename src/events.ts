import type { Episode, EpisodeProblem } from './episode/types.js';

/** Every event name episode-kit dispatches, in one place. */
export const EVENTS = {
  seek: 'seek',
  entitySelect: 'entity-select',
  episodeLoad: 'episode-load',
  episodeError: 'episode-error',
  episodeReload: 'episode-reload',
} as const;

export interface SeekDetail {
  /** Seconds from the start of the media. */
  time: number;
}

export interface EntitySelectDetail {
  /** The chosen entity's id, or `null` to clear the selection. */
  id: string | null;
}

export interface EpisodeLoadDetail {
  episode: Episode;
  warnings: EpisodeProblem[];
}

export interface EpisodeErrorDetail {
  message: string;
  errors: EpisodeProblem[];
}

const shared = { bubbles: true, composed: true } as const;

/** A request to move playback to `detail.time`; cancelable, so a page can veto it. */
export class SeekEvent extends CustomEvent<SeekDetail> {
  constructor(time: number) {
    super(EVENTS.seek, { ...shared, cancelable: true, detail: { time } });
  }
}

/** An entity was chosen (or the choice cleared with `id: null`). */
export class EntitySelectEvent extends CustomEvent<EntitySelectDetail> {
  constructor(id: string | null) {
    super(EVENTS.entitySelect, { ...shared, detail: { id } });
  }
}

/** An episode is shown; `warnings` lists every part that was dropped. */
export class EpisodeLoadEvent extends CustomEvent<EpisodeLoadDetail> {
  constructor(episode: Episode, warnings: EpisodeProblem[]) {
    super(EVENTS.episodeLoad, { ...shared, detail: { episode, warnings } });
  }
}

/** Nothing could be shown; `errors` says why. */
export class EpisodeErrorEvent extends CustomEvent<EpisodeErrorDetail> {
  constructor(message: string, errors: EpisodeProblem[]) {
    super(EVENTS.episodeError, { ...shared, detail: { message, errors } });
  }
}

/**
 * A request to load the episode again (a widget's "Try again" for a companion file that could
 * not be loaded): the provider, or the widget alone, fetches its source anew.
 */
export class EpisodeReloadEvent extends Event {
  constructor() {
    super(EVENTS.episodeReload, shared);
  }
}

declare global {
  interface HTMLElementEventMap {
    seek: SeekEvent;
    'entity-select': EntitySelectEvent;
    'episode-load': EpisodeLoadEvent;
    'episode-error': EpisodeErrorEvent;
    'episode-reload': EpisodeReloadEvent;
  }
  interface GlobalEventHandlersEventMap {
    seek: SeekEvent;
    'entity-select': EntitySelectEvent;
    'episode-load': EpisodeLoadEvent;
    'episode-error': EpisodeErrorEvent;
    'episode-reload': EpisodeReloadEvent;
  }
}

import { ContextEvent as ContextRequestEvent, type Context } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  EMPTY_EPISODE_STATE,
  INITIAL_PLAYBACK,
  episodeContext,
  playbackContext,
  type EpisodeState,
  type PlaybackState,
} from '../context.js';
import { EntitySelectEvent, EpisodeErrorEvent, EpisodeLoadEvent, EpisodeReloadEvent, SeekEvent } from '../events.js';
import type { EpisodeFile } from '../episode/types.js';
import type { EkStrings } from '../i18n/strings.js';
import { EpisodeLoader } from './episode-loader.js';

/** What a host element must expose for the controller to find its episode. */
export interface EpisodeHost extends ReactiveControllerHost, HTMLElement {
  /** URL of an episode file, for a widget used alone. */
  src?: string | null;
  /** An episode file's object (or a normalized Episode), for a widget used alone. */
  episode?: unknown;
  /** Id of an `<episode-provider>` elsewhere on the page to join. */
  provider?: string | null;
}

/** The element a provider-less widget forwards its events to, when joined with `provider="ID"`. */
interface RemoteProvider extends HTMLElement {
  handleWidgetEvent?(event: Event): void;
}

export interface EpisodeControllerOptions {
  /**
   * How the host follows playback: `'render'` re-renders on every change (cheap widgets),
   * a function is called instead (widgets that patch the DOM themselves), `false` ignores it,
   * so the host never re-renders on a time tick.
   */
  playback?: 'render' | ((state: PlaybackState) => void) | false;
  /** The host's string table, to word a load error in its language (else the default table). */
  strings?: () => EkStrings;
}

type Mode = 'context' | 'remote' | 'standalone' | 'none';

/**
 * Gives a widget its episode and playback, wherever they come from: the enclosing
 * `<episode-provider>` (through context), the provider named by `provider="ID"`, or the widget's
 * own `src` / `episode` when used alone. Also dispatches `seek` and `entity-select` so that they
 * reach the provider in every case.
 */
export class EpisodeController implements ReactiveController {
  /** The episode, its status, warnings and error, and the selected entity. */
  state: EpisodeState = EMPTY_EPISODE_STATE;
  /** Playback: from the provider, or the widget's own reading position when alone. */
  playback: PlaybackState = INITIAL_PLAYBACK;

  private mode: Mode = 'none';
  private unsubscribers: (() => void)[] = [];
  private remote: RemoteProvider | null = null;
  private readonly source: EpisodeLoader;
  private lastSrc: unknown = undefined;
  private lastEpisode: unknown = undefined;
  private standaloneSelected: string | null = null;

  constructor(
    private readonly host: EpisodeHost,
    private readonly options: EpisodeControllerOptions = { playback: 'render' },
  ) {
    host.addController(this);
    this.source = new EpisodeLoader((state) => this.onStandaloneState(state), options.strings);
  }

  hostConnected(): void {
    this.connect();
  }

  hostDisconnected(): void {
    this.disconnect();
    this.source.cancel();
  }

  hostUpdate(): void {
    if (this.host.src !== this.lastSrc || this.host.episode !== this.lastEpisode) this.connect();
  }

  /** True when the widget shows its own episode rather than a provider's. */
  get standalone(): boolean {
    return this.mode === 'standalone';
  }

  private wantedMode(): Mode {
    if (this.host.episode != null || this.host.src) return 'standalone';
    if (this.host.provider) return 'remote';
    return 'context';
  }

  private connect(): void {
    if (!this.host.isConnected) return;
    // What this connection is for: the first update must not load the same `src` again.
    this.lastSrc = this.host.src;
    this.lastEpisode = this.host.episode;
    this.disconnect();
    this.mode = this.wantedMode();
    if (this.mode === 'standalone') {
      this.source.load({ src: this.host.src ?? undefined, episode: this.host.episode as EpisodeFile | undefined });
      return;
    }
    this.source.cancel();
    const target = this.mode === 'remote' ? this.host.ownerDocument.getElementById(this.host.provider!) : this.host;
    if (!target) {
      // The provider may come later in the page; try again once the document is parsed.
      this.setState(EMPTY_EPISODE_STATE);
      if (this.host.ownerDocument.readyState === 'loading') {
        this.host.ownerDocument.addEventListener('DOMContentLoaded', () => this.connect(), { once: true });
      }
      return;
    }
    this.remote = this.mode === 'remote' ? (target as RemoteProvider) : null;
    const answered = this.subscribeAll(target);
    if (!answered) {
      this.setState(EMPTY_EPISODE_STATE);
      // No provider has answered yet: it may not be upgraded. Ask again once it is.
      customElements.whenDefined('episode-provider').then(() => {
        if (this.mode !== 'standalone' && this.state === EMPTY_EPISODE_STATE && this.host.isConnected) {
          this.disconnect();
          this.subscribeAll(target);
        }
      });
    }
  }

  private subscribeAll(target: Element): boolean {
    let answered = false;
    this.subscribe(target, episodeContext, (value) => {
      answered = true;
      this.setState(value);
    });
    if (this.options.playback !== false) {
      this.subscribe(target, playbackContext, (value) => this.setPlayback(value));
    }
    return answered;
  }

  private subscribe<T>(target: Element, context: Context<unknown, T>, callback: (value: T) => void): void {
    let unsubscribe: (() => void) | undefined;
    const event = new ContextRequestEvent(
      context,
      this.host,
      (value: T, unsub?: () => void) => {
        if (unsub && unsub !== unsubscribe) {
          unsubscribe?.();
          unsubscribe = unsub;
        }
        callback(value);
      },
      true,
    );
    target.dispatchEvent(event);
    this.unsubscribers.push(() => unsubscribe?.());
  }

  private disconnect(): void {
    for (const unsubscribe of this.unsubscribers) unsubscribe();
    this.unsubscribers = [];
    this.remote = null;
  }

  private setState(state: EpisodeState): void {
    if (state === this.state) return;
    this.state = state;
    this.host.requestUpdate();
  }

  private setPlayback(playback: PlaybackState): void {
    this.playback = playback;
    const follow = this.options.playback;
    if (follow === 'render') this.host.requestUpdate();
    else if (typeof follow === 'function') follow(playback);
  }

  private onStandaloneState(state: EpisodeState): void {
    const previous = this.state;
    this.setState({ ...state, selectedEntity: this.standaloneSelected });
    // While companion files are still loading the episode shows, but is not "loaded" yet.
    if (state.status === 'ready' && previous.episode !== state.episode && state.episode && !state.pending?.length) {
      this.host.dispatchEvent(new EpisodeLoadEvent(state.episode, state.warnings));
    } else if (state.status === 'error' && state.error && previous.error !== state.error) {
      this.host.dispatchEvent(new EpisodeErrorEvent(state.error.message, state.error.errors));
    }
  }

  /**
   * Asks for playback to move to `time` seconds. Returns false when a listener prevented it.
   * A widget joined by id forwards the request to its provider; a widget alone moves its own
   * reading position, so its "current" marks still follow the reader's choice.
   */
  seek(time: number): boolean {
    const event = new SeekEvent(time);
    const allowed = this.host.dispatchEvent(event);
    if (!allowed || !Number.isFinite(time)) return false;
    if (this.mode === 'remote') this.remote?.handleWidgetEvent?.(event);
    else if (this.mode === 'standalone') this.setPlayback({ ...this.playback, currentTime: Math.max(0, time), seeks: this.playback.seeks + 1 });
    return true;
  }

  /**
   * Asks for the episode to be loaded again (a companion file that could not be loaded): the
   * provider does it, or a widget alone reloads its own source.
   */
  reload(): void {
    const event = new EpisodeReloadEvent();
    this.host.dispatchEvent(event);
    if (this.mode === 'remote') this.remote?.handleWidgetEvent?.(event);
    else if (this.mode === 'standalone') this.source.load({ src: this.host.src ?? undefined, episode: this.host.episode as EpisodeFile | undefined });
  }

  /** Chooses an entity everywhere (or clears the choice with `null`). */
  selectEntity(id: string | null): void {
    const event = new EntitySelectEvent(id);
    this.host.dispatchEvent(event);
    if (this.mode === 'remote') this.remote?.handleWidgetEvent?.(event);
    else if (this.mode === 'standalone') {
      this.standaloneSelected = id;
      this.setState({ ...this.state, selectedEntity: id });
    }
  }
}

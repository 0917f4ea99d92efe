import { ContextConsumer, type Context } from '@lit/context';
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

/**
 * A provider that takes in widgets outside its subtree (as media-chrome's media controller does
 * with `mediacontroller="ID"`): it answers their context requests and acts on their events.
 */
export interface AssociatingProvider extends HTMLElement {
  associateElement(element: HTMLElement): void;
  unassociateElement(element: HTMLElement): void;
}

function isAssociatingProvider(element: Element | null): element is AssociatingProvider {
  return typeof (element as Partial<AssociatingProvider> | null)?.associateElement === 'function';
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
 * Stands in as the host of the context consumers: it decides where their requests go (the widget;
 * or the document while the provider named by `provider="ID"` is not there yet, so that only the
 * ContextRoot keeps them and no enclosing provider answers), and lets the widget decide what a new
 * value re-renders (a playback tick must not re-render a widget that does not follow it).
 */
class ConsumerHost implements Pick<ReactiveControllerHost, 'addController' | 'requestUpdate'> {
  private readonly consumers: ReactiveController[] = [];
  private active = false;

  constructor(private readonly route: () => EventTarget | null) {}

  addController(controller: ReactiveController): void {
    this.consumers.push(controller);
  }

  requestUpdate(): void {}

  /** The consumers' requests, and the ContextRoot's and a provider's repeats of them. */
  dispatchEvent(event: Event): boolean {
    return this.active ? (this.route()?.dispatchEvent(event) ?? true) : true;
  }

  connect(): void {
    this.active = true;
    for (const consumer of this.consumers) consumer.hostConnected?.();
  }

  disconnect(): void {
    this.active = false;
    for (const consumer of this.consumers) consumer.hostDisconnected?.();
  }
}

/**
 * Gives a widget its episode and playback, wherever they come from: the enclosing
 * `<episode-provider>` (through context), the provider named by `provider="ID"` (which associates
 * the widget: answers its context requests and hears its events), or the widget's own `src` /
 * `episode` when used alone. Also dispatches `seek` and `entity-select`.
 */
export class EpisodeController implements ReactiveController {
  /** The episode, its status, warnings and error, and the selected entity. */
  state: EpisodeState = EMPTY_EPISODE_STATE;
  /** Playback: from the provider, or the widget's own reading position when alone. */
  playback: PlaybackState = INITIAL_PLAYBACK;

  private mode: Mode = 'none';
  /** The provider `provider="ID"` names, once it has associated this widget. */
  private remote: AssociatingProvider | null = null;
  private readonly consumerHost = new ConsumerHost(() => this.requestTarget());
  private readonly source: EpisodeLoader;
  private lastSrc: unknown = undefined;
  private lastEpisode: unknown = undefined;
  private lastProvider: unknown = undefined;
  private standaloneSelected: string | null = null;
  /** Whether a provider has answered since the last connection. */
  private answered = false;

  constructor(
    private readonly host: EpisodeHost,
    private readonly options: EpisodeControllerOptions = { playback: 'render' },
  ) {
    host.addController(this);
    this.source = new EpisodeLoader(host, (state) => this.onStandaloneState(state), options.strings);
    this.consume(episodeContext, (value) => {
      this.answered = true;
      this.setState(value);
    });
    if (options.playback !== false) this.consume(playbackContext, (value) => this.setPlayback(value));
  }

  private consume<T>(context: Context<unknown, T>, callback: (value: T) => void): void {
    const host = this.consumerHost as unknown as ReactiveControllerHost & HTMLElement;
    new ContextConsumer(host, { context, subscribe: true, callback: (value) => callback(value as T) });
  }

  hostConnected(): void {
    this.connect();
  }

  hostDisconnected(): void {
    this.disconnect();
    this.source.cancel();
  }

  hostUpdate(): void {
    const host = this.host;
    if (host.src !== this.lastSrc || host.episode !== this.lastEpisode || host.provider !== this.lastProvider) this.connect();
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
    this.lastProvider = this.host.provider;
    this.disconnect();
    this.mode = this.wantedMode();
    if (this.mode === 'standalone') {
      this.source.load({ src: this.host.src ?? undefined, episode: this.host.episode as EpisodeFile | undefined });
      return;
    }
    this.source.cancel();
    // Until a provider answers there is nothing to show.
    this.setState(EMPTY_EPISODE_STATE);
    this.answered = false;
    this.consumerHost.connect();
    // Without its chunk (offline) a provider that comes later is not joined; the hint stays.
    if (!this.answered) this.askAgainWithContextRoot().catch(() => {});
  }

  /**
   * No provider answered (it is defined or put on the page later): ask again once the document's
   * ContextRoot is there, which keeps the request and repeats it when a provider appears.
   */
  private async askAgainWithContextRoot(): Promise<void> {
    const mode = this.mode;
    const doc = this.host.ownerDocument;
    (await import('./context-root.js')).ensureContextRoot(doc);
    if (this.answered || this.mode !== mode || !this.host.isConnected) return;
    this.consumerHost.disconnect();
    this.consumerHost.connect();
  }

  /**
   * Where a context request goes: the widget itself, from where it reaches the enclosing provider
   * or, once associated, the provider `provider="ID"` names; while that one is not on the page
   * (or not defined) yet, the document, where only the ContextRoot hears it.
   */
  private requestTarget(): EventTarget | null {
    if (!this.host.isConnected) return null;
    if (this.mode !== 'remote') return this.host;
    if (!this.remote) {
      const provider = this.host.ownerDocument.getElementById(this.host.provider!);
      if (!isAssociatingProvider(provider)) return this.host.ownerDocument;
      provider.associateElement(this.host);
      this.remote = provider;
    }
    return this.host;
  }

  private disconnect(): void {
    this.consumerHost.disconnect();
    this.remote?.unassociateElement(this.host);
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
   * The provider (enclosing, or associated by `provider="ID"`) hears the event; a widget alone
   * moves its own reading position, so its "current" marks still follow the reader's choice.
   */
  seek(time: number): boolean {
    const allowed = this.host.dispatchEvent(new SeekEvent(time));
    if (!allowed || !Number.isFinite(time)) return false;
    if (this.mode === 'standalone') this.setPlayback({ ...this.playback, currentTime: Math.max(0, time), seeks: this.playback.seeks + 1 });
    return true;
  }

  /**
   * Asks for the episode to be loaded again (a companion file that could not be loaded): the
   * provider does it, or a widget alone reloads its own source.
   */
  reload(): void {
    this.host.dispatchEvent(new EpisodeReloadEvent());
    if (this.mode === 'standalone') this.source.load({ src: this.host.src ?? undefined, episode: this.host.episode as EpisodeFile | undefined });
  }

  /** Chooses an entity everywhere (or clears the choice with `null`). */
  selectEntity(id: string | null): void {
    this.host.dispatchEvent(new EntitySelectEvent(id));
    if (this.mode === 'standalone') {
      this.standaloneSelected = id;
      this.setState({ ...this.state, selectedEntity: id });
    }
  }
}

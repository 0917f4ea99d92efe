import { ContextProvider, type Context, type ContextEvent as ContextRequestEvent } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  EMPTY_EPISODE_STATE,
  INITIAL_PLAYBACK,
  colorSchemeOf,
  episodeContext,
  playbackContext,
  type EpisodeState,
  type PlaybackState,
} from '../../context.js';
import { parseMediaFragment } from '../../episode/time.js';
import type { Episode, EpisodeFile, EpisodeProblem } from '../../episode/types.js';
import { EVENTS, EpisodeErrorEvent, EpisodeLoadEvent, type EntitySelectEvent, type SeekEvent } from '../../events.js';
import { LocalizeController } from '../../i18n/localize.js';
import type { EkStrings } from '../../i18n/strings.js';
import { MediaBinding, isMediaLike, type MediaLike } from '../../media/media-binding.js';
import { stateStyles, tokens } from '../../styles/shared.styles.js';
import { ColorSchemeState } from '../../widget/color-scheme.js';
import { EpisodeLoader, type SourceReader } from '../../widget/episode-loader.js';
import { loadEpisode } from '../../episode/load.js';
import { loadProblems, problemsLoaded } from '../../widget/problems-loader.js';
import { errorBox, loadingBox } from '../../widget/state-box.js';
import { providerStyles } from './episode-provider.styles.js';

const ASSOCIATED_EVENTS = [EVENTS.seek, EVENTS.entitySelect, EVENTS.episodeReload];

/** A child `<script type="application/json">`, named (`#id`, else "inline JSON") in every problem without a file of its own. */
function inlineJsonReader(json: string, name: string): SourceReader {
  const named = (p: EpisodeProblem): EpisodeProblem => (p.file ? p : { ...p, file: name });
  return async (signal, onPartial) => {
    const result = await loadEpisode(
      { data: json, baseUrl: document.baseURI },
      { signal, onPartial: onPartial && ((partial) => onPartial({ ...partial, warnings: partial.warnings.map(named) })) },
    );
    return result.episode ? { ...result, warnings: result.warnings.map(named) } : { errors: result.errors.map(named) };
  };
}

/** An RSS item; the feed reader (XML parser and all) is a chunk of its own that only feed pages fetch. */
function feedReader({ url, ...item }: { url: string; guid?: string; item?: number; lang?: string }): SourceReader {
  return async (signal, onPartial) => {
    const { loadFeedEpisode } = await import('../../episode/feed/index.js');
    return loadFeedEpisode({ feed: url, baseUrl: document.baseURI, ...item }, { signal, onPartial });
  };
}

/**
 * Loads an episode, shares it with every episode-kit widget inside it (or joined with
 * `provider="ID"`), and keeps them in step with a media element. Listens for `episode-reload` from
 * the widgets it serves (a "Try again" for a companion file): loads its source again.
 *
 * @summary The heart of an episode page: episode data down, `seek` and `entity-select` up.
 *
 * @slot - The page: widgets, the media element, anything else.
 *
 * @fires episode-load - `{ episode, warnings }` once an episode is shown.
 * @fires episode-error - `{ message, errors }` when nothing can be shown.
 *
 * @csspart base - The wrapper around the slot and the state boxes.
 * @csspart loading - The loading notice.
 * @csspart error - The error box, naming what was wrong.
 * @csspart retry - The error box's "Try again" button: loads the same source again.
 * @csspart warnings - The collapsible list of parts of the file that were left out.
 * @csspart notice - Says the media cannot seek (its server ignores Range requests).
 * @csspart media-error - Says the media could not be played: which file, and why (a 404, a
 *   network error, a format the browser cannot play). The episode still shows, in reading order.
 *
 * @cssproperty --ek-color-accent - Accent colour of every widget.
 * @cssproperty --ek-color-text - Text colour.
 * @cssproperty --ek-color-surface - Background of boxes.
 * @cssproperty --ek-color-error - Colour of error text.
 * @cssproperty --ek-font-family - Font of every widget.
 */
export class EpisodeProvider extends LitElement {
  static override styles = [tokens, stateStyles, providerStyles];

  /** URL of the episode file. */
  @property({ reflect: true }) src?: string;

  /** The episode, as an episode file's object; wins over `src` and inline JSON. */
  @property({ attribute: false }) episode?: EpisodeFile | Episode;

  /**
   * URL of an RSS feed to build the episode from (Podcasting 2.0 tags understood), when there is
   * no `episode`, `src` or inline JSON. The item is chosen by `guid`, else `item`, else the one
   * with the latest `pubDate`.
   */
  @property({ reflect: true }) feed?: string;

  /** With `feed`: the `<guid>` of the item to show. */
  @property({ reflect: true }) guid?: string;

  /** With `feed` and no `guid`: the index of the item to show, from 0 in feed order. */
  @property({ type: Number, reflect: true }) item?: number;

  /**
   * Id of the media element to follow and seek, anywhere in the page: whichever element has that
   * id, also one created after the provider or put in place of another by a re-render. Without
   * it, a child `<audio>` or `<video>`; with no media at all the provider keeps its own reading
   * position, moved by seeks.
   */
  @property({ reflect: true }) for?: string;

  /** The entity chosen everywhere; every `entity-select` from inside updates it. */
  @property({ attribute: 'selected-entity', reflect: true }) selectedEntity: string | null = null;

  /** Follow the page URL's `#t=` even when the page has several providers. */
  @property({ attribute: 'deep-link', type: Boolean, reflect: true }) deepLink = false;

  /** Replaces some of this element's visible strings. */
  @property({ attribute: false }) strings?: Partial<EkStrings>;

  /**
   * `light` or `dark` forces that colour scheme on this provider and every widget it serves
   * (inside it or joined with `provider="ID"`); a widget's own `theme` wins. Without it, the
   * reader's `prefers-color-scheme` is followed.
   */
  @property({ reflect: true }) theme?: string;

  private readonly colorScheme = new ColorSchemeState(this);
  private readonly localize = new LocalizeController(this);

  private episodeState: EpisodeState = EMPTY_EPISODE_STATE;
  private readonly episodeProvider = new ContextProvider(this, { context: episodeContext, initialValue: EMPTY_EPISODE_STATE });
  private readonly playbackProvider = new ContextProvider(this, { context: playbackContext, initialValue: INITIAL_PLAYBACK });
  private readonly binding = new MediaBinding(
    (state) => this.publishPlayback(state),
    () => {
      this.cannotSeek = true;
      this.requestUpdate();
      console.warn('episode-kit:', this.text.mediaCannotSeek, this.media);
    },
  );
  private cannotSeek = false;
  /** What went wrong with the media, shown until it loads a source again. */
  private mediaError?: string;
  /** The media element whose errors this provider listens to. */
  private watchedMedia?: MediaLike;
  private readonly source = new EpisodeLoader(
    this,
    (state) => this.onSourceState(state),
    () => this.text,
  );
  private childObserver?: MutationObserver;
  private pendingDeepLink = false;

  /** The media element being followed, if any. */
  get media(): MediaLike | null {
    return this.binding.element;
  }

  /** The episode, once shown. */
  get currentEpisode(): Episode | undefined {
    return this.episodeState.episode;
  }

  /** The state shared with widgets. */
  get state(): EpisodeState {
    return this.episodeState;
  }

  /** Playback as last published. */
  get playback(): PlaybackState {
    return this.playbackProvider.value;
  }

  /** Moves playback (or the reading position, without media) to `time` seconds. */
  seekTo(time: number): void {
    this.binding.seek(time);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener(EVENTS.seek, this.onSeek);
    this.addEventListener(EVENTS.entitySelect, this.onEntitySelect);
    this.addEventListener(EVENTS.episodeReload, this.onReloadEvent);
    window.addEventListener('hashchange', this.onHashChange);
    this.childObserver = new MutationObserver(() => {
      this.bindMedia();
      if (this.episode === undefined && !this.src) this.loadSource();
    });
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.bindMedia();
    // Moved while it loaded: the load was cancelled on the way out; start it again.
    if (this.interruptedLoad) this.loadSource(true);
    else if (this.episode === undefined) this.loadSource();
    this.interruptedLoad = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener(EVENTS.seek, this.onSeek);
    this.removeEventListener(EVENTS.entitySelect, this.onEntitySelect);
    this.removeEventListener(EVENTS.episodeReload, this.onReloadEvent);
    window.removeEventListener('hashchange', this.onHashChange);
    this.childObserver?.disconnect();
    this.forObserver?.disconnect();
    this.forObserver = undefined;
    this.binding.detach();
    this.watchMediaErrors(null);
    this.interruptedLoad = this.episodeState.status === 'loading';
    this.source.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('episode') || changed.has('feed') || changed.has('guid') || changed.has('item')) {
      this.loadSource();
    }
    if (changed.has('for')) this.bindMedia();
    if (changed.has('theme')) {
      this.colorScheme.show(colorSchemeOf(this.theme));
      if (colorSchemeOf(this.theme) !== this.episodeState.theme) this.setEpisodeState(this.episodeState);
    }
    if (changed.has('selectedEntity') && this.selectedEntity !== this.episodeState.selectedEntity) {
      this.setEpisodeState({ ...this.episodeState, selectedEntity: this.selectedEntity });
    }
  }

  private inlineJson(): HTMLScriptElement | null {
    return this.querySelector(':scope > script[type="application/json"]');
  }

  /**
   * What the provider last loaded from its attributes or inline JSON (`src`, feed and item, or the
   * JSON text): a child-list change that leaves it the same loads nothing again.
   */
  private lastSourceKey?: string;
  private interruptedLoad = false;

  /**
   * Loads the source that wins (`episode`, `src`, inline JSON, `feed`), or clears the episode when
   * there is none; `force` loads it again even if unchanged (the error box's retry).
   */
  private loadSource(force = false): void {
    if (this.episode !== undefined) {
      this.lastSourceKey = undefined;
      this.source.load({ episode: this.episode });
      return;
    }
    const script = this.inlineJson();
    const json = script?.textContent ?? undefined;
    const key = this.src
      ? `src\n${this.src}`
      : json !== undefined
        ? `json\n${json}`
        : this.feed
          ? `feed\n${this.feed}\n${this.guid ?? ''}\n${this.item ?? ''}`
          : 'none';
    if (key === this.lastSourceKey && !force) return;
    this.lastSourceKey = key;
    if (this.src) {
      this.source.load({ src: this.src });
    } else if (json !== undefined) {
      this.source.load({ read: inlineJsonReader(json, script?.id ? `#${script.id}` : this.text.inlineJson) });
    } else if (this.feed) {
      const feed: { url: string; guid?: string; item?: number; lang?: string } = { url: this.feed };
      // The reader's language chooses among the feed's transcripts (else the channel's).
      const lang = this.closest('[lang]')?.getAttribute('lang');
      if (lang) feed.lang = lang;
      if (this.guid) feed.guid = this.guid;
      else if (this.item !== undefined && Number.isFinite(this.item)) feed.item = this.item;
      this.source.load({ read: feedReader(feed) });
    } else {
      // No source left (one removed while it loaded, say): nothing is shown, nothing arrives late.
      this.source.cancel();
      this.setEpisodeState({ ...EMPTY_EPISODE_STATE, selectedEntity: this.selectedEntity });
    }
  }

  /** The error box's retry, and a widget's `episode-reload`: the same source, fetched again. */
  private readonly onRetry = () => this.loadSource(true);
  private readonly onReloadEvent = (event: Event) => {
    if (!this.joinedElsewhere(event)) this.onRetry();
  };

  private onSourceState(state: EpisodeState): void {
    this.setEpisodeState({ ...state, selectedEntity: this.selectedEntity });
    // Shown while its companion files load; loaded (warnings, episode-load, deep link) once they are in.
    if (state.status === 'ready' && state.episode && state.pending?.length) {
      this.giveMediaEpisodeSource();
    } else if (state.status === 'ready' && state.episode) {
      if (state.warnings.length) {
        // The list's code comes with the first episode that has warnings.
        if (!problemsLoaded()) void loadProblems().then(() => this.requestUpdate());
        console.warn(`episode-kit: ${state.warnings.length} part(s) of the episode were left out`, state.warnings);
      }
      this.giveMediaEpisodeSource();
      this.dispatchEvent(new EpisodeLoadEvent(state.episode, state.warnings));
      this.pendingDeepLink = true;
      this.applyDeepLink();
    } else if (state.status === 'error' && state.error) {
      this.dispatchEvent(new EpisodeErrorEvent(state.error.message, state.error.errors));
    }
  }

  private setEpisodeState(state: EpisodeState): void {
    const theme = colorSchemeOf(this.theme);
    if (theme !== state.theme) {
      state = { ...state };
      if (theme) state.theme = theme;
      else delete state.theme;
    }
    this.episodeState = state;
    this.episodeProvider.setValue(state);
    this.requestUpdate();
  }

  private publishPlayback(state: PlaybackState): void {
    const episode = this.episodeState.episode;
    // Without media, the episode's own length stands in for the media's duration.
    const value = !this.binding.element && episode ? { ...state, duration: episode.duration } : state;
    this.playbackProvider.setValue(value);
  }

  /** The media element to follow now: the one `for` names, else a child `<audio>` or `<video>`. */
  private findMedia(): MediaLike | null {
    let media: unknown = null;
    if (this.for) media = this.ownerDocument.getElementById(this.for);
    if (!media) media = this.querySelector('audio, video');
    return isMediaLike(media) ? media : null;
  }

  /**
   * `for` names an element anywhere in the page, which a framework may replace or create late: the
   * page is watched (only while `for` is set) and the provider follows whichever element has the id.
   */
  private watchForTarget(): void {
    const watch = this.isConnected && !!this.for;
    if (!watch) {
      this.forObserver?.disconnect();
      this.forObserver = undefined;
      return;
    }
    if (this.forObserver) return;
    this.forObserver = new MutationObserver(() => {
      if (this.findMedia() !== this.binding.element) this.bindMedia();
    });
    this.forObserver.observe(this.ownerDocument, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
  }

  private forObserver?: MutationObserver;

  private bindMedia(): void {
    this.watchForTarget();
    this.binding.attach(this.findMedia());
    this.watchMediaErrors(this.binding.element);
    this.giveMediaEpisodeSource();
    if (this.pendingDeepLink) this.applyDeepLink();
  }

  /** The media element whose `src` this provider set, and to what. */
  private givenSource?: { media: HTMLMediaElement; src: string };

  /**
   * A media element with no source of its own gets the episode's `media` (from a feed, the
   * enclosure), already checked by the validator. A source the page set is never replaced.
   */
  private giveMediaEpisodeSource(): void {
    const media = this.binding.element;
    const src = this.episodeState.status === 'ready' ? this.episodeState.episode?.media?.src : undefined;
    if (!src || !(media instanceof HTMLMediaElement)) return;
    const given = this.givenSource?.media === media ? this.givenSource.src : undefined;
    const own = media.getAttribute('src');
    if (own !== null ? own !== given : media.querySelector('source') || media.srcObject) return;
    if (own === src) return;
    media.src = src;
    this.givenSource = { media, src };
  }

  /** Loads the watched media has started (`loadstart`): a media error belongs to one of them. */
  private mediaLoads = 0;

  private watchMediaErrors(media: MediaLike | null): void {
    if (media === this.watchedMedia) return;
    // Capture: a failing <source> fires `error` at itself, not at the media element.
    this.watchedMedia?.removeEventListener('error', this.onMediaError, true);
    this.watchedMedia?.removeEventListener('loadstart', this.onMediaLoadStart);
    this.watchedMedia = media ?? undefined;
    media?.addEventListener('error', this.onMediaError, true);
    media?.addEventListener('loadstart', this.onMediaLoadStart);
    if (this.mediaError !== undefined) {
      this.mediaError = undefined;
      this.requestUpdate();
    }
  }

  private readonly onMediaLoadStart = () => {
    this.mediaLoads++;
    if (this.mediaError === undefined) return;
    this.mediaError = undefined;
    this.requestUpdate();
  };

  /**
   * A media element that cannot play says so: which file and, where the browser may ask (same
   * origin, or a server that allows it), what the server answered. A `<source>` that fails while
   * another is still to be tried is not an error yet.
   */
  private readonly onMediaError = (event: Event) => {
    const media = this.watchedMedia;
    if (!(media instanceof HTMLMediaElement)) return;
    const fromSource = event.target instanceof HTMLSourceElement;
    if (fromSource && media.networkState !== HTMLMediaElement.NETWORK_NO_SOURCE) {
      // The browser moves to the next <source> after this event: look once it has.
      queueMicrotask(() => {
        if (media.networkState === HTMLMediaElement.NETWORK_NO_SOURCE) this.reportMediaError(media, event.target as HTMLSourceElement);
      });
      return;
    }
    this.reportMediaError(media, fromSource ? (event.target as HTMLSourceElement) : undefined);
  };

  private reportMediaError(media: HTMLMediaElement, source?: HTMLSourceElement): void {
    const url = source?.src || media.currentSrc || media.src;
    if (!url) return;
    const strings = this.text;
    const code = media.error?.code;
    // The server's answer may come after the page gave the media another source: then it is stale.
    const load = this.mediaLoads;
    const say = (reason: string, warn: boolean) => {
      if (this.watchedMedia !== media || this.mediaLoads !== load) return;
      this.mediaError = strings.mediaError(url, reason);
      this.requestUpdate();
      if (warn) console.warn('episode-kit:', this.mediaError, media.error?.message ?? '');
    };
    const first = code === 2 ? strings.mediaErrorNetwork : code === 3 ? strings.mediaErrorDecode : strings.mediaErrorUnavailable;
    // A 404 and an unplayable format look the same to the media element: ask the server.
    const ask = code !== 2 && code !== 3;
    say(first, !ask);
    if (!ask) return;
    fetch(url, { method: 'HEAD', cache: 'no-store' })
      .then((response) => {
        say(response.ok ? strings.mediaErrorFormat(response.headers.get('content-type') ?? '') : strings.mediaErrorStatus(response.status, response.statusText), true);
      })
      // Cross-origin without CORS, or offline: the first message stands.
      .catch(() => say(first, true));
  }

  /** Deep links apply when this is the page's only provider, or it has `deep-link`. */
  private followsDeepLinks(): boolean {
    return this.deepLink || this.ownerDocument.querySelectorAll('episode-provider').length === 1;
  }

  private applyDeepLink(): void {
    if (this.episodeState.status !== 'ready') return;
    this.pendingDeepLink = false;
    if (!this.followsDeepLinks()) return;
    const fragment = parseMediaFragment(window.location.hash);
    if (fragment) this.binding.seek(fragment.start, fragment.end);
  }

  private readonly onHashChange = () => {
    this.pendingDeepLink = true;
    this.applyDeepLink();
  };

  /**
   * Acts on a `seek` only once its dispatch has finished, so a listener anywhere up to `window`
   * can still cancel it; and only on a finite time.
   */
  private readonly onSeek = (event: SeekEvent) => {
    if (this.joinedElsewhere(event)) return;
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      const time = event.detail?.time;
      if (typeof time === 'number' && Number.isFinite(time)) this.binding.seek(time);
    });
  };

  private readonly onEntitySelect = (event: EntitySelectEvent) => {
    if (this.joinedElsewhere(event)) return;
    const id = event.detail?.id;
    if (id === undefined) return;
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      this.selectedEntity = typeof id === 'string' ? id : null;
    });
  };

  /**
   * Whether an event from inside comes from a widget that joined another provider with
   * `provider="ID"`: that provider acts on it (through `associateElement`), not this one.
   */
  private joinedElsewhere(event: Event): boolean {
    const widget = event.target;
    if (!(widget instanceof HTMLElement) || widget === this) return false;
    const named = widget.getAttribute('provider');
    if (!named || named === this.id) return false;
    const root = widget.getRootNode() as Document | ShadowRoot;
    return root.getElementById?.(named)?.localName === 'episode-provider';
  }

  /** Widgets outside this subtree that joined with `provider="ID"`. */
  private readonly associated = new Set<HTMLElement>();

  /**
   * Takes in a widget from outside this subtree (one with `provider="ID"`, as media-chrome's
   * `associateElement`): answers its context requests and acts on its `seek`, `entity-select` and
   * `episode-reload` as on those from inside. The widget calls it when it finds this provider.
   */
  associateElement(element: HTMLElement): void {
    if (this.associated.has(element)) return;
    this.associated.add(element);
    element.addEventListener('context-request', this.onAssociatedContextRequest);
    for (const type of ASSOCIATED_EVENTS) element.addEventListener(type, this.onAssociatedEvent);
  }

  /** Lets go of a widget taken in with `associateElement` (it left the page, or joined another). */
  unassociateElement(element: HTMLElement): void {
    if (!this.associated.delete(element)) return;
    element.removeEventListener('context-request', this.onAssociatedContextRequest);
    for (const type of ASSOCIATED_EVENTS) element.removeEventListener(type, this.onAssociatedEvent);
  }

  /** Heard on the widget itself, so that no provider around the widget answers first. */
  private readonly onAssociatedContextRequest = (event: ContextRequestEvent<Context<unknown, unknown>>) => {
    this.episodeProvider.onContextRequest(event);
    this.playbackProvider.onContextRequest(event);
  };

  private readonly onAssociatedEvent = (event: Event) => {
    // A widget inside this provider after all: the provider's own listeners act on it.
    if (event.composedPath().includes(this)) return;
    if (event.type === EVENTS.seek) this.onSeek(event as SeekEvent);
    else if (event.type === EVENTS.entitySelect) this.onEntitySelect(event as EntitySelectEvent);
    else if (event.type === EVENTS.episodeReload) this.onRetry();
  };

  private get text(): EkStrings {
    return this.localize.text;
  }

  override render(): TemplateResult {
    const state = this.episodeState;
    const strings = this.text;
    const format = (n: number) => this.localize.formatNumber(n);
    return html`<div part="base">
      ${state.status === 'loading' ? loadingBox(strings.loading) : nothing}
      ${state.status === 'error' ? errorBox(state.error, strings, format, { retry: this.onRetry }) : nothing}
      ${state.status === 'ready' && state.warnings.length
        ? html`<details part="warnings">
            <summary>${strings.warningsTitle(state.warnings.length, format(state.warnings.length))}</summary>
            ${problemsLoaded()?.renderProblemList(state.warnings, strings, format)}
          </details>`
        : nothing}
      ${this.mediaError !== undefined ? html`<p part="media-error" role="alert">${this.mediaError}</p>` : nothing}
      ${this.cannotSeek ? html`<p part="notice" role="status">${strings.mediaCannotSeek}</p>` : nothing}
      <slot></slot>
    </div>`;
  }
}

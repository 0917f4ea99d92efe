import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { colorSchemeOf, type PlaybackState } from '../context.js';
import type { Episode, EpisodeFile } from '../episode/types.js';
import { LocalizeController, prepareNumberFormat } from '../i18n/localize.js';
import type { EkStrings } from '../i18n/strings.js';
import { stateStyles, tokens } from '../styles/shared.styles.js';
import { ColorSchemeState } from './color-scheme.js';
import { EpisodeController } from './episode-controller.js';
import { errorBox, loadingBox } from './state-box.js';

// The page's language is the likely one: prepare it as soon as the library loads.
if (typeof document !== 'undefined') prepareNumberFormat(document.documentElement.lang || 'en');

/**
 * The base of every episode-kit widget: finds the episode (provider, `provider="ID"`, or its own
 * `src` / `episode`), renders the loading, error and no-source states, and gives subclasses
 * `renderEpisode()`, `seek()`, `selectEntity()`, the string table and `Intl` formatting.
 * Extend it to write a widget of your own that joins a provider.
 */
export abstract class EpisodeWidget extends LitElement {
  static override styles = [tokens, stateStyles];

  /**
   * How this widget follows playback: `'render'` re-renders on every change, `'callback'` calls
   * `playbackChanged()` instead (for widgets that patch only what changed), `false` ignores it.
   */
  protected static playbackMode: 'render' | 'callback' | false = 'render';

  /** URL of an episode file, to use this element alone. */
  @property({ reflect: true }) src?: string;

  /**
   * An episode file's object (or a normalized Episode), to use this element alone. One that names
   * no companion file and has fewer than 1,000 list items (entities, links, segments…) shows in
   * the first render; a larger one shows "Loading…" first, so checking it never shares a task
   * with the first render.
   */
  @property({ attribute: false }) episode?: EpisodeFile | Episode;

  /** Id of an `<episode-provider>` elsewhere on the page to join. */
  @property({ reflect: true }) provider?: string;

  /** Replaces some of this element's visible strings (see the README's Strings and languages). */
  @property({ attribute: false }) strings?: Partial<EkStrings>;

  /**
   * `light` or `dark` forces that colour scheme on this widget; without it, the widget takes its
   * provider's `theme`, else follows the reader's `prefers-color-scheme`.
   */
  @property({ reflect: true }) theme?: string;

  protected readonly episodeController: EpisodeController;
  private readonly colorScheme = new ColorSchemeState(this);
  private readonly localize = new LocalizeController(this);

  constructor() {
    super();
    const mode = (this.constructor as typeof EpisodeWidget).playbackMode;
    this.episodeController = new EpisodeController(this, {
      playback: mode === 'callback' ? (state) => this.playbackChanged(state) : mode,
      strings: () => this.text,
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    prepareNumberFormat(this.language);
  }

  /** The shown episode, once ready. */
  get currentEpisode(): Episode | undefined {
    return this.episodeController.state.status === 'ready' ? this.episodeController.state.episode : undefined;
  }

  /** Playback as last published. */
  get playback(): PlaybackState {
    return this.episodeController.playback;
  }

  /** The selected entity's id, from the provider or this widget. */
  get selectedEntity(): string | null {
    return this.episodeController.state.selectedEntity;
  }

  /** The language this element speaks: its nearest `lang`; a change re-renders the element. */
  protected get language(): string {
    return this.localize.lang;
  }

  /** The string table for this element's language, with its own overrides. */
  protected get text(): EkStrings {
    return this.localize.text;
  }

  /** A number in this element's language ("1,125"). */
  protected formatNumber(value: number): string {
    return this.localize.formatNumber(value);
  }

  /** A fraction as a whole percentage in this element's language ("40 %"). */
  protected formatPercent(fraction: number): string {
    const percent = Math.round(fraction * 100);
    return this.text.percent(percent, this.formatNumber(percent));
  }

  /** Dispatches `seek`; returns false when a listener prevented it. */
  protected seek(time: number): boolean {
    return this.episodeController.seek(time);
  }

  /** Dispatches `entity-select`. */
  protected selectEntity(id: string | null): void {
    this.episodeController.selectEntity(id);
  }

  override render(): TemplateResult | typeof nothing {
    const state = this.episodeController.state;
    const strings = this.text;
    switch (state.status) {
      case 'ready':
        return this.renderEpisode(state.episode!);
      case 'loading':
        return loadingBox(strings.loading, 'base loading');
      case 'error':
        // A provider's episode that cannot be shown is said once, by the provider: seven
        // identical alerts would only bury it.
        if (!this.episodeController.standalone) return nothing;
        return errorBox(state.error, strings, (n) => this.formatNumber(n), { parts: 'base error' });
      default:
        return html`<div part="base" class="hint">${strings.noSource}</div>`;
    }
  }

  protected override update(changed: PropertyValues): void {
    if (this.colorScheme.show(colorSchemeOf(this.theme) ?? this.episodeController.state.theme)) this.colorSchemeChanged();
    super.update(changed);
  }

  /** Called when a forced colour scheme is applied or lifted (colours read from styles are stale). */
  protected colorSchemeChanged(): void {}

  /**
   * Where a companion file's content would be: says it is still loading, or that it could not be
   * loaded and why, with a "Try again" that loads the episode again. Undefined when it loaded (or
   * there was none).
   */
  protected renderUnavailable(kind: 'chapters' | 'transcript'): TemplateResult | undefined {
    const state = this.episodeController.state;
    if (state.pending?.includes(kind)) {
      return loadingBox(this.text.companionLoading(kind));
    }
    const problem = state.unavailable?.[kind];
    if (!problem) return undefined;
    const prefix = `the ${kind} file `;
    const reason = problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message;
    return html`<div part="unavailable" role="alert">
      <span>${this.text.companionUnavailable(kind, reason, problem.file ?? '')}</span>
      <button part="retry" type="button" @click=${this.onReload}>${this.text.retry}</button>
    </div>`;
  }

  private readonly onReload = () => this.episodeController.reload();

  /** Called on every playback change when `playbackMode` is `'callback'`. */
  protected playbackChanged(_state: PlaybackState): void {}

  /** What the widget shows once the episode is ready. */
  protected abstract renderEpisode(episode: Episode): TemplateResult | typeof nothing;
}

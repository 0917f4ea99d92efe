import { headingStyles } from '../../styles/shared.styles.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../../styles/css-props.js';
import type { PlaybackState } from '../../context.js';
import { formatTime } from '../../episode/time.js';
import type { Episode } from '../../episode/types.js';
import { EpisodeWidget } from '../../widget/episode-widget.js';
import { RovingFocus } from '../../widget/roving-focus.js';
import { LazyFindInPage } from './find-in-page-loader.js';
import { FollowPlayback } from './follow-playback.js';
import { MentionNavigator } from './mention-navigator.js';
import { RowCopier } from './row-copier.js';
import { SearchController, preloadSearch } from './search-controller.js';
import { TextMarks, renderSegmentText } from './segment-text.js';
import { buildModel, speakerSlot, type TranscriptModel } from './transcript-model.js';
import { transcriptViewStyles } from './transcript-view.styles.js';
import { VirtualRows, sizerHeight, startsTurn } from './virtual-rows.js';

const HOVER_SETTLE_MS = 150;

/**
 * The episode's transcript: follows playback (the current segment and word are marked and kept
 * in view), searches the whole transcript, marks mentions of the episode's entities, and stays
 * fast at tens of thousands of segments by keeping only the rows near the viewport in the DOM.
 *
 * @summary A transcript that follows playback, searches, and seeks.
 *
 * @fires seek - `{ time }` when a segment, its time, a word or a mention's "play" is chosen.
 * @fires entity-select - `{ id }` when a mention is clicked (`null` when the selection is cleared).
 * @fires episode-load - When used alone, once its episode is shown.
 * @fires episode-error - When used alone, when nothing can be shown.
 *
 * @csspart base - The wrapper (a labelled region).
 * @csspart header - The heading, the segment count and the search field.
 * @csspart search - The search field.
 * @csspart match-count - "3 of 17" (announced to screen readers).
 * @csspart segment - One segment (also `current` while it plays).
 * @csspart speaker - The speaker's name at the start of a turn.
 * @csspart time - A segment's start time (a button that seeks).
 * @csspart word - A timed word (also `current` while it plays).
 * @csspart match - A search hit (also `current` for the focused one).
 * @csspart mention - A mention of an entity (also `selected` when its entity is selected).
 * @csspart follow-button - "Back to now", shown while following is paused.
 * @csspart mention-status - The selected entity's mention count or position, for screen readers only (a live region).
 * @csspart unavailable - The notice that the transcript file could not be loaded, with why.
 * @csspart retry - Its "Try again" button.
 * @csspart loading - The loading notice.
 * @csspart error - The error box.
 *
 * @cssproperty --ek-transcript-height - Height of the element (default 36rem); the rows scroll inside.
 * @cssproperty --ek-speaker-1 - Colour of the first speaker (also --ek-speaker-2 … --ek-speaker-6).
 * @cssproperty --ek-color-current - Background of the current segment (default: the accent's soft tint).
 * @cssproperty --ek-color-match - Background of a search hit.
 * @cssproperty --ek-color-match-current - Background of the focused search hit.
 */
export class TranscriptView extends EpisodeWidget {
  static override styles = [...EpisodeWidget.styles, headingStyles, transcriptViewStyles];
  protected static override playbackMode = 'callback' as const;

  /** Turns following playback off for good (no auto-scroll, no "Back to now"). */
  @property({ type: Boolean, reflect: true, attribute: 'no-follow' }) noFollow = false;

  /**
   * The search text; setting it searches (the very first search on a page fetches the search
   * code first, so its hits come a moment later).
   */
  @property() query = '';

  private model?: TranscriptModel;
  /** Windowing: only the rows near the viewport are in the DOM. */
  private readonly rows = new VirtualRows(this);
  /** The playing segment and word, marked and kept in view. */
  private readonly follow = new FollowPlayback(this, this.rows);
  /** Search across every segment, rendered or not. */
  private readonly search = new SearchController(this, {
    text: () => this.text,
    topRow: () => this.rows.indexAtTop(),
    reveal: (index) => this.reveal(index),
    changed: () => this.rows.invalidate(),
  });
  /** The row's copy buttons, and whether copying worked. */
  private readonly copier = new RowCopier(this, { text: () => this.text, changed: () => this.rows.invalidate() });
  /** Steps through the mentions of the selected entity. */
  private readonly mentionNavigator = new MentionNavigator(this, {
    mentions: () => this.model?.mentions,
    reveal: (index) => this.reveal(index),
    play: (index) => this.seekFromReader(this.model!.segments[index]!.start),
    changed: () => this.rows.invalidate(),
  });
  /** Ctrl+F reaches the rows that are not rendered. */
  private readonly finder = new LazyFindInPage(this, {
    offsetOf: (index) => this.rows.heights.offset(index),
    viewport: () => this.viewport,
    reveal: (index, delta) => this.revealFound(index, delta),
  });

  private focusIndex = 0;
  /** The row under the pointer: it (and the keyboard's row) carries the copy buttons. */
  private hoverIndex = -1;
  private hoverTimer?: ReturnType<typeof setTimeout>;
  private lastScrollAt = 0;
  /** Bumped when the string table changes (lang, `strings`): every row re-renders. */
  private textVersion = 0;
  private lastText?: object;
  private readonly marks = new TextMarks();
  private quietFocus = false;

  constructor() {
    super();
    // Up/Down, Home/End between rows, rendered or not; the template gives the tab stop (`focusIndex`).
    new RovingFocus(this, {
      items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[role="listitem"]')],
      key: (row) => row.dataset.index!,
      count: () => this.model?.segments.length ?? 0,
      show: (index) => this.showRow(index),
    });
  }

  private get viewport(): HTMLElement | null {
    return this.rows.viewport;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.hoverTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') && this.model) this.search.queryChanged(this.query);
  }

  protected renderEpisode(episode: Episode): TemplateResult {
    const t = this.text;
    const model = this.ensureModel(episode);
    const n = model.segments.length;
    if (t !== this.lastText) {
      this.lastText = t;
      this.textVersion++;
    }
    this.refreshMarks(t);
    this.rows.prepareWindow();
    const { renderedFirst: first, renderedLast: last } = this.rows;
    const indices: number[] = [];
    for (let i = first; i <= last; i++) indices.push(i);
    const focus = this.effectiveFocus();
    return html`<section part="base" aria-labelledby="heading" class=${this.follow.following || this.noFollow ? '' : 'paused'}>
      <header part="header">
        <div class="title">
          <h2 id="heading">${t.transcriptHeading}</h2>
          <span class="count">${t.transcriptCount(n, this.formatNumber(n))}</span>
        </div>
        ${this.renderSearch()}
      </header>
      ${this.renderNavigator(model)}
      ${n === 0
        ? (this.renderUnavailable('transcript') ?? html`<p class="hint">${t.noTranscript}</p>`)
        : html`<div
            class="viewport"
            tabindex="-1"
            @scroll=${this.onScroll}
            @wheel=${this.onUserScrollIntent}
            @touchstart=${this.onUserScrollIntent}
            @pointerdown=${this.onPointerDown}
            @keydown=${this.onViewportKeydown}
            @scrollend=${this.onScrollEnd}
          >
            <div class="sizer" ${cssProps({ height: sizerHeight(this.rows.heights) })}></div>
            <div class="found" aria-hidden="true"></div>
            <div
                class="rows"
                role="list"
                aria-label=${t.transcriptSegments}
                ${cssProps({ transform: `translateY(${this.rows.heights.offset(first)}px)` })}
                @click=${this.onRowsClick}
                @keydown=${this.onRowsKeydown}
                @focusin=${this.onRowsFocusIn}
                @pointerover=${this.onRowsPointerOver}
                @pointerleave=${this.onRowsPointerLeave}
              >
                ${repeat(
                  indices,
                  (i) => i,
                  (i) => guard([this.rowKey(i, focus)], () => this.renderSegment(model, i, i === focus)),
                )}
            </div>
            <div class="found" aria-hidden="true"></div>
          </div>`}
      ${this.follow.following || this.noFollow || n === 0
        ? nothing
        : html`<button type="button" part="follow-button" class="follow" @click=${this.resumeFollowing}>
            <span aria-hidden="true">↓</span> ${t.backToNow}
          </button>`}
      <div class="visually-hidden" role="status">${this.copier.status}</div>
      <!-- On the page before any selection: a live region added with its text is often not read. -->
      <span part="mention-status" class="visually-hidden" aria-live="polite" aria-atomic="true">${this.mentionAnnouncement(model)}</span>
    </section>`;
  }

  private renderSearch(): TemplateResult {
    const t = this.text;
    const total = this.search.hits.length;
    const count = this.search.countText(t, (n) => this.formatNumber(n));
    return html`<div class="search" role="search" aria-label=${t.transcriptSearch}>
      <input
        part="search"
        type="search"
        enterkeyhint="search"
        autocomplete="off"
        spellcheck="false"
        aria-label=${t.transcriptSearch}
        placeholder=${t.transcriptSearchPlaceholder}
        .value=${live(this.search.inputValue)}
        @focus=${preloadSearch}
        @input=${this.onSearchInput}
        @keydown=${this.onSearchKeydown}
      />
      <span part="match-count" class="match-count" aria-live="polite" aria-atomic="true">${count}</span>
      <button type="button" class="icon" aria-label=${t.previousMatch} ?disabled=${total === 0} @click=${() => this.search.step(-1)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" class="icon" aria-label=${t.nextMatch} ?disabled=${total === 0} @click=${() => this.search.step(1)}>
        <span aria-hidden="true">↓</span>
      </button>
    </div>`;
  }

  /** What the mention navigator says to a screen reader: the selected entity's position or count. */
  private mentionAnnouncement(model: TranscriptModel | undefined): string {
    const id = this.selectedEntity;
    if (!model || !id || !model.entityNames.has(id) || model.segments.length === 0) return '';
    return this.mentionNavigator.positionText(this.text, (n) => this.formatNumber(n));
  }

  private renderNavigator(model: TranscriptModel): TemplateResult | typeof nothing {
    const id = this.selectedEntity;
    if (!id || !model.entityNames.has(id) || model.segments.length === 0) return nothing;
    const t = this.text;
    const list = model.mentions.of(id);
    const position = this.mentionNavigator.positionText(t, (n) => this.formatNumber(n));
    return html`<div class="navigator" role="group" aria-label=${model.entityNames.get(id)!}>
      <strong class="entity">${model.entityNames.get(id)}</strong>
      <span class="position">${position}</span>
      <span class="spacer-flex"></span>
      <button type="button" class="icon" aria-label=${t.previousMention} ?disabled=${!list.length} @click=${() => this.mentionNavigator.go(-1)}>
        <span aria-hidden="true">‹</span>
      </button>
      <button type="button" class="icon" aria-label=${t.nextMention} ?disabled=${!list.length} @click=${() => this.mentionNavigator.go(1)}>
        <span aria-hidden="true">›</span>
      </button>
      <button type="button" class="icon" aria-label=${t.playMention} ?disabled=${!this.mentionNavigator.stepped} @click=${() => this.mentionNavigator.play()}>
        <span aria-hidden="true">▶</span>
      </button>
      <button type="button" class="icon" aria-label=${t.clearSelection} @click=${() => this.selectEntity(null)}>
        <span aria-hidden="true">×</span>
      </button>
    </div>`;
  }

  /** Everything a row's markup depends on: a row is re-rendered only when this changes. */
  private rowKey(i: number, focus: number): string {
    const { hits, matchIndex, current, currentWord, stepped: mention } = this.marks;
    const matchSegment = matchIndex >= 0 ? hits[matchIndex]?.segment : -1;
    return [
      i === current ? `c${currentWord}` : '',
      i === focus ? 'f' : '',
      i === this.hoverIndex ? 'h' : '',
      this.search.version,
      matchSegment === i ? matchIndex : -1,
      this.selectedEntity ?? '',
      mention?.segment === i ? mention.range : -1,
      this.textVersion,
    ].join('|');
  }

  private renderSegment(model: TranscriptModel, i: number, focused: boolean): TemplateResult {
    this.rows.rendered(i);
    const t = this.text;
    const segment = model.segments[i]!;
    const current = i === this.marks.current;
    const time = formatTime(segment.start);
    const turn = startsTurn(model.segments, i);
    const inner = focused ? 0 : -1;
    return html`<div
      role="listitem"
      class="segment s${speakerSlot(model, i)}${turn ? ' turn' : ''}"
      part=${current ? 'segment current' : 'segment'}
      aria-current=${current ? 'true' : nothing}
      aria-setsize=${model.segments.length}
      aria-posinset=${i + 1}
      tabindex=${inner}
      data-index=${i}
    >
      <button type="button" part="time" class="time" tabindex=${inner} aria-label=${t.seekTo(time)} data-action="seek">${time}</button>
      <div class="body">
        ${turn && segment.speaker !== undefined
          ? html`<span part="speaker" class="speaker">${model.speakerNames.get(segment.speaker) ?? segment.speaker}</span>`
          : nothing}
        <p class="text">${renderSegmentText(model, i, inner, this.marks)}</p>
      </div>
      ${focused || i === this.hoverIndex
        ? html`<div class="actions">
            <button type="button" class="icon" tabindex=${inner} aria-label=${t.copyLink} title=${t.copyLink} data-action="copy-link"><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/></svg></button>
            <button type="button" class="icon" tabindex=${inner} aria-label=${t.copyText} title=${t.copyText} data-action="copy-text"><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><rect x="5.5" y="5.5" width="8" height="8" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M3.5 10.5h-1v-8h8v1" fill="none" stroke="currentColor" stroke-width="1.5"/></svg></button>
          </div>`
        : nothing}
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const viewport = this.viewport;
    const [before, after] = this.renderRoot.querySelectorAll<HTMLElement>('.found');
    this.finder.attach(before ?? null, after ?? null, this.model?.segments ?? []);
    if (!viewport || !this.model) return;
    this.finder.setWindow(this.rows.renderedFirst, this.rows.renderedLast);
    // An update from scrolling (no property changed) measures only the rows it brought in.
    this.rows.afterRender(changed.size > 0);
  }

  protected override playbackChanged(state: PlaybackState): void {
    const model = this.model;
    if (!model || model.segments.length === 0) return;
    this.follow.playbackChanged(model.segments, state);
  }

  private onScroll = (): void => {
    const now = performance.now();
    this.lastScrollAt = now;
    this.follow.scrolled(this.viewport!.scrollTop, now);
    this.rows.scrolled();
  };

  private onScrollEnd = (): void => this.follow.scrollEnded();

  private onUserScrollIntent = (): void => this.follow.readerScrolls();

  private onPointerDown = (event: PointerEvent): void => {
    // On the viewport itself: its scrollbar.
    if (event.target === this.viewport) this.onUserScrollIntent();
  };

  private onViewportKeydown = (event: KeyboardEvent): void => {
    if (['PageUp', 'PageDown'].includes(event.key)) this.onUserScrollIntent();
  };

  private resumeFollowing = (): void => {
    this.follow.resume();
    if (this.follow.current >= 0) {
      this.focusIndex = this.follow.current;
      this.updateComplete.then(() => {
        this.quietFocus = true;
        this.rows.rowElement(this.follow.current)?.focus({ preventScroll: true });
        this.quietFocus = false;
      });
    }
  };

  private onRowsClick = (event: MouseEvent): void => {
    const hit = this.rowOf(event);
    if (!hit || !this.model) return;
    const segment = this.model.segments[hit.index]!;
    const target = event.target as Element;
    const action = target.closest<HTMLElement>('[data-action]');
    this.focusIndex = hit.index;
    switch (action?.dataset.action) {
      case 'mention':
        this.selectEntity(action.dataset.entity!);
        return;
      case 'copy-link':
        void this.copier.copyLink(segment);
        return;
      case 'copy-text':
        void this.copier.copyText(segment);
        return;
      case 'seek':
        this.seekFromReader(segment.start);
        return;
    }
    // Selecting text is not a request to seek.
    const selection = (this.renderRoot as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? document.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return;
    const word = target.closest<HTMLElement>('[data-w]');
    const time = word && segment.words ? segment.words[Number(word.dataset.w)]?.start : undefined;
    this.seekFromReader(time ?? segment.start);
  };

  // The copy buttons live only in the hovered and the keyboard's row: a tenth of the DOM per row.
  private onRowsPointerOver = (event: PointerEvent): void => {
    const hit = this.rowOf(event);
    if (!hit || hit.index === this.hoverIndex) return;
    clearTimeout(this.hoverTimer);
    // Rows slide under a still pointer while scrolling: add the buttons once the wheel rests.
    const wait = HOVER_SETTLE_MS - (performance.now() - this.lastScrollAt);
    const apply = () => {
      this.hoverIndex = hit.index;
      this.requestUpdate();
    };
    if (wait > 0) this.hoverTimer = setTimeout(apply, wait);
    else apply();
  };

  private onRowsPointerLeave = (): void => {
    clearTimeout(this.hoverTimer);
    this.hoverIndex = -1;
    this.requestUpdate();
  };

  private onRowsKeydown = (event: KeyboardEvent): void => {
    const hit = this.rowOf(event);
    if (!hit || !this.model) return;
    if ((event.key === 'Enter' || event.key === ' ') && event.target === hit.row) {
      event.preventDefault();
      this.seekFromReader(this.model.segments[hit.index]!.start);
    }
  };

  private onRowsFocusIn = (event: FocusEvent): void => {
    const hit = this.rowOf(event);
    if (hit && hit.index !== this.focusIndex) {
      this.focusIndex = hit.index;
      this.requestUpdate();
    }
    if (!this.quietFocus) this.follow.pause();
  };

  private onSearchInput = (event: Event): void => this.search.input((event.target as HTMLInputElement).value);

  private onSearchKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.search.enter(event.shiftKey);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.search.clear();
    }
  };

  private rowOf(event: Event): { row: HTMLElement; index: number } | null {
    const row = (event.target as Element).closest<HTMLElement>('[role="listitem"]');
    return row ? { row, index: Number(row.dataset.index) } : null;
  }

  private seekFromReader(time: number): void {
    if (this.seek(time)) this.follow.followSeekFromReader();
  }

  /** Renders row `index` for the keyboard, scrolled in, as the tab stop. */
  private async showRow(index: number): Promise<HTMLElement | null> {
    this.focusIndex = index;
    this.follow.pause();
    this.rows.scrollToIndex(index, 'nearest');
    this.requestUpdate();
    await this.updateComplete;
    return this.rows.rowElement(index);
  }

  /** The row that takes Tab: the remembered one when rendered, else the first visible one. */
  private effectiveFocus(): number {
    const { first, last } = this.rows;
    if (this.focusIndex >= first && this.focusIndex <= last) return this.focusIndex;
    return Math.min(Math.max(this.rows.indexAtTop(), first), Math.max(first, last));
  }

  /** Scrolls a row into view for the reader; following pauses only if that moved the view. */
  private reveal(index: number): void {
    if (!this.rows.isRowVisible(index)) {
      this.follow.pause();
      this.rows.scrollToIndex(index, 'nearest');
    }
  }

  /** Renders a row the browser's find-in-page found outside the window, where it showed it. */
  private revealFound(index: number, delta: number | null): void {
    if (!this.viewport || !this.model) return;
    this.follow.pause();
    this.rows.jumpTo(delta === null ? { index, delta: this.rows.followDelta(index), place: 'follow' } : { index, delta });
  }

  private ensureModel(episode: Episode): TranscriptModel {
    if (this.model?.episode !== episode) {
      this.model = buildModel(episode);
      this.rows.reset(this.model.segments);
      this.focusIndex = 0;
      this.search.reset(this.model.segments);
      this.mentionNavigator.reset();
      this.follow.reset(this.model.segments, this.playback);
    }
    return this.model;
  }

  /** What rows mark (hits, the playing word, mentions) for this render. */
  private refreshMarks(t: TextMarks['text']): void {
    const marks = this.marks;
    marks.hits = this.search.hits;
    marks.matchIndex = this.search.matchIndex;
    marks.current = this.follow.current;
    marks.currentWord = this.follow.currentWord;
    marks.selected = this.selectedEntity;
    marks.stepped = this.mentionNavigator.stepped;
    marks.text = t;
  }
}

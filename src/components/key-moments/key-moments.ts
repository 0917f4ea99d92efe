import { headerStyles, headingStyles } from '../../styles/shared.styles.js';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { cssProps } from '../../styles/css-props.js';
import type { PlaybackState } from '../../context.js';
import { formatTime, itemAt } from '../../episode/time.js';
import type { Chapter, Episode, Soundbite } from '../../episode/types.js';
import { isSafeUrl } from '../../episode/url.js';
import { EpisodeWidget } from '../../widget/episode-widget.js';
import { RovingFocus } from '../../widget/roving-focus.js';
import { keyMomentsStyles } from './key-moments.styles.js';

/** Index of the chapter playing at `time` in chapters sorted by start, or -1. */
export const chapterAt = (chapters: readonly Chapter[], time: number): number => itemAt(chapters, time);

/** A listed chapter as the reader sees it: a span of the episode to jump to. */
export interface Moment {
  chapter: Chapter;
  start: number;
  /** Where the moment ends for the reader (see `listedMoments`). */
  end: number;
}

/**
 * The chapters a reader sees, as the Podcasting 2.0 chapters spec has it:
 * - `toc: false` chapters are "silent" markers (metadata such as artwork): never listed, never a
 *   jump point, and they do not interrupt the listed chapter they fall in, which runs on through
 *   any silent chapters that follow it without a gap, up to the next listed chapter;
 * - chapters need not start at 0 nor reach the end, and an `endTime` may leave a gap before the
 *   next chapter: in a gap no moment is current.
 * Overlapping chapters are cut at the next listed start, so moments never overlap.
 */
export function listedMoments(chapters: readonly Chapter[]): Moment[] {
  const moments: Moment[] = [];
  for (let i = 0; i < chapters.length; i++) {
    const chapter = chapters[i];
    if (!chapter.toc) continue;
    let end = chapter.end;
    let next = i + 1;
    while (next < chapters.length && !chapters[next].toc && chapters[next].start <= end) {
      end = Math.max(end, chapters[next].end);
      next++;
    }
    while (next < chapters.length && !chapters[next].toc) next++;
    if (next < chapters.length) end = Math.min(end, Math.max(chapter.start, chapters[next].start));
    moments.push({ chapter, start: chapter.start, end });
  }
  return moments;
}

/**
 * Index of the moment playing at `time` (moments sorted by start, not overlapping), or -1; the
 * last one also holds its end, as `itemAt` does.
 */
export function momentAt(moments: readonly Moment[], time: number): number {
  return itemAt(moments, time);
}

/** Index of the soundbite playing at `time` (the last one started, if still running), or -1. */
export function soundbiteAt(soundbites: readonly Soundbite[], time: number): number {
  for (let i = soundbites.length - 1; i >= 0; i--) {
    const { start, duration } = soundbites[i]!;
    if (start <= time && time < start + duration) return i;
  }
  return -1;
}

/** Steps of the progress bar: playback ticks that do not move it by a step do not re-render. */
const PROGRESS_STEPS = 1000;

/**
 * The episode's chapters as moments to jump to, as a list or as a timeline over the episode's
 * length (chapter marks, as in a video player). The playing one is marked and shows its progress.
 *
 * Playback ticks (60 a second while playing) re-render only when what is shown changes: the
 * current moment, or its progress by a thousandth.
 *
 * @summary Key moments (chapters) that seek the media.
 *
 * @fires seek - `{ time }` when a moment or a timeline mark is chosen (click, Enter or Space).
 * @fires episode-load - When used alone, once its episode is shown.
 * @fires episode-error - When used alone, when nothing can be shown.
 *
 * @csspart base - The wrapper.
 * @csspart header - The heading and the count.
 * @csspart moment - One chapter in the list (also `current` while it plays).
 * @csspart time - A chapter's start time.
 * @csspart progress - The bar showing how far the playing chapter has got.
 * @csspart timeline - The timeline bar over the episode's length (`layout="timeline"`).
 * @csspart mark - One chapter on the timeline (also `current` while it plays).
 * @csspart soundbite - One highlight (Podcasting 2.0 soundbite; also `current` while it plays):
 *   in place of the moments when there are no chapters, listed under them when there are.
 * @csspart loading - The loading notice (also "Loading the chapters…" while a chapters file loads).
 * @csspart error - The error box.
 * @csspart unavailable - Says the chapters file could not be loaded, and why (`role="alert"`).
 * @csspart retry - Its "Try again" button: sends `episode-reload`, which loads the episode again.
 *
 * @cssproperty --ek-color-accent - Colour of the current moment and its progress bar.
 * @cssproperty --ek-moment-image-size - Size of a chapter's image (default 3rem).
 * @cssproperty --ek-timeline-height - Height of the timeline bar (default 0.75rem).
 */
export class KeyMoments extends EpisodeWidget {
  static override styles = [...EpisodeWidget.styles, headingStyles, headerStyles, keyMomentsStyles];
  protected static override playbackMode = 'callback' as const;

  /** `list` (default): one entry per chapter; `timeline`: chapter marks on a bar over the episode. */
  @property({ reflect: true }) layout: 'list' | 'timeline' = 'list';

  private momentsCache?: { chapters: readonly Chapter[]; moments: Moment[] };
  private shownMoment = -1;
  private shownSoundbite = -1;
  private shownProgress = 0;

  constructor() {
    super();
    // The timeline's marks are one tab stop (a toolbar); Tab lands on the playing chapter's mark.
    new RovingFocus(this, {
      items: () => this.marks(),
      orientation: 'horizontal',
      preferred: () => (this.shownMoment >= 0 ? String(this.shownMoment) : null),
    });
  }

  private momentsOf(episode: Episode): Moment[] {
    if (this.momentsCache?.chapters !== episode.chapters) {
      this.momentsCache = { chapters: episode.chapters, moments: listedMoments(episode.chapters) };
    }
    return this.momentsCache.moments;
  }

  private progressStep(moment: Moment | undefined, time: number): number {
    if (!moment || moment.end <= moment.start) return 0;
    const fraction = (time - moment.start) / (moment.end - moment.start);
    return Math.round(Math.min(1, Math.max(0, fraction)) * PROGRESS_STEPS);
  }

  protected override playbackChanged(state: PlaybackState): void {
    const episode = this.currentEpisode;
    if (!episode) return;
    const moments = this.momentsOf(episode);
    const current = momentAt(moments, state.currentTime);
    const step = this.progressStep(moments[current], state.currentTime);
    const soundbite = soundbiteAt(episode.soundbites, state.currentTime);
    if (current !== this.shownMoment || step !== this.shownProgress || soundbite !== this.shownSoundbite) this.requestUpdate();
  }

  protected renderEpisode(episode: Episode): TemplateResult {
    const strings = this.text;
    const moments = this.momentsOf(episode);
    const time = this.playback.currentTime;
    const current = momentAt(moments, time);
    this.shownMoment = current;
    this.shownProgress = this.progressStep(moments[current], time);
    const progress = this.shownProgress / PROGRESS_STEPS;
    const soundbites = episode.soundbites;
    this.shownSoundbite = soundbiteAt(soundbites, time);
    const onlyHighlights = !moments.length && soundbites.length > 0;
    return html`<section part="base" aria-labelledby="heading">
      <header part="header">
        <h2 id="heading">${strings.momentsHeading}</h2>
        <span class="count"
          >${onlyHighlights
            ? strings.highlightsCount(soundbites.length, this.formatNumber(soundbites.length))
            : strings.momentsCount(moments.length, this.formatNumber(moments.length))}</span
        >
      </header>
      ${!moments.length
        ? soundbites.length
          ? (this.renderUnavailable('chapters') ?? nothing)
          : (this.renderUnavailable('chapters') ?? html`<p class="hint">${strings.noMoments}</p>`)
        : this.layout === 'timeline'
          ? this.renderTimeline(episode, moments, current, progress)
          : html`<ol class="moments">
              ${moments.map((moment, i) => this.renderMoment(moment, i === current, progress))}
            </ol>`}
      ${soundbites.length ? this.renderSoundbites(soundbites, onlyHighlights) : nothing}
    </section>`;
  }

  private renderSoundbites(soundbites: readonly Soundbite[], alone: boolean): TemplateResult {
    const strings = this.text;
    const list = html`<ol class="moments soundbites" aria-label=${strings.momentsHighlights}>
      ${soundbites.map((soundbite, i) => {
        const current = i === this.shownSoundbite;
        const start = formatTime(soundbite.start);
        return html`<li>
          <button
            type="button"
            part=${current ? 'soundbite current' : 'soundbite'}
            aria-current=${current ? 'true' : nothing}
            @click=${() => this.seek(soundbite.start)}
          >
            <span class="text"><span class="title">${soundbite.title ?? strings.highlightUntitled(start)}</span></span>
            <span class="meta">
              <span part="time">${start}</span>
              <span class="length">${strings.momentLength(formatTime(soundbite.duration))}</span>
            </span>
          </button>
        </li>`;
      })}
    </ol>`;
    return alone ? list : html`<h3 class="highlights-heading">${strings.momentsHighlights}</h3>${list}`;
  }

  private renderMoment(moment: Moment, current: boolean, progress: number): TemplateResult {
    const strings = this.text;
    const { chapter } = moment;
    const image = chapter.image && isSafeUrl(chapter.image) ? chapter.image : undefined;
    return html`<li>
      <button
        type="button"
        part=${current ? 'moment current' : 'moment'}
        aria-current=${current ? 'true' : nothing}
        @click=${() => this.seek(moment.start)}
      >
        ${image ? html`<img class="image" src=${image} alt="" loading="lazy" />` : nothing}
        <span class="text">
          <span class="title">${chapter.title}</span>
          ${chapter.summary ? html`<span class="summary">${chapter.summary}</span>` : nothing}
        </span>
        <span class="meta">
          <span part="time">${formatTime(moment.start)}</span>
          <span class="length">${strings.momentLength(formatTime(moment.end - moment.start))}</span>
        </span>
        ${current ? this.renderProgress(progress) : nothing}
      </button>
    </li>`;
  }

  private renderProgress(progress: number): TemplateResult {
    return html`<span part="progress" class="progress" ${cssProps({ '--_progress': String(progress) })}></span>`;
  }

  private renderTimeline(episode: Episode, moments: Moment[], current: number, progress: number): TemplateResult {
    const strings = this.text;
    const total = Math.max(episode.duration, moments[moments.length - 1].end, 1e-9);
    const playing = moments[current];
    return html`<div
        part="timeline"
        class="timeline"
        role="toolbar"
        aria-label=${strings.momentsTimelineLabel}
      >
        ${moments.map((moment, i) => {
          const isCurrent = i === current;
          const label = strings.momentMark(moment.chapter.title, formatTime(moment.start));
          return html`<button
            type="button"
            part=${isCurrent ? 'mark current' : 'mark'}
            class="mark"
            ?data-played=${current >= 0 ? i < current : moment.end <= this.playback.currentTime}
            aria-label=${label}
            aria-current=${isCurrent ? 'true' : nothing}
            ${cssProps({
              '--_mark-start': String(moment.start / total),
              '--_mark-length': String((moment.end - moment.start) / total),
            })}
            @click=${() => this.seek(moment.start)}
            @pointerenter=${this.showTooltip}
            @focus=${this.showTooltip}
            @pointerleave=${this.hideTooltip}
            @blur=${this.hideTooltip}
          >
            ${isCurrent ? this.renderProgress(progress) : nothing}
            <span class="tooltip" aria-hidden="true">${label}</span>
          </button>`;
        })}
      </div>
      <p class="now">
        ${playing
          ? html`<span part="time">${formatTime(playing.start)}</span> <span class="title">${playing.chapter.title}</span>`
          : html`<span class="none">${strings.momentNone}</span>`}
      </p>`;
  }

  /**
   * Shows a mark's tooltip (hover and keyboard focus), shifted sideways so that it stays within
   * the element for marks near an edge.
   */
  private showTooltip(event: Event): void {
    const mark = event.currentTarget as HTMLElement;
    const tip = mark.querySelector<HTMLElement>('.tooltip');
    if (!tip) return;
    mark.toggleAttribute('data-tip', true);
    tip.style.setProperty('--_tip-shift', '0px');
    const box = tip.getBoundingClientRect();
    const bounds = this.getBoundingClientRect();
    const shift = box.left < bounds.left ? bounds.left - box.left : box.right > bounds.right ? bounds.right - box.right : 0;
    tip.style.setProperty('--_tip-shift', `${shift}px`);
  }

  private hideTooltip(event: Event): void {
    (event.currentTarget as HTMLElement).removeAttribute('data-tip');
  }

  private marks(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="mark"]')];
  }
}

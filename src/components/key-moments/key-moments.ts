import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { formatTime } from '../../episode/time.js';
import type { Chapter, Episode } from '../../episode/types.js';
import { isSafeUrl } from '../../episode/url.js';
import { EpisodeWidget } from '../../widget/episode-widget.js';
import { keyMomentsStyles } from './key-moments.styles.js';

/** Index of the chapter playing at `time` in chapters sorted by start, or -1. */
export function chapterAt(chapters: readonly Chapter[], time: number): number {
  let low = 0;
  let high = chapters.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (chapters[mid].start <= time) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found >= 0 && time < chapters[found].end ? found : -1;
}

/**
 * The episode's chapters as a list of moments to jump to; the playing one is marked and shows
 * its progress.
 *
 * @summary Key moments (chapters) that seek the media.
 *
 * @fires seek - `{ time }` when a moment is chosen (click or Enter).
 * @fires episode-load - When used alone, once its episode is shown.
 * @fires episode-error - When used alone, when nothing can be shown.
 *
 * @csspart base - The wrapper.
 * @csspart header - The heading and the count.
 * @csspart moment - One chapter (also `current` while it plays).
 * @csspart time - A chapter's start time.
 * @csspart progress - The bar showing how far the playing chapter has got.
 * @csspart loading - The loading notice.
 * @csspart error - The error box.
 *
 * @cssproperty --ek-color-accent - Colour of the current moment and its progress bar.
 * @cssproperty --ek-moment-image-size - Size of a chapter's image (default 3rem).
 */
export class KeyMoments extends EpisodeWidget {
  static override styles = [...EpisodeWidget.styles, keyMomentsStyles];

  protected renderEpisode(episode: Episode): TemplateResult {
    const strings = this.text;
    const listed = episode.chapters.filter((c) => c.toc);
    const time = this.playback.currentTime;
    const current = chapterAt(episode.chapters, time);
    const currentChapter = current >= 0 ? episode.chapters[current] : undefined;
    return html`<section part="base" aria-labelledby="heading">
      <header part="header">
        <h2 id="heading">${strings.momentsHeading}</h2>
        <span class="count">${strings.momentsCount(listed.length, this.formatNumber(listed.length))}</span>
      </header>
      ${listed.length
        ? html`<ol class="moments">
            ${listed.map((chapter) => this.renderMoment(chapter, chapter === currentChapter, time))}
          </ol>`
        : html`<p class="hint">${strings.noMoments}</p>`}
    </section>`;
  }

  private renderMoment(chapter: Chapter, current: boolean, time: number): TemplateResult {
    const strings = this.text;
    const start = formatTime(chapter.start);
    const length = Math.max(0, chapter.end - chapter.start);
    const progress = current && length > 0 ? Math.min(1, Math.max(0, (time - chapter.start) / length)) : 0;
    const image = chapter.image && isSafeUrl(chapter.image) ? chapter.image : undefined;
    return html`<li>
      <button
        type="button"
        part=${current ? 'moment current' : 'moment'}
        aria-current=${current ? 'true' : nothing}
        @click=${() => this.seek(chapter.start)}
      >
        ${image ? html`<img class="image" src=${image} alt="" loading="lazy" />` : nothing}
        <span class="text">
          <span class="title">${chapter.title}</span>
          ${chapter.summary ? html`<span class="summary">${chapter.summary}</span>` : nothing}
        </span>
        <span class="meta">
          <span part="time">${start}</span>
          <span class="length">${strings.momentLength(formatTime(length))}</span>
        </span>
        ${current
          ? html`<span part="progress" class="progress" style=${styleMap({ '--_progress': String(progress) })}></span>`
          : nothing}
      </button>
    </li>`;
  }
}

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatTime } from '../../episode/time.js';
import type { Episode, Person, SummaryPoint, SummarySection } from '../../episode/types.js';
import { isSafeUrl } from '../../episode/url.js';
import { EpisodeWidget } from '../../widget/episode-widget.js';
import { episodeSummaryStyles } from './episode-summary.styles.js';

/**
 * The section numbers (from 1) in a `sections` attribute such as `"1, 3"`, in the order written,
 * without repeats; entries that are not whole numbers from 1 to `count` are ignored.
 * An empty result means every section.
 */
export function parseSectionList(value: string | undefined | null, count: number): number[] {
  if (!value) return [];
  const numbers: number[] = [];
  for (const part of value.split(',')) {
    const text = part.trim();
    if (!/^\d+$/.test(text)) continue;
    const n = Number(text);
    if (n >= 1 && n <= count && !numbers.includes(n)) numbers.push(n);
  }
  return numbers;
}

/** A date-only ISO string ("2025-12-24") names a calendar day, not an instant: format it in UTC. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The episode at a glance: show, title, people, date, length and counts, then the summary's
 * sections and points. Points with a time are buttons that seek.
 *
 * On a narrow element (below `collapse-below` pixels, measured with a ResizeObserver, so it
 * follows the element's own width rather than the window's) the sections become disclosure
 * widgets (`<details>`): the first open, the others closed, each opened by click, Enter or Space.
 *
 * It never re-renders on a playback tick.
 *
 * @summary The episode's header and summary.
 *
 * @fires seek - `{ time }` when a point with a time is chosen (click, Enter or Space).
 * @fires episode-load - When used alone, once its episode is shown.
 * @fires episode-error - When used alone, when nothing can be shown.
 *
 * @csspart base - The wrapper.
 * @csspart header - Show, title, people, date, length and counts.
 * @csspart title - The episode's title.
 * @csspart people - The list of people with their roles.
 * @csspart section - One summary section (a `<details>` when collapsed on a narrow element).
 * @csspart heading - A section's heading.
 * @csspart point - One point (a button when it has a time).
 * @csspart show-notes - The show notes (`description`, e.g. from a feed): a disclosure, open when
 *   the episode has no summary.
 * @csspart loading - The loading notice.
 * @csspart error - The error box.
 *
 * @cssproperty --ek-color-accent - Colour of point times and the focus ring.
 * @cssproperty --ek-summary-columns - Minimum width of a section column (default 18rem).
 */
export class EpisodeSummary extends EpisodeWidget {
  static override styles = [...EpisodeWidget.styles, episodeSummaryStyles];
  protected static override playbackMode = false as const;

  /** Comma-separated section numbers, from 1, to show only those ("1,3"); empty shows all. */
  @property({ reflect: true }) sections?: string;

  /** Hides the header (show, title, people, date, counts) to show only the sections. */
  @property({ type: Boolean, reflect: true, attribute: 'no-header' }) noHeader = false;

  /** Below this width in pixels the sections collapse into disclosures; 0 never collapses. */
  @property({ type: Number, reflect: true, attribute: 'collapse-below' }) collapseBelow = 480;

  @state() private narrow = false;
  /** Section numbers the reader opened (or closed, for the first) while narrow. */
  private toggled = new Set<number>();
  private resizeObserver?: ResizeObserver;
  private measured?: HTMLElement;
  private dateFormat?: { lang: string; dateOnly: Intl.DateTimeFormat; instant: Intl.DateTimeFormat };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.measured = undefined;
  }

  /**
   * Watches the width through an empty full-width strip rather than the host: the host's height
   * changes when sections collapse, which would notify the observer again in the same frame.
   */
  private observeWidth(): void {
    const strip = this.renderRoot.querySelector<HTMLElement>('.measure') ?? undefined;
    if (strip === this.measured) return;
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries[entries.length - 1].contentRect.width;
      this.narrow = this.collapseBelow > 0 && width > 0 && width < this.collapseBelow;
    });
    if (this.measured) this.resizeObserver.unobserve(this.measured);
    this.measured = strip;
    if (strip) this.resizeObserver.observe(strip);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.observeWidth();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('collapseBelow')) {
      const width = this.measured?.getBoundingClientRect().width ?? 0;
      this.narrow = this.collapseBelow > 0 && width > 0 && width < this.collapseBelow;
    }
  }

  protected renderEpisode(episode: Episode): TemplateResult {
    const strings = this.text;
    const chosen = parseSectionList(this.sections, episode.summary.length);
    const numbers = chosen.length ? chosen : episode.summary.map((_, i) => i + 1);
    return html`<article part="base" class=${this.narrow ? 'narrow' : ''}>
      <div class="measure"></div>
      ${this.noHeader ? nothing : this.renderHeader(episode)}
      ${episode.summary.length
        ? html`<div class="sections">${numbers.map((n) => this.renderSection(episode.summary[n - 1], n))}</div>`
        : episode.description
          ? nothing
          : html`<p class="hint">${strings.noSummary}</p>`}
      ${episode.description ? this.renderShowNotes(episode.description, !episode.summary.length) : nothing}
    </article>`;
  }

  private renderHeader(episode: Episode): TemplateResult {
    const strings = this.text;
    const published = episode.published ? this.formatDate(episode.published) : undefined;
    const image = episode.image && isSafeUrl(episode.image) ? episode.image : undefined;
    return html`<header part="header">
      ${image ? html`<img class="cover" src=${image} alt="" />` : nothing}
      <div class="head-text">
        ${episode.show ? html`<p class="show">${episode.show}</p>` : nothing}
        <h2 part="title">${episode.title}</h2>
        ${episode.people.length
          ? html`<ul part="people" aria-label=${strings.summaryPeople}>
              ${episode.people.map((person) => this.renderPerson(person))}
            </ul>`
          : nothing}
        <p class="facts">
          ${published
            ? html`<span><span class="visually-hidden">${strings.summaryPublished}: </span
                ><time datetime=${episode.published!}>${published}</time></span>`
            : nothing}
          ${episode.duration > 0
            ? html`<span><span class="visually-hidden">${strings.summaryLength}: </span>${this.formatLength(episode.duration)}</span>`
            : nothing}
          <span class="counts"
            >${strings.summaryCounts(
              episode.entities.length,
              this.formatNumber(episode.entities.length),
              episode.links.length,
              this.formatNumber(episode.links.length),
            )}</span
          >
        </p>
        ${episode.note ? html`<p class="note">${episode.note}</p>` : nothing}
      </div>
    </header>`;
  }

  /** Plain text (never HTML): paragraphs at blank lines, line breaks kept by the stylesheet. */
  private renderShowNotes(description: string, open: boolean): TemplateResult {
    return html`<details part="show-notes" class="show-notes" ?open=${open}>
      <summary>${this.text.summaryShowNotes}</summary>
      ${description.split(/\n{2,}/).map((paragraph) => html`<p>${paragraph}</p>`)}
    </details>`;
  }

  private renderPerson(person: Person): TemplateResult {
    const image = person.image && isSafeUrl(person.image) ? person.image : undefined;
    const href = person.href && isSafeUrl(person.href) ? person.href : undefined;
    return html`<li class="person">
      ${image ? html`<img class="avatar" src=${image} alt="" />` : nothing}
      ${href ? html`<a class="name" href=${href} rel="noopener noreferrer">${person.name}</a>` : html`<span class="name">${person.name}</span>`}
      ${person.role ? html`<span class="role">${person.role}</span>` : nothing}
    </li>`;
  }

  private renderSection(section: SummarySection, n: number): TemplateResult {
    const points = html`<ul class="points">
      ${section.points.map((point) => html`<li>${this.renderPoint(point)}</li>`)}
    </ul>`;
    if (!this.narrow) {
      return html`<section part="section" aria-labelledby=${`section-${n}`}>
        <h3 part="heading" id=${`section-${n}`}>${section.title}</h3>
        ${points}
      </section>`;
    }
    const open = (n === 1) !== this.toggled.has(n);
    return html`<details part="section" ?open=${open} @toggle=${(e: Event) => this.onToggle(e, n)}>
      <summary><h3 part="heading">${section.title}</h3></summary>
      ${points}
    </details>`;
  }

  private renderPoint(point: SummaryPoint): TemplateResult {
    const content = html`${point.icon ? html`<span class="icon" aria-hidden="true">${point.icon}</span>` : nothing}<span
        class="text"
        >${point.text}</span
      >`;
    if (point.time === undefined) return html`<div part="point" class="point">${content}</div>`;
    const time = formatTime(point.time);
    return html`<button type="button" part="point" class="point" @click=${() => this.seek(point.time!)}>
      ${content}<span class="time"><span class="visually-hidden">${this.text.seekTo(time)}</span><span aria-hidden="true">${time}</span></span>
    </button>`;
  }

  private onToggle(event: Event, n: number): void {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    const byDefault = n === 1;
    if (open === byDefault) this.toggled.delete(n);
    else this.toggled.add(n);
  }

  private formatDate(value: string): string {
    const lang = this.language;
    if (this.dateFormat?.lang !== lang) {
      this.dateFormat = {
        lang,
        dateOnly: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }),
        instant: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }),
      };
    }
    const dateOnly = DATE_ONLY.test(value);
    const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(date.getTime())) return value;
    return (dateOnly ? this.dateFormat.dateOnly : this.dateFormat.instant).format(date);
  }

  private formatLength(seconds: number): string {
    // Under a minute in seconds: "0 min" for a 29-second episode would say it is empty.
    const whole = Math.round(seconds);
    if (whole < 60) return this.text.durationSeconds(whole, this.formatNumber(whole));
    const minutesTotal = Math.round(seconds / 60);
    const hours = Math.floor(minutesTotal / 60);
    const minutes = minutesTotal % 60;
    return this.text.durationHoursMinutes(hours, minutes, this.formatNumber(hours), this.formatNumber(minutes));
  }
}

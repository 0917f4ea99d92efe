/**
 * The smallest host of the transcript's row controllers (VirtualRows, FollowPlayback): a 400 px
 * viewport of rows whose real heights (set through CSSOM) need not be what their text makes the
 * rows estimate, marked as the transcript marks them (`part="segment current"`, timed words).
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { INITIAL_PLAYBACK, type PlaybackState } from '../../src/context.js';
import { FollowPlayback } from '../../src/components/transcript-view/follow-playback.js';
import { VirtualRows } from '../../src/components/transcript-view/virtual-rows.js';
import type { Segment } from '../../src/episode/types.js';

export class RowsTestHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
      width: 400px;
      height: 400px;
    }
    .viewport {
      position: relative;
      height: 400px;
      overflow: auto;
    }
    .rows {
      position: absolute;
      inset: 0 0 auto 0;
    }
    .text {
      margin: 0;
    }
  `;
  noFollow = false;
  segments: Segment[] = [];
  /** Each row's real height in px. */
  heightOf: (i: number) => number = () => 30;
  readonly rows = new VirtualRows(this);
  readonly follow = new FollowPlayback(this, this.rows);
  /** How many times the host rendered. */
  renders = 0;

  load(segments: Segment[], playback: Partial<PlaybackState> = {}): void {
    this.segments = segments;
    this.rows.reset(segments);
    this.follow.reset(segments, { ...INITIAL_PLAYBACK, ...playback });
    this.requestUpdate();
  }

  /** What the provider does on a time update (`seeks` counts the seeks it applied). */
  play(currentTime: number, seeks = 0): void {
    this.follow.playbackChanged(this.segments, { ...INITIAL_PLAYBACK, currentTime, seeks });
  }

  override render() {
    this.renders++;
    this.rows.prepareWindow();
    const { renderedFirst, renderedLast } = this.rows;
    const indices: number[] = [];
    for (let i = renderedFirst; i <= renderedLast && this.segments.length; i++) indices.push(i);
    return html`<div
      class="viewport"
      @scroll=${this.onScroll}
      @wheel=${() => this.follow.readerScrolls()}
      @scrollend=${() => this.follow.scrollEnded()}
    >
      <div class="sizer"></div>
      <div class="rows">${repeat(indices, (i) => i, (i) => this.renderRow(i))}</div>
    </div>`;
  }

  private renderRow(i: number) {
    this.rows.rendered(i);
    const current = i === this.follow.current;
    const words = this.segments[i]!.words ?? [];
    return html`<div
      class="row"
      part=${current ? 'segment current' : 'segment'}
      aria-current=${current ? 'true' : nothing}
      data-index=${i}
    >
      <p class="text">
        ${words.length
          ? words.map((w, k) => html`<span part=${current && k === this.follow.currentWord ? 'word current' : 'word'} data-w=${k}>${w.text} </span>`)
          : this.segments[i]!.text}
      </p>
    </div>`;
  }

  private onScroll = (): void => {
    this.follow.scrolled(this.viewport.scrollTop, performance.now());
    this.rows.scrolled();
  };

  get viewport(): HTMLElement {
    return this.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
  }

  protected override updated(changed: PropertyValues<this>): void {
    for (const row of this.renderRoot.querySelectorAll<HTMLElement>('.row')) {
      row.style.setProperty('height', `${this.heightOf(Number(row.dataset.index))}px`);
    }
    this.rows.afterRender(changed.size > 0);
  }
}
if (!customElements.get('rows-test-host')) customElements.define('rows-test-host', RowsTestHost);

/** `n` segments of 1 s each ("Row 0", "Row 1", …); `words` gives each two timed words. */
export const segments = (n: number, words = false): Segment[] =>
  Array.from({ length: n }, (_, i) => ({
    index: i,
    start: i,
    end: i + 1,
    text: `Row ${i}`,
    ...(words ? { words: [{ start: i, end: i + 0.5, text: 'Row' }, { start: i + 0.5, end: i + 1, text: String(i) }] } : {}),
  }));

/** Where row `i` shows, from the viewport's top edge (px), or null when it is not rendered. */
export function shownAt(el: RowsTestHost, i: number): number | null {
  const row = el.shadowRoot!.querySelector<HTMLElement>(`.row[data-index="${i}"]`);
  return row ? row.getBoundingClientRect().top - el.viewport.getBoundingClientRect().top : null;
}

export const renderedIndices = (el: RowsTestHost) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row')].map((r) => Number(r.dataset.index));

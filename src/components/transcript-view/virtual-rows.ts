import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Segment } from '../../episode/types.js';
import { HeightIndex } from './transcript-model.js';

/** Rows kept in the DOM beyond each edge of the viewport, in CSS pixels. */
const OVERSCAN_PX = 320;
/** A programmatic scroll farther than this many viewports jumps instead of gliding. */
const SMOOTH_LIMIT_VIEWPORTS = 2;

/**
 * A row to keep at `delta` px below the viewport's top. `end`: at the bottom edge instead;
 * `follow`: where following keeps it. Both are worked out again from the row's measured height.
 */
export interface Anchor {
  index: number;
  delta: number;
  place?: 'end' | 'follow';
}

/** What the height estimates are made from; measured from rendered rows. */
interface Metrics {
  charsPerLine: number;
  lineHeight: number;
  plainExtra: number;
  turnExtra: number;
}

/** Line height and padding of the default style; the characters per line come from the width. */
const DEFAULT_METRICS: Metrics = { charsPerLine: 60, lineHeight: 24, plainExtra: 8, turnExtra: 40 };
/** What a row gives to other things than its text in the default style: time, actions, gaps. */
const ROW_CHROME_PX = 140;
/** Rows whose estimates make the estimate of every row not yet measured. */
const ESTIMATE_SAMPLE = 256;

/** Whether segment `i` starts a speaker's turn. */
export function startsTurn(segments: readonly Segment[], i: number): boolean {
  return i === 0 || (segments[i]!.speaker ?? '') !== (segments[i - 1]!.speaker ?? '');
}

/** A row's height: its lines of text, and the speaker's name at the start of a turn. */
function estimateRow(segments: readonly Segment[], i: number, metrics: Metrics): number {
  const lines = Math.max(1, Math.ceil(segments[i]!.text.length / metrics.charsPerLine));
  return lines * metrics.lineHeight + (startsTurn(segments, i) ? metrics.turnExtra : metrics.plainExtra);
}

/** Heights for every row, each estimated as the average of rows spread over the transcript. */
function estimateHeights(segments: readonly Segment[], metrics: Metrics): HeightIndex {
  const n = segments.length;
  const step = Math.max(1, n / ESTIMATE_SAMPLE);
  let sum = 0;
  let count = 0;
  for (let x = 0; x < n; x += step, count++) sum += estimateRow(segments, Math.floor(x), metrics);
  return new HeightIndex(n, count ? sum / count : metrics.lineHeight + metrics.plainExtra);
}

/**
 * The scrolled height: every row's, in whole pixels (browsers round a fractional scroll height
 * each their own way; the rows' offsets stay exact).
 */
export function sizerHeight(heights: HeightIndex): string {
  return `${Math.ceil(heights.total)}px`;
}

/** The element the rows live in: its box sizes the first window before any row exists. */
export type VirtualRowsHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Windowing for the transcript's rows: which rows are in the DOM (those near the viewport), the
 * height of every row (measured when rendered, estimated from the rendered ones before), and
 * scrolling to a row so that it lands where it was asked to, however wrong its estimate was.
 *
 * The host renders `.viewport` > `.sizer` + `.rows` (children with `data-index`), calls
 * `prepareWindow()` before rendering the rows from `renderedFirst` to `renderedLast`,
 * `rendered(i)` for each row whose markup it made again, and `afterRender()` once updated.
 */
export class VirtualRows implements ReactiveController {
  /** Every row's height (offsets and the row at an offset in O(log n)). */
  heights = new HeightIndex(0, 0);
  /** The window: rows to render next. */
  first = 0;
  last = -1;
  /** The rows the last render put in the DOM. */
  renderedFirst = 0;
  renderedLast = -1;
  /** The viewport's height, as last seen. */
  viewportHeight = 0;

  private segments: readonly Segment[] = [];
  private metrics: Metrics = { ...DEFAULT_METRICS };
  private calibrated = false;
  /** Rows whose markup this render made again (focus, hover, a hit): their height may differ. */
  private readonly remade = new Set<number>();
  /** Every rendered row is measured after the next render, not only new or remade ones. */
  private measureAll = false;
  /** The row to place after the next render, and where (offset from the viewport's top). */
  private pendingAnchor: Anchor | null = null;
  private expectedTop: number | null = null;
  /** The viewport's scrollTop at the last scroll event. */
  private lastTop = 0;
  private smoothUntil = 0;
  /**
   * The row a programmatic glide is headed for (-1: none). Its target was worked out from
   * estimated heights, so where it lands is checked when it ends.
   */
  private glideIndex = -1;
  private resizeObserver?: ResizeObserver;
  private observedViewport?: Element;
  private lastWidth = 0;
  /**
   * Rows rendered beyond the viewport's edges. A jump (first render, far seek) renders only what
   * shows, so the frame the reader waits for lays out as little as possible; the margin for
   * smooth scrolling is added once that frame is painted.
   */
  private overscan = 0;
  private overscanFrame = 0;

  constructor(private readonly host: VirtualRowsHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.observedViewport = undefined;
    cancelAnimationFrame(this.overscanFrame);
    this.overscanFrame = 0;
  }

  get viewport(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.viewport');
  }

  private get rowsElement(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.rows');
  }

  /** Starts over with new segments, every height estimated (none is rendered yet). */
  reset(segments: readonly Segment[]): void {
    // Before any row is measured, the width gives the characters per line (8 px each, half of
    // the default font). Reading it lays out the page around this element, not its rows: none
    // exists yet.
    if (!this.calibrated) this.metrics.charsPerLine = Math.max(10, Math.floor((this.host.clientWidth - ROW_CHROME_PX) / 8));
    this.segments = segments;
    this.heights = estimateHeights(segments, this.metrics);
    this.first = 0;
    this.last = -1;
  }

  /** Places row `anchor.index` where the anchor says once the next render is measured. */
  placeAfterRender(anchor: Anchor): void {
    this.pendingAnchor = anchor;
  }

  /** A change to what rows show: the next render measures every rendered row again. */
  invalidate(): void {
    this.measureAll = true;
    this.host.requestUpdate();
  }

  /** Notes that row `index`'s markup was made again in this render: it is measured again. */
  rendered(index: number): void {
    this.remade.add(index);
  }

  /** Chooses the rows of this render (a first render or a jump chooses them from scratch). */
  prepareWindow(): void {
    const n = this.segments.length;
    if (this.last < 0) {
      this.deferOverscan();
      if (this.calibrated) this.computeWindow(this.viewportHeight || 800);
      else this.estimateFirstWindow();
    }
    this.renderedFirst = Math.min(this.first, Math.max(0, n - 1));
    this.renderedLast = Math.min(this.last, n - 1);
  }

  /** Measures what was rendered. `all`: every row (a property changed), else new and remade ones. */
  afterRender(all: boolean): void {
    const viewport = this.viewport;
    if (!viewport) return;
    if (this.observedViewport !== viewport) {
      this.resizeObserver?.disconnect();
      this.resizeObserver = new ResizeObserver(() => this.onResize());
      this.resizeObserver.observe(viewport);
      this.observedViewport = viewport;
    }
    if (!this.viewportHeight) this.viewportHeight = viewport.clientHeight;
    if (!this.calibrated && this.rowsElement?.firstElementChild) this.calibrate();
    const measureAll = all || this.measureAll || this.pendingAnchor !== null;
    this.measureAll = false;
    this.measureAndAnchor(measureAll);
  }

  /**
   * The rows of the first render, chosen before any row is measured: from the row to show, as
   * many as fill the element by their own estimates. One render then fills the viewport, and
   * calibrate() measures it before it is painted.
   */
  private estimateFirstWindow(): void {
    const segments = this.segments;
    const n = segments.length;
    if (n === 0) return;
    const row = (i: number) => estimateRow(segments, i, this.metrics);
    const index = this.pendingAnchor?.index ?? 0;
    const delta = this.pendingAnchor?.delta ?? 0;
    // Rows above the row to show fill the space above it; it and the rows below fill the rest.
    let first = index;
    let above = delta;
    while (first > 0 && above > 0) above -= row(--first);
    let last = index;
    let below = (this.host.clientHeight || 800) - delta - row(index);
    while (last < n - 1 && below > 0) below -= row(++last);
    this.first = first;
    this.last = last;
  }

  /** The rows to render for a viewport at `top` of `height`; returns whether they changed. */
  private computeWindow(height: number, top = this.viewport?.scrollTop ?? 0): boolean {
    const heights = this.heights;
    if (heights.size === 0) return false;
    const first = heights.indexAt(Math.max(0, top - this.overscan));
    const last = heights.indexAt(top + height + this.overscan);
    const changed = first !== this.first || last !== this.last;
    this.first = first;
    this.last = last;
    return changed;
  }

  /** The viewport scrolled: renders the rows it now shows, if they are others. */
  scrolled(): void {
    const viewport = this.viewport;
    if (viewport && this.computeWindow(viewport.clientHeight)) this.host.requestUpdate();
  }

  /** Whether a scroll to `top` is the one this controller made (recognised once). */
  isOwnScroll(top: number): boolean {
    const previous = this.lastTop;
    this.lastTop = top;
    // At the end of the list the browser holds the view at the end, which moves up a pixel or so
    // as rows are measured shorter, after any read of scrollTop showed it: a place we asked for
    // (at or past the end), or the end pulled up under a still view. Not the reader's scrolling.
    // A second event for a place already reported (our own set, told twice): no one moved.
    if (Math.abs(top - previous) < 1) return true;
    const viewport = this.viewport;
    const atEnd = () => !!viewport && top >= viewport.scrollHeight - viewport.clientHeight - 1;
    if ((this.expectedTop !== null && top < this.expectedTop) || top < previous) {
      if (atEnd()) return true;
    }
    if (this.expectedTop === null || Math.abs(top - this.expectedTop) >= 1) return false;
    this.expectedTop = null;
    return true;
  }

  /** Whether a programmatic glide may still be moving the view at `now`. */
  isGliding(now: number): boolean {
    return now <= this.smoothUntil;
  }

  /** The scroll ended: whether a glide to a row was under way (it may have landed off). */
  endGlide(): boolean {
    const glided = this.glideIndex >= 0 && performance.now() <= this.smoothUntil;
    this.cancelGlide();
    return glided;
  }

  /** The reader took over the scrolling: a glide under way is no longer ours. */
  cancelGlide(): void {
    this.smoothUntil = 0;
    this.glideIndex = -1;
  }

  /** Measures the rendered rows; keeps the anchor row where it was (or where it was asked to go). */
  private measureAndAnchor(all: boolean): void {
    const viewport = this.viewport!;
    const rows = this.rowsElement!;
    const heights = this.heights;
    const remade = this.remade;
    const fresh = all
      ? [...rows.children]
      : [...rows.children].filter((row) => {
          const index = Number((row as HTMLElement).dataset.index);
          return !heights.isMeasured(index) || remade.has(index);
        });
    remade.clear();
    if (fresh.length === 0) return;
    const top = viewport.scrollTop;
    const anchor: Anchor = this.pendingAnchor ?? this.visibleAnchor(top, this.viewportHeight || viewport.clientHeight);
    let changed = false;
    for (const row of fresh as HTMLElement[]) {
      const height = row.getBoundingClientRect().height;
      // A row laid out at 0 (a hidden element) keeps its estimate.
      if (height > 0 && Math.abs(heights.set(Number(row.dataset.index), height)) > 0.5) changed = true;
    }
    // Unchanged values are no-ops for the browser.
    this.host.renderRoot.querySelector<HTMLElement>('.sizer')!.style.height = sizerHeight(heights);
    rows.style.transform = `translateY(${heights.offset(this.renderedFirst)}px)`;
    // A row placed at the bottom edge or followed is placed by its measured height, not its estimate.
    if (anchor.place === 'end') anchor.delta = Math.max(0, viewport.clientHeight - heights.height(anchor.index));
    else if (anchor.place === 'follow') anchor.delta = this.followDelta(anchor.index);
    const wanted = Math.max(0, heights.offset(anchor.index) - anchor.delta);
    // A glide is not stopped to keep rows in place: it moves them anyway, and is checked as it ends.
    const gliding = this.glideIndex >= 0 && performance.now() <= this.smoothUntil;
    if (this.pendingAnchor || (changed && !gliding && Math.abs(wanted - top) > 0.5)) this.setScrollTop(wanted);
    this.pendingAnchor = null;
    // Measuring may show that the rendered rows no longer cover the viewport: render again before
    // the frame is painted. A margin that is merely thinner waits for the next scroll or frame.
    const height = this.viewportHeight || viewport.clientHeight;
    const shownFirst = heights.indexAt(viewport.scrollTop);
    const shownLast = heights.indexAt(viewport.scrollTop + height);
    if (shownFirst < this.renderedFirst || shownLast > this.renderedLast) {
      if (this.computeWindow(height)) queueMicrotask(() => this.host.requestUpdate());
    } else if (!this.overscanFrame) {
      this.overscanFrame = requestAnimationFrame(() => {
        this.overscanFrame = 0;
        if (this.viewport && this.computeWindow(this.viewportHeight)) this.host.requestUpdate();
      });
    }
  }

  /**
   * The row that must not move on screen while rows are measured: the first one starting in
   * the viewport that was measured before (it was painted where it is). Not the row across the
   * top edge when that one is new: its height is an estimate still, and measuring it would move
   * everything the reader saw below it. With no such row, the row across the top edge.
   */
  private visibleAnchor(top: number, height: number): Anchor {
    const heights = this.heights;
    const atTop = heights.indexAt(top);
    for (let i = atTop; i < heights.size && heights.offset(i) < top + height; i++) {
      if (heights.offset(i) >= top && heights.isMeasured(i)) return { index: i, delta: heights.offset(i) - top };
    }
    return { index: atTop, delta: heights.offset(atTop) - top };
  }

  private setScrollTop(top: number): void {
    const viewport = this.viewport!;
    viewport.scrollTop = top;
    // Read back: the browser clamps, and the scroll event must recognise this as ours.
    this.expectedTop = viewport.scrollTop;
  }

  /** Estimates row heights from the rendered rows (font, width), so far rows land close. */
  private calibrate(): void {
    const rows = [...this.rowsElement!.children] as HTMLElement[];
    const sample = rows[0]!.querySelector<HTMLElement>('.text');
    if (!sample) return;
    const style = getComputedStyle(sample);
    const width = sample.clientWidth;
    if (!width) return;
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
    // Characters per line, from the rows that wrapped (their last line counts as half full).
    let chars = 0;
    let lines = 0;
    const metrics: Metrics = { ...this.metrics, lineHeight };
    for (const row of rows) {
      const text = row.querySelector<HTMLElement>('.text')!;
      const textHeight = text.getBoundingClientRect().height;
      const rowLines = Math.round(textHeight / lineHeight);
      if (rowLines >= 2) {
        chars += this.segments[Number(row.dataset.index)]!.text.length;
        lines += rowLines - 0.5;
      }
      const extra = row.getBoundingClientRect().height - textHeight;
      if (row.classList.contains('turn')) metrics.turnExtra = extra;
      else metrics.plainExtra = extra;
    }
    if (!rows.some((r) => !r.classList.contains('turn'))) metrics.plainExtra = Math.max(0, metrics.turnExtra - lineHeight);
    if (!rows.some((r) => r.classList.contains('turn'))) metrics.turnExtra = metrics.plainExtra + lineHeight;
    const fallback = width / (parseFloat(style.fontSize) * 0.5);
    metrics.charsPerLine = Math.max(10, Math.floor(lines >= 2 ? chars / lines : fallback));
    this.metrics = metrics;
    this.calibrated = true;
    this.lastWidth = this.viewport!.clientWidth;
    this.heights = estimateHeights(this.segments, metrics);
  }

  private onResize(): void {
    const viewport = this.viewport;
    if (!viewport) return;
    const widthChanged = viewport.clientWidth !== this.lastWidth;
    if (!widthChanged && viewport.clientHeight === this.viewportHeight) return;
    this.viewportHeight = viewport.clientHeight;
    if (widthChanged && this.calibrated) {
      // Every row may wrap differently: start again from estimates, keeping the top row in place.
      const heights = this.heights;
      const index = heights.indexAt(viewport.scrollTop);
      this.pendingAnchor = { index, delta: heights.offset(index) - viewport.scrollTop };
      this.calibrated = false;
    }
    this.computeWindow(viewport.clientHeight);
    this.host.requestUpdate();
  }

  /**
   * Where following keeps row `index`: a quarter down the viewport, or higher (up to the top
   * edge) when the row is too tall to show whole from there, so that as much of it shows as can.
   */
  followDelta(index: number): number {
    const height = this.viewportHeight || 400;
    const rowHeight = this.heights.height(index);
    return Math.max(0, Math.min(Math.round(height * 0.25), Math.floor(height - rowHeight)));
  }

  /** The row at the viewport's top edge (the first one before any render). */
  indexAtTop(): number {
    const viewport = this.viewport;
    return viewport ? this.heights.indexAt(viewport.scrollTop) : 0;
  }

  /** Row `index`'s element, when it is rendered. */
  rowElement(index: number): HTMLElement | null {
    const row = this.rowsElement?.children[index - this.renderedFirst] as HTMLElement | undefined;
    return row && Number(row.dataset.index) === index ? row : null;
  }

  /** Whether row `index` shows whole in the viewport. */
  isRowVisible(index: number): boolean {
    const viewport = this.viewport;
    if (!viewport) return false;
    const heights = this.heights;
    const top = heights.offset(index);
    return top >= viewport.scrollTop && top + heights.height(index) <= viewport.scrollTop + viewport.clientHeight;
  }

  /**
   * Brings row `index` into view. `always`/`if-needed` (only if it is out of the band following
   * keeps it in): to where following keeps it; `nearest`: to the nearer edge, if not whole in
   * view. Glides when near, jumps (already laid out) when far or when motion is reduced.
   */
  scrollToIndex(index: number, mode: 'always' | 'if-needed' | 'nearest'): void {
    const viewport = this.viewport;
    if (!viewport) return;
    const heights = this.heights;
    const height = viewport.clientHeight || this.viewportHeight;
    const top = viewport.scrollTop;
    const rowTop = heights.offset(index);
    const rowBottom = rowTop + heights.height(index);
    const delta = mode === 'nearest' ? (rowTop < top ? 0 : Math.max(0, height - heights.height(index))) : this.followDelta(index);
    const target = Math.max(0, rowTop - delta);
    if (mode === 'if-needed' && ((rowTop >= top + height * 0.05 && rowBottom <= top + height * 0.8) || Math.abs(target - top) < 1)) return;
    if (mode === 'nearest' && rowTop >= top && rowBottom <= top + height) return;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (reduced || Math.abs(target - top) > height * SMOOTH_LIMIT_VIEWPORTS || mode === 'nearest') {
      this.jumpTo({ index, delta, place: mode !== 'nearest' ? 'follow' : rowTop >= top ? 'end' : undefined });
      return;
    }
    this.smoothUntil = performance.now() + 1000;
    this.glideIndex = index;
    viewport.scrollTo({ top: target, behavior: 'smooth' });
  }

  /**
   * Renders only the visible rows now, and the scrolling margin around them in the frame after
   * the one that shows them: a frame's animation callbacks run before it is painted, so the
   * margin waits for the second one.
   */
  private deferOverscan(): void {
    this.overscan = 0;
    cancelAnimationFrame(this.overscanFrame);
    this.overscanFrame = requestAnimationFrame(() => {
      this.overscanFrame = requestAnimationFrame(() => {
        this.overscanFrame = 0;
        this.overscan = OVERSCAN_PX;
        const viewport = this.viewport;
        if (viewport && this.computeWindow(viewport.clientHeight)) this.host.requestUpdate();
      });
    });
  }

  /** Puts a row where `anchor` says now: rendered and measured before the next paint. */
  jumpTo(anchor: Anchor): void {
    const viewport = this.viewport!;
    const heights = this.heights;
    const { index, delta } = anchor;
    this.cancelGlide();
    this.deferOverscan();
    this.pendingAnchor = anchor;
    this.setScrollTop(Math.max(0, heights.offset(index) - delta));
    this.computeWindow(viewport.clientHeight || this.viewportHeight, heights.offset(index) - delta);
    this.host.requestUpdate();
  }
}

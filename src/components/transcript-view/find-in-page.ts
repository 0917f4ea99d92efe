import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Segment } from '../../episode/types.js';
import { frameScheduler } from '../../scheduler.js';

/** Segments per hidden block: 20,000 segments make 100 elements. */
export const FIND_BLOCK_SIZE = 200;
/** Time a build slice may take when the browser gives no idle deadline. */
const SLICE_MS = 4;

/** Whether the browser's find-in-page reaches `hidden="until-found"` text and says so. */
export const findInPageSupported = typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype;

export interface FindInPageOptions {
  /** Where row `index` starts in the scrolled content (px): a found block is laid out there. */
  offsetOf(index: number): number;
  /** The scrolling box the rows live in. */
  viewport(): HTMLElement | null;
  /**
   * The browser found text in row `index`, which is not rendered: render it and bring it into
   * view, `delta` px below the viewport's top (where the browser showed it), or anywhere if null.
   */
  reveal(index: number, delta: number | null): void;
}

type IdleHandle = { cancel(): void };

function whenIdle(callback: (deadline: { timeRemaining(): number }) => void): IdleHandle {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: 500 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const start = performance.now();
  const id = setTimeout(() => callback({ timeRemaining: () => SLICE_MS - (performance.now() - start) }), 1);
  return { cancel: () => clearTimeout(id) };
}

/**
 * Lets the browser's find-in-page (Ctrl+F) reach every segment of a windowed transcript: the
 * segments that are not rendered are kept as plain text in `hidden="until-found"` blocks, one
 * text node per segment (empty while its row is rendered, so no text is found twice). When the
 * browser finds text in a block it fires `beforematch`; the row found is then rendered in place.
 *
 * The blocks are built in idle time after the first render, a few at a time, so they never slow
 * it; a time tick never touches them, and a window change rewrites only the text nodes of rows
 * that came or went. Cost: one element per block (a hundred for 20,000 segments) and one text
 * node per segment. Browsers without `hidden="until-found"` get no blocks.
 */
export class FindInPage implements ReactiveController {
  private container: HTMLElement | null = null;
  private segments: readonly Segment[] = [];
  private blocks: HTMLElement[] = [];
  /** Segments with a text node so far (the build goes from the start). */
  private built = 0;
  private first = 0;
  private last = -1;
  private idle?: IdleHandle;
  private cancelSettle?: () => void;
  /**
   * The block the browser is showing: its text stays as the browser laid it out (the scroll to
   * the hit moves the window, which would empty the very text node found) until it is hidden again.
   */
  private shown: HTMLElement | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: FindInPageOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.built < this.segments.length) this.scheduleBuild();
  }

  hostDisconnected(): void {
    this.idle?.cancel();
    this.idle = undefined;
    this.cancelSettle?.();
    if (this.shown) this.hide(this.shown);
  }

  /** The (empty) element the blocks go in, and the transcript they hold; rebuilt when either changes. */
  attach(container: HTMLElement | null, segments: readonly Segment[]): void {
    if (!findInPageSupported || (container === this.container && segments === this.segments)) return;
    this.idle?.cancel();
    this.idle = undefined;
    this.cancelSettle?.();
    this.shown = null;
    for (const block of this.blocks) block.remove();
    this.container = container;
    this.segments = segments;
    this.blocks = [];
    this.built = 0;
    if (container && segments.length) this.scheduleBuild();
  }

  /** The rows now rendered: their text leaves the blocks, and rows no longer rendered come back. */
  setWindow(first: number, last: number): void {
    const [oldFirst, oldLast] = [this.first, this.last];
    if (first === oldFirst && last === oldLast) return;
    this.first = first;
    this.last = last;
    for (let i = oldFirst; i <= oldLast && i < this.built; i++) if (i < first || i > last) this.setText(i);
    for (let i = first; i <= last && i < this.built; i++) if (i < oldFirst || i > oldLast) this.setText(i);
  }

  private isRendered(index: number): boolean {
    return index >= this.first && index <= this.last;
  }

  private textOf(index: number): string {
    // A line break between segments, so a search never matches across two of them.
    return this.isRendered(index) ? '' : `${this.segments[index]!.text}\n`;
  }

  private setText(index: number): void {
    const block = this.blocks[Math.floor(index / FIND_BLOCK_SIZE)]!;
    if (block === this.shown) return;
    const node = block.childNodes[index % FIND_BLOCK_SIZE] as Text;
    const text = this.textOf(index);
    if (node.data !== text) node.data = text;
  }

  private scheduleBuild(): void {
    if (this.idle || !this.container) return;
    this.idle = whenIdle((deadline) => {
      this.idle = undefined;
      do this.buildBlock();
      while (this.built < this.segments.length && deadline.timeRemaining() > 1);
      if (this.built < this.segments.length) this.scheduleBuild();
    });
  }

  private buildBlock(): void {
    const start = this.built;
    const end = Math.min(this.segments.length, start + FIND_BLOCK_SIZE);
    const block = document.createElement('div');
    block.setAttribute('hidden', 'until-found');
    block.dataset.first = String(start);
    // Episode text goes in as text nodes only: it is never parsed.
    for (let i = start; i < end; i++) block.append(document.createTextNode(this.textOf(i)));
    block.addEventListener('beforematch', this.onBeforeMatch);
    this.container!.append(block);
    this.blocks.push(block);
    this.built = end;
  }

  private onBeforeMatch = (event: Event): void => {
    const block = event.currentTarget as HTMLElement;
    // Laid out where its rows would be, so the browser scrolls about to the right place.
    block.style.setProperty('top', `${this.options.offsetOf(Number(block.dataset.first))}px`);
    this.cancelSettle?.();
    if (this.shown && this.shown !== block) this.hide(this.shown);
    this.shown = block;
    // The browser shows the block and scrolls to the match after this event, before the next frame.
    this.cancelSettle = frameScheduler.request(() => {
      this.cancelSettle = undefined;
      this.settle(block);
    });
  };

  /** Hides the block again and has the row the browser showed rendered where it showed it. */
  private settle(block: HTMLElement): void {
    const found = this.rowShownIn(block);
    this.hide(block);
    if (found) this.options.reveal(found.index, found.delta);
  }

  /** Hides a shown block again, with the text of the rows rendered meanwhile taken out. */
  private hide(block: HTMLElement): void {
    block.setAttribute('hidden', 'until-found');
    if (this.shown === block) this.shown = null;
    const first = Number(block.dataset.first);
    for (let k = 0; k < block.childNodes.length; k++) this.setText(first + k);
  }

  /**
   * The row whose text the browser scrolled into view (nearest the viewport's middle); when the
   * block was not shown (an event sent from code), its first row that is not rendered.
   */
  private rowShownIn(block: HTMLElement): { index: number; delta: number | null } | null {
    const first = Number(block.dataset.first);
    const nodes = block.childNodes;
    const box = this.options.viewport()?.getBoundingClientRect();
    let best: { index: number; delta: number | null } | null = null;
    let bestDistance = Infinity;
    if (box && !block.hasAttribute('hidden')) {
      const middle = box.top + box.height / 2;
      const range = document.createRange();
      for (let k = 0; k < nodes.length; k++) {
        if (!(nodes[k] as Text).data) continue;
        range.selectNodeContents(nodes[k]!);
        const rect = range.getBoundingClientRect();
        if (rect.bottom < box.top || rect.top > box.bottom || rect.height === 0) continue;
        const distance = Math.abs((rect.top + rect.bottom) / 2 - middle);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = { index: first + k, delta: Math.max(0, rect.top - box.top) };
        }
      }
    }
    if (best) return best;
    for (let k = 0; k < nodes.length; k++) if ((nodes[k] as Text).data) return { index: first + k, delta: null };
    return null;
  }
}

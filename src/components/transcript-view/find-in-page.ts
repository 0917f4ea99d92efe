import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Segment } from '../../episode/types.js';
import { frameScheduler } from '../../scheduler.js';

/** Segments per hidden block: 20,000 segments make 100 elements. */
export const FIND_BLOCK_SIZE = 200;
/** Time a build slice may take when the browser gives no idle deadline. */
const SLICE_MS = 4;

import { findInPageSupported } from './find-in-page-loader.js';

export { findInPageSupported };

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
 * Find-next walks the DOM in order, so the text sits in transcript order around the rendered
 * rows: blocks that start before the window go in a container before them, the others in one
 * after them. The block the window starts in holds only its text before the window; its text
 * after the window goes in a twin block (the tail) at the head of the after container.
 *
 * The blocks are built in idle time after the first render, a few at a time, so they never slow
 * it; a time tick never touches them, and a window change rewrites only text nodes in the blocks
 * the old and new windows touch (blocks between them move whole, their text unchanged). Cost:
 * one element per block (a hundred for 20,000 segments), one text node per segment, and one
 * tail. Browsers without `hidden="until-found"` get no blocks.
 */
export class FindInPage implements ReactiveController {
  private before: HTMLElement | null = null;
  private after: HTMLElement | null = null;
  private segments: readonly Segment[] = [];
  private blocks: HTMLElement[] = [];
  /** How many blocks (from the first) are in the before container. */
  private placedBefore = 0;
  /** The text after the window of the block the window starts in, when it has any. */
  private tail: HTMLElement | null = null;
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

  /**
   * The (empty) elements the blocks go in, one before the rendered rows and one after them, and
   * the transcript they hold; rebuilt when any changes.
   */
  attach(before: HTMLElement | null, after: HTMLElement | null, segments: readonly Segment[]): void {
    if (!findInPageSupported || (before === this.before && after === this.after && segments === this.segments)) return;
    this.idle?.cancel();
    this.idle = undefined;
    this.cancelSettle?.();
    this.shown = null;
    for (const block of this.blocks) block.remove();
    this.tail?.remove();
    this.tail = null;
    this.before = before;
    this.after = after;
    this.segments = segments;
    this.blocks = [];
    this.placedBefore = 0;
    this.built = 0;
    if (before && after && segments.length) this.scheduleBuild();
  }

  /** The rows now rendered: their text leaves the blocks, and rows no longer rendered come back. */
  setWindow(first: number, last: number): void {
    const [oldFirst, oldLast] = [this.first, this.last];
    if (first === oldFirst && last === oldLast) return;
    this.first = first;
    this.last = last;
    this.placeBlocks();
    this.placeTail();
    // Only blocks a window touches hold text that changes; the others keep theirs wherever they go.
    this.syncBlocks(oldFirst, oldLast);
    this.syncBlocks(first, last);
  }

  /** Whether block `k` goes before the rendered rows: it starts before the window. */
  private isBefore(k: number): boolean {
    return k * FIND_BLOCK_SIZE < this.first;
  }

  /** The block the window starts in, when the window starts inside it (not at its first row). */
  private straddledBlock(): number {
    const k = Math.floor(this.first / FIND_BLOCK_SIZE);
    return this.isBefore(k) ? k : -1;
  }

  /** What block `k` holds for segment `i`: its text on the block's side of the window, else nothing. */
  private blockHolds(k: number, i: number): boolean {
    return this.isBefore(k) ? i < this.first : i > this.last;
  }

  private textOf(index: number, holds: boolean): string {
    // A line break between segments, so a search never matches across two of them.
    return holds ? `${this.segments[index]!.text}\n` : '';
  }

  /** Moves the blocks that changed sides of the window, in order, to their container. */
  private placeBlocks(): void {
    const wanted = Math.min(this.blocks.length, Math.ceil(this.first / FIND_BLOCK_SIZE));
    if (wanted > this.placedBefore) this.before!.append(...this.blocks.slice(this.placedBefore, wanted));
    else if (wanted < this.placedBefore) this.after!.prepend(...this.blocks.slice(wanted, this.placedBefore));
    this.placedBefore = wanted;
  }

  /** Gives the tail to the block the window starts in, if it has text after the window. */
  private placeTail(): void {
    const k = this.straddledBlock();
    const end = Math.min(this.built, (k + 1) * FIND_BLOCK_SIZE);
    const wanted = k >= 0 && k < this.blocks.length && end - 1 > this.last ? k : -1;
    const current = this.tail ? Number(this.tail.dataset.first) / FIND_BLOCK_SIZE : -1;
    if (wanted !== current) {
      // A tail the browser is showing stays until it is hidden (hide() drops it then).
      if (this.tail && this.tail !== this.shown) this.tail.remove();
      this.tail = wanted >= 0 ? this.createBlock(wanted, (i) => i > this.last) : null;
    }
    if (this.tail && this.tail !== this.after!.firstChild) this.after!.prepend(this.tail);
  }

  /** Rewrites the text nodes that changed in the blocks rows `from`–`to` fall in, and the tail. */
  private syncBlocks(from: number, to: number): void {
    if (to < from) return;
    const lastBlock = Math.min(this.blocks.length - 1, Math.floor(to / FIND_BLOCK_SIZE));
    for (let k = Math.floor(from / FIND_BLOCK_SIZE); k <= lastBlock; k++) this.syncBlock(this.blocks[k]!);
    if (this.tail) this.syncBlock(this.tail);
  }

  private syncBlock(block: HTMLElement): void {
    if (block === this.shown) return;
    const first = Number(block.dataset.first);
    const k = first / FIND_BLOCK_SIZE;
    const isTail = block === this.tail;
    const nodes = block.childNodes;
    for (let j = 0; j < nodes.length; j++) {
      const i = first + j;
      const holds = isTail ? i > this.last : this.blockHolds(k, i);
      const node = nodes[j] as Text;
      // Empty or not is all that changes: a segment's text is always the same.
      if ((node.data !== '') !== holds) node.data = this.textOf(i, holds);
    }
  }

  private scheduleBuild(): void {
    if (this.idle || !this.before) return;
    this.idle = whenIdle((deadline) => {
      this.idle = undefined;
      do this.buildBlock();
      while (this.built < this.segments.length && deadline.timeRemaining() > 1);
      if (this.built < this.segments.length) this.scheduleBuild();
    });
  }

  /** A hidden block for block `k`'s segments, holding the text of those `holds` says. */
  private createBlock(k: number, holds: (index: number) => boolean): HTMLElement {
    const start = k * FIND_BLOCK_SIZE;
    const end = Math.min(this.segments.length, start + FIND_BLOCK_SIZE);
    const block = document.createElement('div');
    block.setAttribute('hidden', 'until-found');
    block.dataset.first = String(start);
    // Episode text goes in as text nodes only: it is never parsed.
    for (let i = start; i < end; i++) block.append(document.createTextNode(this.textOf(i, holds(i))));
    block.addEventListener('beforematch', this.onBeforeMatch);
    return block;
  }

  private buildBlock(): void {
    const k = this.blocks.length;
    const block = this.createBlock(k, (i) => this.blockHolds(k, i));
    // Blocks are built in order, and the ones before the window are the first ones.
    if (this.isBefore(k)) {
      this.before!.append(block);
      this.placedBefore++;
    } else this.after!.append(block);
    this.blocks.push(block);
    this.built = Math.min(this.segments.length, (k + 1) * FIND_BLOCK_SIZE);
    this.placeTail();
  }

  private onBeforeMatch = (event: Event): void => {
    const block = event.currentTarget as HTMLElement;
    // Laid out where its rows would be, so the browser scrolls about to the right place.
    block.style.setProperty('top', `${this.options.offsetOf(this.firstHeld(block) ?? Number(block.dataset.first))}px`);
    this.cancelSettle?.();
    if (this.shown && this.shown !== block) this.hide(this.shown);
    this.shown = block;
    // The browser shows the block and scrolls to the match after this event, before the next frame.
    this.cancelSettle = frameScheduler.request(() => {
      this.cancelSettle = undefined;
      this.settle(block);
    });
  };

  /** The first segment whose text a block holds. */
  private firstHeld(block: HTMLElement): number | null {
    const nodes = block.childNodes;
    for (let j = 0; j < nodes.length; j++) if ((nodes[j] as Text).data) return Number(block.dataset.first) + j;
    return null;
  }

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
    // A tail replaced while the browser showed it is no longer needed.
    if (block.parentNode && block !== this.tail && !this.blocks.includes(block)) block.remove();
    else this.syncBlock(block);
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
    const held = this.firstHeld(block);
    return held === null ? null : { index: held, delta: null };
  }
}

/**
 * The graph's keyboard focus: its nodes are one tab stop (the shared roving focus, spatial: each
 * arrow goes to the nearest node in that direction; Home and End to the most and least connected;
 * typing a name's first letters finds it), Enter or Space chooses the focused node, Escape clears
 * the choice, + and - zoom. The view is told where focus is, to trace that node's connections as
 * hover does.
 */
import { RovingFocus, type RovingItem } from '../widget/roving-focus.js';
import type { GraphModel, GraphNode } from './model.js';
import type { GraphRenderer } from './scene.js';

export interface NodeFocusOptions {
  model: GraphModel;
  renderer: GraphRenderer;
  /** The nodes in tab-stop order, biggest first: the first visible one holds the stop by default. */
  ranked: () => readonly GraphNode[];
  isHidden: (node: GraphNode) => boolean;
  /** Index of the selected node, or -1: it holds the tab stop while focus is elsewhere. */
  selected: () => number;
  /** Brings a node into view before the keyboard focuses it. */
  reveal: (index: number) => void;
  /** Focus came to a node (its index) or left the nodes (-1). */
  focusChanged: (index: number) => void;
  /** A node was chosen (Enter, Space), or the choice cleared (null: Escape). */
  select: (node: GraphNode | null) => void;
  zoomBy: (factor: number) => void;
}

const indexOf = (target: EventTarget | null): number => {
  const value = (target as HTMLElement | null)?.dataset?.index;
  return value === undefined ? -1 : Number(value);
};

export class NodeFocus {
  private readonly roving: RovingFocus<RovingItem>;
  private readonly keyListener = (event: KeyboardEvent) => this.key(event);
  private readonly focusListener = (event: FocusEvent) => this.focusIn(event);
  private readonly blurListener = (event: FocusEvent) => this.focusOut(event);

  constructor(
    private readonly container: HTMLElement,
    private readonly options: NodeFocusOptions,
  ) {
    // Before the roving focus's own listener: a zoom key must not count as type-ahead.
    container.addEventListener('keydown', this.keyListener);
    container.addEventListener('focusin', this.focusListener);
    container.addEventListener('focusout', this.blurListener);
    const { model } = options;
    this.roving = new RovingFocus<RovingItem>(
      { renderRoot: container, addController: (controller) => controller.hostConnected?.() },
      {
        items: () => this.items(),
        key: (item) => (item as HTMLElement).dataset.index!,
        preferred: () => {
          const selected = options.selected();
          return selected >= 0 ? String(selected) : undefined;
        },
        orientation: 'spatial',
        position: (item) => model.nodes[indexOf(item)],
        reveal: (item) => options.reveal(indexOf(item)),
      },
    );
  }

  /** The visible nodes' elements in tab-stop order (on canvas, only the buttons made so far). */
  private items(): RovingItem[] {
    const items: RovingItem[] = [];
    for (const node of this.options.ranked()) {
      if (this.options.isHidden(node)) continue;
      const element = this.options.renderer.nodeElement(node.index, false);
      if (element) items.push(element);
    }
    return items;
  }

  /**
   * Gives the tab stop to the right node: call it when nodes were drawn, chosen, shown or hidden.
   * `first` makes the first node's element where a renderer makes them lazily.
   */
  placeTabStop(first = false): void {
    const top = this.options.ranked().find((node) => !this.options.isHidden(node));
    if (first && top) this.options.renderer.nodeElement(top.index);
    // A node of a kind just hidden may hold the stop: the roving focus only sees visible ones.
    for (const element of this.container.querySelectorAll<HTMLElement>('[data-index][tabindex="0"]')) {
      const node = this.options.model.nodes[indexOf(element)];
      if (node && this.options.isHidden(node)) element.tabIndex = -1;
    }
    this.roving.placeTabStop();
  }

  /** Moves keyboard focus to a node, panning it into view when it is outside. */
  focusNode(index: number): void {
    // Made now if it was not (on canvas, the buttons are made in slices).
    if (!this.options.renderer.nodeElement(index)) return;
    this.roving.focusItem(String(index));
  }

  private focusIn(event: FocusEvent): void {
    const index = indexOf(event.target);
    if (index >= 0) this.options.focusChanged(index);
  }

  private focusOut(event: FocusEvent): void {
    if (indexOf(event.target) >= 0) this.options.focusChanged(-1);
  }

  private key(event: KeyboardEvent): void {
    const index = indexOf(event.target);
    if ((event.key === 'Enter' || event.key === ' ') && index >= 0) {
      event.preventDefault();
      this.options.select(this.options.model.nodes[index]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.options.select(null);
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      this.options.zoomBy(1.25);
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      this.options.zoomBy(0.8);
    }
  }

  destroy(): void {
    this.roving.hostDisconnected();
    this.container.removeEventListener('keydown', this.keyListener);
    this.container.removeEventListener('focusin', this.focusListener);
    this.container.removeEventListener('focusout', this.blurListener);
  }
}

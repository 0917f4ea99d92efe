import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fold } from '../episode/fold.js';

/**
 * A host whose items the controller manages: any LitElement, or a plain root of one's own
 * (`{ renderRoot: container, addController: (c) => c.hostConnected?.() }`) for items an engine
 * draws without Lit, which then calls `placeTabStop()` when they change and `hostDisconnected()`
 * when done.
 */
export interface RovingFocusHost extends Pick<ReactiveControllerHost, 'addController'> {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** A focusable item: an HTML element, or an SVG one with a tabindex (a graph's node). */
export type RovingItem = HTMLElement | SVGElement;

export interface Point {
  x: number;
  y: number;
}

export type ArrowDirection = 'up' | 'down' | 'left' | 'right';

export interface RovingFocusOptions<T extends RovingItem = HTMLElement> {
  /** The items, in reading order, as rendered now (asked again after every render). */
  items: () => readonly T[];
  /**
   * What identifies an item across renders (Lit reuses elements by position, so an element may
   * stand for another item after a re-render). Default: its position.
   */
  key?: (item: T, index: number) => string;
  /** Key of the item that holds the tab stop while focus is elsewhere: the selected or current one. */
  preferred?: () => string | null | undefined;
  /**
   * `vertical` (default): ↑/↓; `horizontal`: ←/→, swapped in right-to-left text; `spatial`: items
   * laid out in two dimensions (a graph's nodes): each arrow goes to the nearest item in its
   * direction (`position`), and stays when there is none.
   */
  orientation?: 'vertical' | 'horizontal' | 'spatial';
  /**
   * Where an item is, for `spatial` (any coordinates with y pointing down, as long as all items
   * use the same). Default: the centre of its bounding box.
   */
  position?: (item: T) => Point | undefined;
  /** Called before the keyboard moves focus to an item: a view that pans brings it into sight. */
  reveal?: (item: T) => void;
  /**
   * For a windowed list that keeps only the items near the viewport in the DOM: how many items
   * there are in all. `key` must then be an item's position in the whole list; arrows, Home and
   * End count over the whole list and focus an item through `show`. The host renders the tab stop
   * (the item it keeps may not be rendered), and there is no type-ahead (it could only match the
   * rendered items).
   */
  count?: () => number;
  /** For `count`: renders item `index` (scrolling it in) and resolves to it. */
  show?: (index: number) => Promise<T | null | undefined>;
  /** What type-ahead matches against. Default: the item's `aria-label`, else its text. */
  label?: (item: T) => string;
  /** The clock type-ahead measures pauses with (tests pass their own). */
  now?: () => number;
}

type Optional = 'preferred' | 'reveal' | 'count' | 'show';

const ARROWS: Record<string, ArrowDirection> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const VECTORS: Record<ArrowDirection, Point> = { up: { x: 0, y: -1 }, down: { x: 0, y: 1 }, left: { x: -1, y: 0 }, right: { x: 1, y: 0 } };

/**
 * Of `candidates`, the one to move to from `from` with an arrow key: the nearest within 60° either
 * side of the direction, where distance off the axis counts double. Undefined when none lies that way.
 */
export function nearestInDirection<T>(
  candidates: Iterable<T>,
  from: T,
  direction: ArrowDirection,
  position: (item: T) => Point | undefined,
): T | undefined {
  const start = position(from);
  if (!start) return undefined;
  const v = VECTORS[direction];
  let best: T | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === from) continue;
    const p = position(candidate);
    if (!p) continue;
    const dx = p.x - start.x;
    const dy = p.y - start.y;
    const along = dx * v.x + dy * v.y;
    if (along <= 0) continue;
    const across = Math.abs(dx * v.y - dy * v.x);
    if (across > along * 1.732) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

const centreOf = (item: Element): Point => {
  const box = item.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
};

/** A pause longer than this starts a new type-ahead search. */
export const TYPE_AHEAD_PAUSE_MS = 500;

const defaultKey = (_item: RovingItem, index: number) => String(index);
const defaultLabel = (item: RovingItem) => item.getAttribute('aria-label') ?? item.textContent ?? '';

/** True for a key that types one character (not a shortcut, not Space: Space activates). */
function isTypedCharacter(event: KeyboardEvent): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing && event.key !== ' ' && [...event.key].length === 1;
}

/**
 * Roving tabindex over a widget's items: the items are one tab stop, and the arrow keys, Home,
 * End and type-ahead (the first letters of an item's name, typed without pausing; case and
 * accents ignored) move focus between them. Exactly one item has `tabindex="0"`: the focused one
 * while focus is on an item, else the preferred (selected or current) one, else the last one
 * focused, else the first. The tab stop is re-checked after every render, so it stays valid when
 * items come, go or are re-rendered; a render never moves focus.
 *
 * Items need not be siblings: any focusable elements in the host's render root, in order. Keys
 * pressed on a control inside an item (a row's buttons) count as pressed on the item. Other
 * focusable elements around or between them (a filter field, an item's expanded details) keep
 * their own tab stops. Items laid out in two dimensions (`orientation: 'spatial'`) are moved
 * between by where they are, not by their order; Home, End and type-ahead still follow the order.
 * A windowed list (`count`) moves focus to items that are not rendered yet.
 */
export class RovingFocus<T extends RovingItem = HTMLElement> implements ReactiveController {
  private lastFocused: string | null = null;
  private typed = '';
  private typedAt = -Infinity;
  private readonly options: Required<Omit<RovingFocusOptions<T>, Optional>> & Pick<RovingFocusOptions<T>, Optional>;

  constructor(
    private readonly host: RovingFocusHost,
    options: RovingFocusOptions<T>,
  ) {
    this.options = {
      key: defaultKey,
      orientation: 'vertical',
      position: centreOf,
      label: defaultLabel,
      now: () => performance.now(),
      ...options,
    };
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    root.addEventListener('keydown', this.onKeydown as EventListener);
    root.addEventListener('focusin', this.onFocusIn as EventListener);
    root.addEventListener('focusout', this.onFocusOut as EventListener);
  }

  hostDisconnected(): void {
    const root = this.host.renderRoot;
    root.removeEventListener('keydown', this.onKeydown as EventListener);
    root.removeEventListener('focusin', this.onFocusIn as EventListener);
    root.removeEventListener('focusout', this.onFocusOut as EventListener);
  }

  hostUpdated(): void {
    this.placeTabStop();
  }

  /**
   * Gives the tab stop to the right item. Called after every render; call it also when items
   * change outside a render (an engine that draws its own list).
   */
  placeTabStop(focused: Element | null = this.activeElement()): void {
    if (this.options.count) return;
    const items = this.options.items();
    if (!items.length) return;
    const stop =
      items.find((item) => item === focused) ??
      this.itemWithKey(items, this.options.preferred?.()) ??
      this.itemWithKey(items, this.lastFocused) ??
      items[0];
    for (const item of items) {
      const tabIndex = item === stop ? 0 : -1;
      if (item.tabIndex !== tabIndex) item.tabIndex = tabIndex;
    }
  }

  /** Focuses the item with this key, if it is rendered. */
  focusItem(key: string): boolean {
    const item = this.itemWithKey(this.options.items(), key);
    if (!item) return false;
    this.placeTabStop(item);
    this.options.reveal?.(item);
    item.focus();
    return true;
  }

  private activeElement(): Element | null {
    const root = this.host.renderRoot;
    // A plain root (not a shadow root) may itself sit in one: ask the root it belongs to.
    const scope = root instanceof ShadowRoot ? root : (root.getRootNode() as Document | ShadowRoot);
    return scope.activeElement ?? null;
  }

  private itemWithKey(items: readonly T[], key: string | null | undefined): T | undefined {
    if (key == null) return undefined;
    const index = items.findIndex((item, i) => this.options.key(item, i) === key);
    return index < 0 ? undefined : items[index];
  }

  private onFocusIn = (event: FocusEvent): void => {
    const items = this.options.items();
    const index = items.indexOf(event.target as T);
    if (index < 0) return;
    this.lastFocused = this.options.key(items[index], index);
    this.placeTabStop(items[index]);
  };

  private onFocusOut = (event: FocusEvent): void => {
    if (!this.options.items().includes(event.target as T)) return;
    // Focus leaving the items: Tab back in should land on the selected one again.
    this.placeTabStop(event.relatedTarget as Element | null);
  };

  private onKeydown = (event: KeyboardEvent): void => {
    const { count, key } = this.options;
    const items = this.options.items();
    const target = event.target as T;
    const at = items.findIndex((item) => item.contains(target));
    if (at < 0 || event.defaultPrevented) return;
    const from = count ? Number(key(items[at], at)) : at;
    const last = (count ? count() : items.length) - 1;
    const to = !count && isTypedCharacter(event) ? this.typeAhead(items, from, event.key) : this.step(items, at, from, last, event);
    if (to === undefined) return;
    event.preventDefault();
    // From a control inside an item, even the item's own key (Up on the first) moves to the item.
    if (to === from && target === items[at]) return;
    // `show` scrolls the item in: the browser's own scrolling would fight a glide.
    if (count) void this.options.show!(to).then((item) => item?.focus({ preventScroll: true }));
    else this.focusItem(key(items[to], to));
  };

  /**
   * Where an arrow, Home or End key leads from the item at `at` in `items` (at `from` in the
   * whole list, of which `last` is the last); undefined for any other key.
   */
  private step(items: readonly T[], at: number, from: number, last: number, event: KeyboardEvent): number | undefined {
    if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
    if (event.key === 'Home') return 0;
    if (event.key === 'End') return last;
    if (this.options.orientation === 'spatial') return this.nearest(items, at, event.key);
    let forward = 'ArrowDown';
    let backward = 'ArrowUp';
    if (this.options.orientation === 'horizontal') {
      const rtl = getComputedStyle(items[at]).direction === 'rtl';
      forward = rtl ? 'ArrowLeft' : 'ArrowRight';
      backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    }
    if (event.key === forward) return Math.min(last, from + 1);
    if (event.key === backward) return Math.max(0, from - 1);
    return undefined;
  }

  /** The nearest item in an arrow's direction (the same item when none lies that way). */
  private nearest(items: readonly T[], from: number, key: string): number | undefined {
    const direction = ARROWS[key];
    if (!direction) return undefined;
    const next = nearestInDirection(items, items[from], direction, this.options.position);
    return next ? items.indexOf(next) : from;
  }

  /**
   * The next item whose name starts with what was typed since the last pause. One letter, or the
   * same letter again and again, moves on to the next such item (round the end); more letters
   * refine the current match; a letter that matches nothing with what came before starts a new
   * search (no need to wait out a mistyped one). Undefined when nothing matches.
   */
  private typeAhead(items: readonly T[], from: number, key: string): number | undefined {
    const now = this.options.now();
    const char = fold(key);
    this.typed = now - this.typedAt > TYPE_AHEAD_PAUSE_MS ? char : this.typed + char;
    this.typedAt = now;
    const found = this.findByPrefix(items, from, this.typed);
    if (found !== undefined || this.typed === char) return found;
    this.typed = char;
    return this.findByPrefix(items, from, char);
  }

  private findByPrefix(items: readonly T[], from: number, typed: string): number | undefined {
    const chars = [...typed];
    const repeated = chars.every((c) => c === chars[0]);
    const prefix = repeated ? chars[0] : typed;
    // A new search moves on from the current item; a longer one may stay on it ("t", then "ts").
    const start = repeated ? from + 1 : from;
    for (let n = 0; n < items.length; n++) {
      const index = (start + n) % items.length;
      if (fold(this.options.label(items[index]).trim()).startsWith(prefix)) return index;
    }
    return undefined;
  }
}

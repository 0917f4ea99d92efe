/**
 * Zoom, pan, drag and pinch from pointer events, in ~150 lines instead of d3-zoom + d3-drag
 * (~23 kB gzip with what they pull in): mouse, pen and touch alike. Points are in the target's
 * CSS pixels (its top-left corner is 0, 0).
 */
import type { Point } from './viewport.js';

export interface GestureHandlers<N> {
  /** The node under a point, if any: a press there drags it instead of panning. */
  nodeAt(p: Point): N | undefined;
  hover(p: Point | null): void;
  dragStart(node: N, p: Point): void;
  dragMove(node: N, p: Point): void;
  dragEnd(node: N): void;
  pan(dx: number, dy: number): void;
  zoom(factor: number, anchor: Point): void;
  /** A press and release without moving: on a node, or on the background (undefined). */
  tap(node: N | undefined, p: Point, pointerType: string): void;
  doubleTap(p: Point): void;
}

/** Pixels a pointer may move and still count as a tap. */
const TAP_SLOP = 4;

/** Zoom factor of one wheel event, as d3-zoom's default wheelDelta. */
export function wheelFactor(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
  const delta = -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 10 : 1);
  return Math.pow(2, delta);
}

interface Press<N> {
  start: Point;
  last: Point;
  node?: N;
  moved: boolean;
}

export class PointerGestures<N> {
  private readonly pointers = new Map<number, Point>();
  private press?: Press<N>;
  private pinchDistance = 0;
  private pinchCentre: Point = { x: 0, y: 0 };
  private readonly listeners: [string, EventListener, AddEventListenerOptions?][];

  constructor(
    private readonly target: HTMLElement,
    private readonly handlers: GestureHandlers<N>,
  ) {
    this.listeners = [
      ['pointerdown', (e) => this.down(e as PointerEvent)],
      ['pointermove', (e) => this.move(e as PointerEvent)],
      ['pointerup', (e) => this.up(e as PointerEvent, false)],
      ['pointercancel', (e) => this.up(e as PointerEvent, true)],
      ['pointerleave', (e) => this.leave(e as PointerEvent)],
      ['wheel', (e) => this.wheel(e as WheelEvent), { passive: false }],
      ['dblclick', (e) => this.doubleClick(e as MouseEvent)],
    ];
    for (const [type, listener, options] of this.listeners) target.addEventListener(type, listener, options);
  }

  destroy(): void {
    for (const [type, listener, options] of this.listeners) this.target.removeEventListener(type, listener, options);
  }

  /** True while a pointer is pressed (a drag, pan or pinch may be under way). */
  get pressed(): boolean {
    return this.pointers.size > 0;
  }

  private point(event: MouseEvent): Point {
    const box = this.target.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }

  private down(event: PointerEvent): void {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const p = this.point(event);
    this.pointers.set(event.pointerId, p);
    try {
      this.target.setPointerCapture(event.pointerId);
    } catch {
      // Synthetic pointers (tests) cannot be captured; the gesture still works.
    }
    if (this.pointers.size === 1) {
      this.press = { start: p, last: p, node: this.handlers.nodeAt(p), moved: false };
    } else if (this.pointers.size === 2) {
      // A second finger turns any drag or pan into a pinch.
      if (this.press?.node && this.press.moved) this.handlers.dragEnd(this.press.node);
      this.press = undefined;
      this.startPinch();
    }
  }

  private startPinch(): void {
    const [a, b] = [...this.pointers.values()];
    this.pinchDistance = Math.hypot(a.x - b.x, a.y - b.y) || 1;
    this.pinchCentre = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  }

  private move(event: PointerEvent): void {
    const p = this.point(event);
    if (!this.pointers.has(event.pointerId)) {
      if (event.pointerType !== 'touch') this.handlers.hover(p);
      return;
    }
    this.pointers.set(event.pointerId, p);
    if (this.pointers.size >= 2) {
      const [a, b] = [...this.pointers.values()];
      const distance = Math.hypot(a.x - b.x, a.y - b.y) || 1;
      const centre = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      this.handlers.pan(centre.x - this.pinchCentre.x, centre.y - this.pinchCentre.y);
      this.handlers.zoom(distance / this.pinchDistance, centre);
      this.pinchDistance = distance;
      this.pinchCentre = centre;
      return;
    }
    const press = this.press;
    if (!press) return;
    if (!press.moved && Math.hypot(p.x - press.start.x, p.y - press.start.y) < TAP_SLOP) return;
    if (!press.moved) {
      press.moved = true;
      if (press.node) this.handlers.dragStart(press.node, press.start);
    }
    if (press.node) this.handlers.dragMove(press.node, p);
    else this.handlers.pan(p.x - press.last.x, p.y - press.last.y);
    press.last = p;
    event.preventDefault();
  }

  private up(event: PointerEvent, cancelled: boolean): void {
    if (!this.pointers.has(event.pointerId)) return;
    this.pointers.delete(event.pointerId);
    const press = this.press;
    if (this.pointers.size === 1) {
      // One finger of a pinch lifted: the other pans from where it is.
      const [id, p] = [...this.pointers.entries()][0];
      void id;
      this.press = { start: p, last: p, moved: true };
      return;
    }
    if (this.pointers.size > 1) {
      this.startPinch();
      return;
    }
    this.press = undefined;
    if (!press) return;
    if (press.moved) {
      if (press.node) this.handlers.dragEnd(press.node);
    } else if (!cancelled) {
      this.handlers.tap(press.node, press.start, event.pointerType);
    }
  }

  private leave(event: PointerEvent): void {
    if (!this.pointers.has(event.pointerId) && event.pointerType !== 'touch') this.handlers.hover(null);
  }

  private wheel(event: WheelEvent): void {
    event.preventDefault();
    this.handlers.zoom(wheelFactor(event), this.point(event));
  }

  private doubleClick(event: MouseEvent): void {
    event.preventDefault();
    this.handlers.doubleTap(this.point(event));
  }
}

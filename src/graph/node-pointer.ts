/**
 * The graph's pointer input (gestures.ts turns the events into gestures): hover traces the node
 * or link under the pointer, a press on a node drags it and one on the background pans, wheel and
 * pinch zoom, a tap chooses. Touch has no hover, so a tap on a node also toggles its tooltip. The
 * view (graph-view.ts) draws; this only tells it what the pointer did.
 */
import { PointerGestures } from './gestures.js';
import type { HoverInfo } from './graph-view.js';
import { findLink, NodeIndex } from './hit-test.js';
import type { GraphLink, GraphNode } from './model.js';
import { isHidden, isLinkHidden, type Scene } from './scene.js';
import { panBy, toScreen, toWorld, zoomAt, type Point, type Transform } from './viewport.js';

export interface PointerView {
  /** The view's scene, read for the transform and what is hidden. */
  readonly scene: Scene;
  /** Traces a node's or a link's connections (neither: none), as hover shows them. */
  trace(node: GraphNode | undefined, link: GraphLink | undefined): void;
  /** Shows the tooltip for `info`, or hides it (null). */
  tooltip(info: HoverInfo | null): void;
  /** Keyboard focus holds the trace: the pointer leaving the graph leaves it alone. */
  focusTraced(): boolean;
  /** The pointer took the trace over from keyboard focus. */
  pointerTraced(): void;
  setTransform(transform: Transform): void;
  /** A node was chosen (click, tap), or the background (null). */
  select(node: GraphNode | null): void;
  /** A node was picked up (true) or dropped (false): the layout reheats around it, or cools. */
  dragLayout(active: boolean): void;
  /** Node positions changed under the pointer: redraw. */
  moved(): void;
}

/** Whose tooltip a tap on `tapped` leaves open: a second tap on the open one, or a tap elsewhere, closes it. */
export const touchTooltipAfterTap = (open: GraphNode | undefined, tapped: GraphNode | undefined): GraphNode | undefined =>
  tapped && tapped !== open ? tapped : undefined;

export class NodePointer {
  private readonly gestures: PointerGestures<GraphNode>;
  private readonly index = new NodeIndex();
  private indexDirty = true;
  private dragged?: GraphNode;
  /** The node whose tooltip a tap opened (touch has no hover to close it). */
  private touchTooltip?: GraphNode;
  private readonly outsideListener = (event: PointerEvent) => this.pressedOutside(event);
  // Made once: hit-testing runs on every pointer move.
  private readonly nodeShown = (node: GraphNode) => !isHidden(this.view.scene, node);
  private readonly linkShown = (link: GraphLink) => !isLinkHidden(this.view.scene, link);

  constructor(
    private readonly container: HTMLElement,
    private readonly view: PointerView,
  ) {
    this.gestures = new PointerGestures<GraphNode>(container, {
      nodeAt: (p) => this.nodeAt(p),
      hover: (p) => this.hover(p),
      dragStart: (node) => this.dragStart(node),
      dragMove: (node, p) => this.dragMove(node, p),
      dragEnd: (node) => this.dragEnd(node),
      pan: (dx, dy) => view.setTransform(panBy(view.scene.transform, dx, dy)),
      zoom: (factor, anchor) => view.setTransform(zoomAt(view.scene.transform, factor, anchor)),
      tap: (node, _p, pointerType) => {
        if (pointerType === 'touch') this.toggleTouchTooltip(node);
        view.select(node ?? null);
      },
      doubleTap: (p) => view.setTransform(zoomAt(view.scene.transform, 2, p)),
    });
  }

  /** The node being dragged, if any. */
  get dragging(): GraphNode | undefined {
    return this.dragged;
  }

  /** Nodes moved, were resized or hidden: the hit-test index is rebuilt when next needed. */
  invalidate(): void {
    this.indexDirty = true;
  }

  /** A tapped node's tooltip moves with it (a selection may pan the view under it). */
  transformChanged(): void {
    if (this.touchTooltip) this.view.tooltip(this.touchTooltipInfo(this.touchTooltip));
  }

  /** Closes a tapped node's tooltip, if one is open. */
  closeTouchTooltip(): void {
    if (this.touchTooltip) this.toggleTouchTooltip(undefined);
  }

  private nodeAt(p: Point): GraphNode | undefined {
    if (this.indexDirty) {
      this.index.rebuild(this.view.scene.model.nodes);
      this.indexDirty = false;
    }
    const t = this.view.scene.transform;
    // A few pixels of slop make small nodes easy to hit, whatever the zoom.
    return this.index.find(toWorld(t, p), 4 / t.k, this.nodeShown);
  }

  private hover(p: Point | null): void {
    if (this.dragged) return;
    const view = this.view;
    if (!p) {
      if (!view.focusTraced()) {
        view.trace(undefined, undefined);
        view.tooltip(null);
      }
      return;
    }
    if (this.touchTooltip) this.setTouchTooltip(undefined);
    const node = this.nodeAt(p);
    const t = view.scene.transform;
    const link = node ? undefined : findLink(view.scene.model.links, toWorld(t, p), 5 / t.k, this.linkShown);
    view.pointerTraced();
    view.trace(node, link);
    view.tooltip(node || link ? { node, link, point: p, fromFocus: false } : null);
  }

  /**
   * On touch, hover never ends, so a tooltip shown by a tap would stay forever: a tap on a node
   * shows its tooltip (and traces its connections), a second tap on it or a tap elsewhere hides it.
   */
  private toggleTouchTooltip(node: GraphNode | undefined): void {
    const show = touchTooltipAfterTap(this.touchTooltip, node);
    this.setTouchTooltip(show);
    this.view.pointerTraced();
    this.view.trace(show, undefined);
    this.view.tooltip(show ? this.touchTooltipInfo(show) : null);
  }

  private setTouchTooltip(node: GraphNode | undefined): void {
    this.touchTooltip = node;
    // A tap anywhere else on the page closes it too (the graph sees only taps on itself).
    if (node) document.addEventListener('pointerdown', this.outsideListener, true);
    else document.removeEventListener('pointerdown', this.outsideListener, true);
  }

  private pressedOutside(event: PointerEvent): void {
    if (!this.touchTooltip || event.composedPath().includes(this.container)) return;
    this.toggleTouchTooltip(undefined);
  }

  private touchTooltipInfo(node: GraphNode): HoverInfo {
    return { node, point: toScreen(this.view.scene.transform, node), fromFocus: false };
  }

  private dragStart(node: GraphNode): void {
    if (this.touchTooltip) this.setTouchTooltip(undefined);
    this.dragged = node;
    node.fx = node.x;
    node.fy = node.y;
    this.view.trace(node, undefined);
    this.view.tooltip(null);
    this.view.dragLayout(true);
  }

  private dragMove(node: GraphNode, p: Point): void {
    const world = toWorld(this.view.scene.transform, p);
    node.fx = world.x;
    node.fy = world.y;
    // It follows the pointer now, not at the next layout tick.
    node.x = world.x;
    node.y = world.y;
    this.view.moved();
  }

  private dragEnd(node: GraphNode): void {
    this.dragged = undefined;
    // Released on drop: the layout may move it again.
    node.fx = null;
    node.fy = null;
    this.view.dragLayout(false);
    this.view.moved();
  }

  destroy(): void {
    this.gestures.destroy();
    document.removeEventListener('pointerdown', this.outsideListener, true);
  }
}

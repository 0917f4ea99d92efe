/**
 * The graph on the page without Lit: runs the layout in frame-sized slices, owns the view
 * transform, renders with SVG or canvas, and traces what is hovered, focused or selected; its
 * pointer input is NodePointer's (node-pointer.ts), its keyboard focus NodeFocus's (node-focus.ts).
 * The element around it draws the chrome (controls, legend, tooltip, details) from the callbacks.
 */
import { defaultLabelOptions, labelRanking, placeLabels } from './labels.js';
import { createSimulation, frameScheduler, LayoutRunner, stretchFor, taskScheduler, type GraphSimulation } from './layout.js';
import type { GraphLink, GraphModel, GraphNode } from './model.js';
import { NodeFocus } from './node-focus.js';
import { NodePointer } from './node-pointer.js';
import { isHidden, isLinkHidden, nodePart, type GraphRenderer, type Scene, type Theme } from './scene.js';
import { SvgRenderer } from './svg-renderer.js';
import {
  boundsOf,
  centreOn,
  clampScale,
  fitBounds,
  IDENTITY,
  panBy,
  toScreen,
  toWorld,
  zoomAt,
  type Point,
  type Transform,
} from './viewport.js';
import type { RendererChoice } from './renderer-choice.js';

export { CANVAS_THRESHOLD, chooseRenderer, type RendererChoice } from './renderer-choice.js';

/** From this many nodes, zooming and panning on canvas move the bitmap and redraw at rest. */
const PREVIEW_FROM = 1000;
/** From this many nodes the settling picture is redrawn ~10 times a second, as a draft. */
const DRAFT_FROM = 1000;

type CanvasModule = typeof import('./canvas-renderer.js');
let canvasModule: CanvasModule | undefined;
let canvasLoading: Promise<CanvasModule> | undefined;

/**
 * Loads the canvas renderer. It is only for large graphs, so the CDN bundle keeps it in a chunk
 * of its own, fetched the first time a graph needs it; a `GraphView` on canvas can only be made
 * once this has resolved (`canvasRendererReady()`).
 */
export function loadCanvasRenderer(): Promise<CanvasModule> {
  canvasLoading ??= import('./canvas-renderer.js').then(
    (module) => (canvasModule = module),
    (error: unknown) => {
      canvasLoading = undefined;
      throw error;
    },
  );
  return canvasLoading;
}

export const canvasRendererReady = (): boolean => canvasModule !== undefined;

export interface HoverInfo {
  node?: GraphNode;
  link?: GraphLink;
  /** Where to show the tooltip, in the surface's CSS pixels. */
  point: Point;
  /** True when it comes from keyboard focus rather than the pointer. */
  fromFocus: boolean;
}

export interface GraphViewOptions {
  model: GraphModel;
  renderer: RendererChoice;
  reducedMotion: boolean;
  seed: number;
  /** The layout's simulation when made beforehand (`createSimulation(model, { seed })`). */
  simulation?: GraphSimulation;
  theme: Theme;
  colours: Map<string, string>;
  nodeName: (index: number) => string;
  listLabel: string;
  onHover?: (info: HoverInfo | null) => void;
  /** A node was chosen (click, tap, Enter), or the background (null; also Escape). */
  onSelect?: (node: GraphNode | null) => void;
  onProgress?: (progress: number, running: boolean) => void;
  onTransform?: (transform: Transform) => void;
  /** Milliseconds of layout per frame. */
  budget?: number;
  /** A label's height and its baseline from the top, in px, for the label font. */
  labelHeight?: number;
  labelAscent?: number;
}

export class GraphView {
  readonly model: GraphModel;
  readonly renderer: GraphRenderer;
  readonly simulation: GraphSimulation;
  readonly scene: Scene;
  readonly whenDrawn: Promise<void>;
  readonly whenSettled: Promise<void>;
  private readonly runner: LayoutRunner;
  private readonly pointer: NodePointer;
  private readonly focus: NodeFocus;
  private ranked: GraphNode[];
  /** The order labels are placed in (people and hubs first in small graphs). */
  private labelOrder: GraphNode[];
  private parts: string[];
  private linkParts: string[];
  private userMoved = false;
  private drawing = false;
  private drawn = false;
  private cancelDraw?: () => void;
  private pending: 'all' | 'state' | undefined;
  private resolveDrawn!: () => void;
  private resolveSettled!: () => void;
  private hoverFromFocus = false;
  private lastLayoutDraw = 0;
  private settleTimer?: ReturnType<typeof setTimeout>;
  /** Px of the view's right-hand side under a panel. */
  private coveredRight = 0;
  private destroyed = false;

  constructor(
    readonly container: HTMLElement,
    private readonly options: GraphViewOptions,
  ) {
    this.model = options.model;
    this.whenDrawn = new Promise((resolve) => (this.resolveDrawn = resolve));
    this.whenSettled = new Promise((resolve) => (this.resolveSettled = resolve));
    this.scene = {
      model: this.model,
      transform: IDENTITY,
      width: container.clientWidth || 300,
      height: container.clientHeight || 300,
      colours: options.colours,
      theme: options.theme,
      activeNodes: new Set(),
      activeLinks: new Set(),
      selected: -1,
      mentioned: new Set(),
      hiddenKinds: new Set(),
      focused: -1,
      labels: [],
    };
    this.ranked = this.model.bySize();
    this.labelOrder = labelRanking(this.model);
    this.parts = this.model.nodes.map(() => 'node');
    this.linkParts = this.model.links.map(() => 'link');
    if (options.renderer === 'canvas' && !canvasModule) throw new Error('GraphView: await loadCanvasRenderer() before drawing on canvas');
    this.renderer =
      options.renderer === 'canvas'
        ? new canvasModule!.CanvasRenderer(container, this.model, options.nodeName, options.listLabel, (i) => this.parts[i])
        : new SvgRenderer(container, this.model, options.nodeName, options.labelAscent ?? 12);
    this.renderer.resize(this.scene.width, this.scene.height);
    this.focus = new NodeFocus(container, {
      model: this.model,
      renderer: this.renderer,
      ranked: () => this.ranked,
      isHidden: (node) => isHidden(this.scene, node),
      selected: () => this.scene.selected,
      reveal: (index) => this.ensureVisible(index),
      focusChanged: (index) => this.focusChanged(index),
      select: (node) => options.onSelect?.(node),
      zoomBy: (factor) => this.zoomBy(factor),
    });
    // On canvas the node buttons are made after the first frame; the tab stop waits for them.
    if (options.renderer === 'canvas') setTimeout(() => !this.destroyed && this.focus.placeTabStop(true), 0);
    else this.focus.placeTabStop();

    this.simulation =
      options.simulation ?? createSimulation(this.model, { seed: options.seed, stretch: stretchFor(this.scene.width, this.scene.height, this.model.size) });
    this.runner = new LayoutRunner(this.simulation, {
      // Layout frames are not interaction frames: a longer slice settles sooner, still far from 50 ms.
      // Canvas graphs (500+ nodes): short slices, since garbage collection and a busy machine
      // stretch a slice's wall time to several times its work (a 12 ms slice was seen taking 60+ ms
      // at 2,000 nodes).
      budget: options.budget ?? (this.renderer.type === 'canvas' ? 6 : options.reducedMotion ? 16 : 12),
      // Canvas graphs: slices as separate tasks, the picture drawn by a frame callback (every frame
      // up to 1,000 nodes, ~10 times a second beyond); SVG ones: one slice a frame, drawn as it settles.
      scheduler: this.renderer.type === 'canvas' ? taskScheduler : frameScheduler,
      onTick: (progress) => this.layoutTicked(progress),
      onEnd: () => this.layoutEnded(),
    });
    this.pointer = new NodePointer(container, {
      scene: this.scene,
      trace: (node, link) => this.setHover(node, link),
      tooltip: (info) => options.onHover?.(info),
      focusTraced: () => this.hoverFromFocus,
      pointerTraced: () => (this.hoverFromFocus = false),
      setTransform: (transform) => this.setTransform(transform),
      select: (node) => options.onSelect?.(node),
      dragLayout: (active) => this.dragLayout(active),
      moved: () => {
        this.positionsMoved();
        this.requestDraw('all');
      },
    });
    this.startLayout();
  }

  private startLayout(): void {
    if (!this.options.reducedMotion) {
      // The first frame shows the start positions and the layout unfolds from there: even a
      // few ticks first cost a small graph's first frame 15-40 ms here (d3-force's code is cold).
      this.positionsMoved();
      this.fitWhileLaying();
      // A canvas graph draws in the next frame: one task for setting up, one for the picture.
      if (this.renderer.type === 'canvas') this.requestDraw('all');
      else this.drawNow('all');
    }
    this.options.onProgress?.(0, true);
    this.runner.start();
  }

  private layoutTicked(progress: number): void {
    if (this.destroyed) return;
    this.options.onProgress?.(progress, this.runner.active);
    if (this.options.reducedMotion && !this.pointer.dragging) return;
    this.positionsMoved();
    // Large graphs redraw the settling picture ~10 times a second, not every slice: the
    // raster work would otherwise cost as much as the layout itself.
    if (this.model.size >= DRAFT_FROM) {
      const now = performance.now();
      if (!this.pointer.dragging && now - this.lastLayoutDraw < 100) return;
      this.lastLayoutDraw = now;
      this.fitWhileLaying();
      this.requestDraw('all');
      return;
    }
    this.fitWhileLaying();
    // Canvas graphs lay out in tasks between frames: the picture is drawn once a frame.
    if (this.renderer.type === 'canvas') this.requestDraw('all');
    else this.drawNow('all');
  }

  private layoutEnded(): void {
    if (this.destroyed) return;
    this.positionsMoved();
    this.fitWhileLaying();
    this.drawNow('all');
    this.options.onProgress?.(1, false);
    this.resolveSettled();
  }

  /** While the layout grows, keep it in view until the reader moves the view themselves. */
  private fitWhileLaying(): void {
    if (!this.userMoved) this.scene.transform = this.fitTransform();
  }

  private positionsMoved(): void {
    this.pointer.invalidate();
    this.renderer.positionsMoved?.();
  }

  // ---- drawing ----

  /** Draws in the next frame (coalesced). */
  requestDraw(what: 'all' | 'state' = 'all'): void {
    if (this.pending === 'all' || this.pending === what) return;
    this.pending = what;
    if (this.cancelDraw) return;
    this.cancelDraw = frameScheduler.request(() => {
      this.cancelDraw = undefined;
      const pending = this.pending;
      this.pending = undefined;
      if (pending) this.drawNow(pending);
    });
  }

  private drawNow(what: 'all' | 'state'): void {
    if (this.destroyed || this.drawing) return;
    if (this.options.reducedMotion && this.runner.active && !this.drawn && !this.pointer.dragging) return;
    this.drawing = true;
    if (what === 'all') {
      // A large graph's picture is a draft while its layout runs (settling, or reheated by a drag).
      this.scene.draft = this.model.size >= DRAFT_FROM && this.runner.active;
      const { width, height } = this.scene;
      const lineHeight = this.options.labelHeight ?? 16;
      // A draft (a large layout settling) has no labels: outlined text was the costliest part
      // of its frames (tens of labels' glyph outlines stroked ten times a second).
      this.scene.labels = this.scene.draft ? [] : placeLabels(
        this.labelOrder,
        this.scene.transform,
        { ...defaultLabelOptions(this.model.size), lineHeight, width, height },
        (node) => !isHidden(this.scene, node),
      );
      this.renderer.drawAll(this.scene);
    }
    this.renderer.drawState(this.scene);
    this.drawing = false;
    if (!this.drawn) {
      this.drawn = true;
      this.resolveDrawn();
    }
  }

  // ---- view ----

  resize(width: number, height: number): void {
    if (width <= 0 || height <= 0) return;
    if (width === this.scene.width && height === this.scene.height) return;
    const old = this.scene;
    // Keep the centre of the view where it was.
    const centre = toWorld(old.transform, { x: old.width / 2, y: old.height / 2 });
    this.scene.width = width;
    this.scene.height = height;
    this.renderer.resize(width, height);
    this.scene.transform = this.userMoved ? centreOn(centre, width, height, old.transform.k) : this.fitTransform();
    this.drawNow('all');
  }

  setTransform(transform: Transform, byUser = true): void {
    if (byUser) this.userMoved = true;
    this.scene.transform = transform;
    this.options.onTransform?.(transform);
    this.pointer.transformChanged();
    const renderer = this.renderer;
    if (renderer.preview && this.model.size >= PREVIEW_FROM && !this.runner.active && this.drawn) {
      // Wheel and pinch come in bursts: move the drawn bitmap now, re-rasterize once they pause.
      renderer.preview(this.scene);
      clearTimeout(this.settleTimer);
      this.settleTimer = setTimeout(() => this.requestDraw('all'), 120);
      return;
    }
    this.requestDraw('all');
  }

  get transform(): Transform {
    return this.scene.transform;
  }

  /** Zooms by `factor` around the centre of the view. */
  zoomBy(factor: number): void {
    this.setTransform(zoomAt(this.scene.transform, factor, { x: this.scene.width / 2, y: this.scene.height / 2 }));
  }

  private fitTransform(): Transform {
    const bounds = boundsOf(this.model.nodes.filter((node) => !isHidden(this.scene, node) && Number.isFinite(node.x)));
    return bounds ? fitBounds(bounds, this.scene.width, this.scene.height, 24, 1.5) : IDENTITY;
  }

  /** Shows every visible node. */
  fit(): void {
    this.setTransform(this.fitTransform(), false);
    this.userMoved = false;
  }

  /**
   * Tells the view that a panel covers this many px of its right-hand side (the details panel
   * over a wide graph): centring and revealing then use the part that is left free.
   */
  setCoveredRight(px: number): void {
    this.coveredRight = Math.max(0, Math.min(px, this.scene.width - 80));
  }

  /** Puts a node at the centre of the free part of the view, zooming in to at least scale 1. */
  centreOnNode(index: number): void {
    const node = this.model.nodes[index];
    if (!node) return;
    this.setTransform(centreOn(node, this.scene.width - this.coveredRight, this.scene.height, Math.max(1, this.scene.transform.k)));
  }

  /**
   * Brings a node and its neighbours into the free part of the view: panned as little as it
   * takes, zoomed out when they do not fit at the current scale.
   */
  revealNeighbourhood(index: number): void {
    const node = this.model.nodes[index];
    if (!node) return;
    const around = [node, ...[...this.model.neighbours[index]].map((i) => this.model.nodes[i])].filter((n) => !isHidden(this.scene, n));
    const bounds = boundsOf(around);
    if (!bounds) return;
    const t = this.scene.transform;
    const margin = 24;
    const free = { x0: margin, y0: margin, x1: this.scene.width - this.coveredRight - margin, y1: this.scene.height - margin };
    const a = toScreen(t, { x: bounds.x0, y: bounds.y0 });
    const b = toScreen(t, { x: bounds.x1, y: bounds.y1 });
    if (b.x - a.x > free.x1 - free.x0 || b.y - a.y > free.y1 - free.y0) {
      this.setTransform(fitBounds(bounds, free.x1 + margin, this.scene.height, margin, t.k));
      return;
    }
    const dx = a.x < free.x0 ? free.x0 - a.x : b.x > free.x1 ? free.x1 - b.x : 0;
    const dy = a.y < free.y0 ? free.y0 - a.y : b.y > free.y1 ? free.y1 - b.y : 0;
    if (dx || dy) this.setTransform(panBy(t, dx, dy));
  }

  /** A node's centre in the surface's CSS pixels. */
  screenPoint(index: number): Point | undefined {
    const node = this.model.nodes[index];
    return node ? toScreen(this.scene.transform, node) : undefined;
  }

  stopLayout(): void {
    this.runner.stop();
  }

  get layoutRunning(): boolean {
    return this.runner.active;
  }

  // ---- state ----

  private writeParts(indices: Iterable<number>): void {
    for (const i of indices) {
      const part = nodePart(this.scene, i);
      if (this.parts[i] === part) continue;
      this.parts[i] = part;
      this.renderer.nodeElement(i, false)?.setAttribute('part', part);
    }
  }

  private writeLinkParts(indices: Iterable<number>): void {
    for (const i of indices) {
      const part = this.scene.activeLinks.has(i) ? 'link active' : 'link';
      if (this.linkParts[i] === part) continue;
      this.linkParts[i] = part;
      this.renderer.linkElement(i)?.setAttribute('part', part);
    }
  }

  /** Highlights a node with its neighbours and links, or one link with its ends, or nothing. */
  private setHover(node: GraphNode | undefined, link: GraphLink | undefined): void {
    const scene = this.scene;
    if (scene.hovered === node && scene.hoveredLink === link) return;
    const before = [...scene.activeNodes];
    const linksBefore = [...scene.activeLinks];
    scene.hovered = node;
    scene.hoveredLink = link;
    scene.activeNodes = new Set();
    scene.activeLinks = new Set();
    if (node) {
      scene.activeNodes.add(node.index);
      for (const li of this.model.linksOf[node.index]) {
        const l = this.model.links[li];
        if (isLinkHidden(scene, l)) continue;
        scene.activeLinks.add(li);
        scene.activeNodes.add(l.source === node ? l.target.index : l.source.index);
      }
    } else if (link) {
      scene.activeLinks.add(link.index);
      scene.activeNodes.add(link.source.index).add(link.target.index);
    }
    this.writeParts([...before, ...scene.activeNodes]);
    this.writeLinkParts([...linksBefore, ...scene.activeLinks]);
    this.requestDraw('state');
  }

  /** Marks node `index` selected (-1: none); true when that changed. */
  setSelected(index: number): boolean {
    const previous = this.scene.selected;
    if (previous === index) return false;
    this.scene.selected = index;
    this.writeParts([previous, index].filter((i) => i >= 0));
    this.focus.placeTabStop();
    this.requestDraw('state');
    return true;
  }

  setMentioned(indices: Set<number>): void {
    const previous = this.scene.mentioned;
    this.scene.mentioned = indices;
    this.writeParts([...previous, ...indices]);
    this.requestDraw('state');
  }

  /** Hides the nodes of these kinds (a copy is kept; the same kinds again change nothing). */
  setHiddenKinds(kinds: ReadonlySet<string>): void {
    const current = this.scene.hiddenKinds;
    if (kinds.size === current.size && [...kinds].every((kind) => current.has(kind))) return;
    this.scene.hiddenKinds = new Set(kinds);
    this.renderer.applyVisibility(this.scene);
    this.pointer.closeTouchTooltip();
    this.setHover(undefined, undefined);
    this.focus.placeTabStop();
    this.pointer.invalidate();
    this.requestDraw('all');
  }

  setColours(colours: Map<string, string>, theme: Theme): void {
    this.scene.colours = colours;
    this.scene.theme = theme;
    this.requestDraw('all');
  }

  /** New sizes (size-by changed): re-rank labels and let the layout adjust. */
  resized(): void {
    this.ranked = this.model.bySize();
    this.labelOrder = labelRanking(this.model);
    this.pointer.invalidate();
    if (!this.options.reducedMotion) this.runner.start(0.3);
    this.requestDraw('all');
  }

  /** A dragged node reheats the layout around it (not under reduced motion); dropping it cools it. */
  private dragLayout(active: boolean): void {
    if (!active) this.simulation.alphaTarget(0);
    else if (!this.options.reducedMotion) {
      this.simulation.alphaTarget(0.3);
      this.runner.start(0.3);
    }
  }

  // ---- focus ----

  /** Moves keyboard focus to a node, panning it into view when it is outside. */
  focusNode(index: number): void {
    this.focus.focusNode(index);
  }

  private ensureVisible(index: number): void {
    const p = this.screenPoint(index);
    if (!p) return;
    const margin = 32;
    if (p.x < margin || p.y < margin || p.x > this.scene.width - margin || p.y > this.scene.height - margin) {
      this.setTransform(centreOn(this.model.nodes[index], this.scene.width, this.scene.height, this.scene.transform.k));
      this.drawNow('all');
    }
  }

  /** Keyboard focus traces a node's connections and shows its tooltip, as hover does. */
  private focusChanged(index: number): void {
    this.scene.focused = index;
    if (index >= 0) {
      this.hoverFromFocus = true;
      const node = this.model.nodes[index];
      this.setHover(node, undefined);
      this.options.onHover?.({ node, point: this.screenPoint(index)!, fromFocus: true });
    } else if (this.hoverFromFocus) {
      this.hoverFromFocus = false;
      this.setHover(undefined, undefined);
      this.options.onHover?.(null);
    }
    this.requestDraw('state');
  }

  get focusedIndex(): number {
    return this.scene.focused;
  }

  get scale(): number {
    return clampScale(this.scene.transform.k);
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.settleTimer);
    this.runner.stop();
    this.cancelDraw?.();
    this.pointer.destroy();
    this.focus.destroy();
    this.renderer.destroy();
  }
}

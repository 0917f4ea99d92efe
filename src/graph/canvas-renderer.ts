/**
 * The canvas renderer, for large graphs: a base canvas (every link, node and label, drawn from
 * paths cached until nodes move or the view changes) and an overlay canvas (hover, selection,
 * mentions, focus: only what changed). The node elements are a visually hidden list of buttons,
 * one per node, so every node stays reachable by keyboard and screen reader.
 */
import { taskScheduler } from './layout.js';
import type { GraphModel } from './model.js';
import { isHidden, isLinkHidden, type GraphRenderer, type Scene } from './scene.js';
import type { Transform } from './viewport.js';

/** Buttons created per slice, so a 10,000-node list never blocks the page for long. */
const LIST_SLICE = 500;

export class CanvasRenderer implements GraphRenderer {
  readonly type = 'canvas';
  readonly base: HTMLCanvasElement;
  readonly overlay: HTMLCanvasElement;
  readonly list: HTMLElement;
  private readonly buttons: HTMLButtonElement[] = [];
  private ratio = 1;
  private pathsFor?: { positions: number; hidden: string; k: number; x: number; y: number; ratio: number };
  private nodePaths = new Map<string, Path2D>();
  private linkPath = new Path2D();
  /** Bumped whenever nodes moved. */
  private positionsVersion = 0;
  private destroyed = false;
  private hiddenKinds: ReadonlySet<string> = new Set();
  private drawnTransform?: Transform;
  private overlayBlank = false;

  constructor(
    container: HTMLElement,
    private readonly model: GraphModel,
    private readonly nodeName: (index: number) => string,
    listLabel: string,
    private readonly partOf: (index: number) => string = () => 'node',
  ) {
    this.base = document.createElement('canvas');
    this.overlay = document.createElement('canvas');
    for (const canvas of [this.base, this.overlay]) {
      canvas.setAttribute('aria-hidden', 'true');
      canvas.classList.add('surface-canvas');
    }
    this.list = document.createElement('div');
    this.list.setAttribute('role', 'group');
    this.list.setAttribute('aria-label', listLabel);
    this.list.classList.add('visually-hidden', 'node-list');
    container.append(this.base, this.overlay, this.list);
    // After the first frame: a first picture matters more than buttons nobody has reached yet.
    setTimeout(() => this.addButtons(), 0);
  }

  /** Makes the next slice of buttons, then schedules the one after, until every node has one. */
  private addButtons(): void {
    if (this.destroyed) return;
    const from = this.buttons.length;
    if (from >= this.model.size) return;
    const end = Math.min(this.model.size, from + LIST_SLICE);
    const fragment = document.createDocumentFragment();
    for (let i = from; i < end; i++) {
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('part', this.partOf(i));
      button.tabIndex = -1;
      button.dataset.index = String(i);
      button.setAttribute('aria-label', this.nodeName(i));
      if (this.hiddenKinds.has(this.model.nodes[i].kind)) button.hidden = true;
      this.buttons.push(button);
      fragment.append(button);
    }
    this.list.append(fragment);
    // As a task in the same queue as the layout's slices, so the list fills while a large graph
    // lays out instead of waiting for it (timers lose to a busy message queue).
    if (end < this.model.size) taskScheduler.request(() => this.addButtons());
  }

  nodeElement(index: number, create = true): HTMLButtonElement | undefined {
    // Nodes whose button is not made yet get it now when asked (focus may jump anywhere).
    while (create && index >= this.buttons.length && this.buttons.length < this.model.size) {
      const start = this.buttons.length;
      this.addButtons();
      if (this.buttons.length === start) break;
    }
    return this.buttons[index];
  }

  linkElement(): undefined {
    return undefined;
  }

  resize(width: number, height: number): void {
    this.ratio = Math.min(2, globalThis.devicePixelRatio || 1);
    for (const canvas of [this.base, this.overlay]) {
      canvas.width = Math.max(1, Math.round(width * this.ratio));
      canvas.height = Math.max(1, Math.round(height * this.ratio));
    }
    this.overlayBlank = false;
  }

  /**
   * Links and nodes as paths in canvas pixels (the transform applied here, not by the context):
   * Skia strokes thousands of links under a scaling transform many times slower (130+ ms vs
   * ~5 ms for 4,000 long links here), and a 1-pixel line with no transform is its fast case.
   * Rebuilt when nodes moved, kinds were hidden or the view changed.
   */
  private buildPaths(scene: Scene, ratio: number): void {
    const hidden = [...scene.hiddenKinds].join('\n');
    const t = scene.transform;
    const cached = this.pathsFor;
    if (
      cached &&
      cached.positions === this.positionsVersion &&
      cached.hidden === hidden &&
      cached.k === t.k &&
      cached.x === t.x &&
      cached.y === t.y &&
      cached.ratio === ratio
    ) {
      return;
    }
    this.pathsFor = { positions: this.positionsVersion, hidden, k: t.k, x: t.x, y: t.y, ratio };
    const k = t.k * ratio;
    const dx = t.x * ratio;
    const dy = t.y * ratio;
    const links = new Path2D();
    for (const link of scene.model.links) {
      if (isLinkHidden(scene, link)) continue;
      links.moveTo(link.source.x * k + dx, link.source.y * k + dy);
      links.lineTo(link.target.x * k + dx, link.target.y * k + dy);
    }
    this.linkPath = links;
    const paths = new Map<string, Path2D>();
    for (const node of scene.model.nodes) {
      if (isHidden(scene, node)) continue;
      let path = paths.get(node.kind);
      if (!path) paths.set(node.kind, (path = new Path2D()));
      const x = node.x * k + dx;
      const y = node.y * k + dy;
      const r = node.radius * k;
      path.moveTo(x + r, y);
      path.arc(x, y, r, 0, Math.PI * 2);
    }
    this.nodePaths = paths;
  }

  positionsMoved(): void {
    this.positionsVersion++;
  }

  /**
   * Shows the base picture under a new transform by moving the bitmap drawn for the old one
   * (compositor work only); `drawAll` re-rasterizes it once the view is at rest.
   */
  preview(scene: Scene): void {
    const from = this.drawnTransform;
    if (!from) return;
    const t = scene.transform;
    const r = t.k / from.k;
    this.base.style.transform = `translate(${t.x - from.x * r}px, ${t.y - from.y * r}px) scale(${r})`;
    this.drawState(scene);
  }

  drawAll(scene: Scene): void {
    this.drawnTransform = scene.transform;
    if (this.base.style.transform) this.base.style.transform = '';
    // A settling layout is drawn at half resolution: its raster (Skia, on the main thread in
    // software rendering) took 30-40 ms a frame at 2,000 nodes at full resolution here.
    const ratio = scene.draft ? this.ratio / 2 : this.ratio;
    const width = Math.max(1, Math.round(scene.width * ratio));
    const height = Math.max(1, Math.round(scene.height * ratio));
    if (this.base.width !== width || this.base.height !== height) {
      this.base.width = width;
      this.base.height = height;
    }
    this.buildPaths(scene, ratio);
    const ctx = this.base.getContext('2d')!;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.base.width, this.base.height);
    // One canvas pixel wide: wider lines leave Skia's fast path (on a 2× screen, a hairline).
    ctx.lineWidth = 1;
    ctx.strokeStyle = scene.theme.link;
    ctx.stroke(this.linkPath);
    for (const [kind, path] of this.nodePaths) {
      ctx.fillStyle = scene.colours.get(kind) ?? scene.theme.muted;
      ctx.fill(path);
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.drawLabels(ctx, scene, false);
    this.drawState(scene);
  }

  private drawLabels(ctx: CanvasRenderingContext2D, scene: Scene, activeOnly: boolean): void {
    ctx.font = scene.theme.font;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = scene.theme.surface;
    ctx.fillStyle = scene.theme.text;
    for (const box of scene.labels) {
      if (activeOnly && !scene.activeNodes.has(box.node.index)) continue;
      ctx.strokeText(box.node.label, box.x, box.y);
      ctx.fillText(box.node.label, box.x, box.y);
    }
  }

  drawState(scene: Scene): void {
    const blank = !scene.hovered && !scene.hoveredLink && !scene.mentioned.size && scene.selected < 0 && scene.focused < 0;
    // A blank overlay that stays blank is left alone: clearing it would make the compositor
    // redraw a full-size layer every frame while a large layout settles.
    if (blank && this.overlayBlank) return;
    this.overlayBlank = blank;
    const ctx = this.overlay.getContext('2d')!;
    const t = scene.transform;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.overlay.width, this.overlay.height);
    const { nodes, links } = scene.model;
    const worldToCanvas = () => ctx.setTransform(this.ratio * t.k, 0, 0, this.ratio * t.k, this.ratio * t.x, this.ratio * t.y);
    if (scene.hovered || scene.hoveredLink) {
      // Dim everything, then draw the hovered neighbourhood on top at full strength.
      ctx.globalAlpha = 0.72;
      ctx.fillStyle = scene.theme.surface;
      ctx.fillRect(0, 0, this.overlay.width, this.overlay.height);
      ctx.globalAlpha = 1;
      worldToCanvas();
      ctx.lineWidth = 2 / t.k;
      ctx.strokeStyle = scene.theme.accent;
      ctx.beginPath();
      for (const index of scene.activeLinks) {
        const link = links[index];
        ctx.moveTo(link.source.x, link.source.y);
        ctx.lineTo(link.target.x, link.target.y);
      }
      ctx.stroke();
      for (const index of scene.activeNodes) {
        const node = nodes[index];
        ctx.fillStyle = scene.colours.get(node.kind) ?? scene.theme.muted;
        ctx.beginPath();
        ctx.arc(node.x, node.y, node.radius, 0, Math.PI * 2);
        ctx.fill();
      }
      ctx.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
      this.drawLabels(ctx, scene, true);
    }
    worldToCanvas();
    const ring = (index: number, colour: string, width: number, gap: number) => {
      const node = nodes[index];
      if (!node || isHidden(scene, node)) return;
      ctx.strokeStyle = colour;
      ctx.lineWidth = width / t.k;
      ctx.beginPath();
      ctx.arc(node.x, node.y, node.radius + gap / t.k, 0, Math.PI * 2);
      ctx.stroke();
    };
    for (const index of scene.mentioned) ring(index, scene.theme.accent, 2, 3);
    if (scene.selected >= 0) ring(scene.selected, scene.theme.text, 3, 3);
    if (scene.focused >= 0) {
      ring(scene.focused, scene.theme.surface, 5, 7);
      ring(scene.focused, scene.theme.accent, 2.5, 7);
    }
  }

  applyVisibility(scene: Scene): void {
    this.hiddenKinds = scene.hiddenKinds;
    scene.model.nodes.forEach((node, i) => {
      const button = this.buttons[i];
      const hidden = isHidden(scene, node);
      if (button && button.hidden !== hidden) button.hidden = hidden;
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.base.remove();
    this.overlay.remove();
    this.list.remove();
  }
}

/**
 * The view's half of `<knowledge-graph>`: from a model on a surface to a drawn, laid-out
 * `GraphView`, and back to nothing. It fetches the engine (and the canvas renderer) when they are
 * not there yet, sets a large graph up in tasks of its own (the layout's simulation, then the
 * view) so no task blocks the page for long, follows the surface's size, and tells the element
 * how far the layout is. It never sets the element's reactive state: the element reads
 * `progress` and `layingOut()` when it renders, and is asked to render when they change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GraphView, GraphViewOptions } from '../../graph/graph-view.js';
import type { GraphSimulation } from '../../graph/layout.js';
import { readPalette } from '../../graph/colours.js';
import { labelMetrics, measureLabels } from '../../graph/label-font.js';
import type { GraphModel } from '../../graph/model.js';
import { hashString } from '../../graph/random.js';
import type { RendererChoice } from '../../graph/renderer-choice.js';
import { nextTask } from '../../scheduler.js';

/** A part of the element in a chunk of its own (CDN build): imported once, when first needed. */
export interface LazyPart<T> {
  module?: T;
  load(): Promise<T>;
}

export function lazyPart<T>(importer: () => Promise<T>): LazyPart<T> {
  let loading: Promise<T> | undefined;
  const part: LazyPart<T> = {
    load: () =>
      (loading ??= importer().then(
        (module) => (part.module = module),
        (error: unknown) => {
          // A chunk that failed to come (a network blip) is asked for again by the next load.
          loading = undefined;
          throw error;
        },
      )),
  };
  return part;
}

type Engine = typeof import('../../graph/engine.js');

/** The layout, view and renderers: fetched when a graph first connects, while its episode loads. */
export const enginePart = lazyPart<Engine>(() => import('../../graph/engine.js'));

/** From this many nodes the view is set up in tasks of its own, and a progress bar shows while the layout settles. */
export const PROGRESS_FROM = 300;

/** The same graph always lays out the same way: the seed comes from its node ids. */
const seedOf = (model: GraphModel) => hashString(model.nodes.map((n) => n.id).join('\n'));

/** What the element adds to a view: its names and callbacks. */
export type ViewChrome = Pick<GraphViewOptions, 'nodeName' | 'listLabel' | 'onHover' | 'onSelect'>;

export interface GraphStageOptions {
  /** The element whose styles give the palette and the label font. */
  element: Element;
  chrome: (model: GraphModel) => ViewChrome;
  /** A new view is drawn: the element gives it its state (selection, hidden kinds, mentions). */
  onView: (view: GraphView) => void;
  /** The engine or the canvas renderer could not be fetched. */
  onError: (message: string) => void;
}

/** What the view is made for; a new one means a new view. */
interface Wanted {
  surface: HTMLElement;
  model: GraphModel;
  renderer: RendererChoice;
}

export class GraphStage implements ReactiveController {
  view?: GraphView;
  /** How far a large graph's layout is, 0–1, in steps of 5 %. */
  progress = 0;
  private running = false;
  private wanted?: Wanted;
  /** The model whose engine or renderer could not be fetched: no longer laying out. */
  private failedFor?: GraphModel;
  private resizeObserver?: ResizeObserver;
  private viewResolvers: ((view: GraphView) => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: GraphStageOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A failure is reported where the view would be (show), not here.
    if (!enginePart.module) enginePart.load().catch(() => undefined);
    // Back on the page after a move: the view is made again.
    if (!this.view) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.clear();
  }

  /** Resolves with the next view made. */
  nextView(): Promise<GraphView> {
    return new Promise((resolve) => this.viewResolvers.push(resolve));
  }

  /** True until `model`'s layout is at rest (or while it has no view yet). */
  layingOut(model: GraphModel): boolean {
    return this.failedFor !== model && (this.view?.model !== model || this.running);
  }

  /**
   * Shows `model` on `surface`: at once for a small graph whose engine is here, else in the
   * tasks after this one. Does nothing when that view is already shown or on its way.
   */
  show(surface: HTMLElement, model: GraphModel, renderer: RendererChoice): void {
    const w = this.wanted;
    if (w && w.surface === surface && w.model === model && w.renderer === renderer) return;
    this.clear();
    const wanted: Wanted = (this.wanted = { surface, model, renderer });
    this.progress = 0;
    this.running = true;
    const engine = enginePart.module;
    if (engine && (renderer === 'svg' || engine.canvasRendererReady()) && model.size < PROGRESS_FROM) {
      this.create(engine, wanted);
      return;
    }
    this.prepare(wanted).catch((error: unknown) => {
      if (this.wanted !== wanted) return;
      this.failedFor = model;
      this.options.onError(String(error instanceof Error ? error.message : error));
    });
  }

  /** The colour scheme changed: colours read from styles are stale. */
  repaint(): void {
    const view = this.view;
    if (!view) return;
    const { theme, colours } = readPalette(this.options.element, view.model.kinds().keys());
    view.setColours(colours, theme);
  }

  /** Node sizes changed (`size-by`): the view re-ranks and the layout adjusts. */
  resized(): void {
    const pending = this.view ? undefined : this.wanted;
    this.view?.resized();
    // A simulation being set up read the old sizes (its collision force reads them once): start over.
    if (pending) {
      this.clear();
      this.show(pending.surface, pending.model, pending.renderer);
    }
  }

  /** Takes the view down (no graph, or another one on its way). */
  clear(): void {
    this.wanted = undefined;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.view?.destroy();
    this.view = undefined;
  }

  /** Fetches what is missing, then makes a large graph's simulation and view in tasks of their own. */
  private async prepare(wanted: Wanted): Promise<void> {
    const engine = enginePart.module ?? (await enginePart.load());
    if (wanted.renderer === 'canvas' && !engine.canvasRendererReady()) await engine.loadCanvasRenderer();
    let simulation: GraphSimulation | undefined;
    if (wanted.model.size >= PROGRESS_FROM) {
      await nextTask();
      if (this.wanted !== wanted) return;
      measureLabels(wanted.model, readPalette(this.options.element, []).theme.font);
      await nextTask();
      if (this.wanted !== wanted) return;
      simulation = engine.createSimulation(wanted.model, { seed: seedOf(wanted.model) });
      await nextTask();
    }
    // (The simulation is made for these node sizes: the collision force reads them once.)
    if (this.wanted === wanted && wanted.surface.isConnected) this.create(engine, wanted, simulation);
  }

  private create(engine: Engine, wanted: Wanted, simulation?: GraphSimulation): void {
    const { model, surface, renderer } = wanted;
    // Styles are read once the element has rendered: one style recalculation, which the view's
    // own size read then shares.
    const { theme, colours } = readPalette(this.options.element, model.kinds().keys());
    measureLabels(model, theme.font);
    const metrics = labelMetrics(theme.font);
    const view = new engine.GraphView(surface, {
      ...this.options.chrome(model),
      theme,
      colours,
      model,
      renderer,
      labelHeight: metrics.height,
      labelAscent: metrics.ascent,
      reducedMotion: globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
      seed: seedOf(model),
      simulation,
      onProgress: (progress, running) => this.layoutProgressed(model, progress, running),
    });
    this.view = view;
    this.resizeObserver = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      view.resize(Math.round(box.width), Math.round(box.height));
    });
    this.resizeObserver.observe(surface);
    this.options.onView(view);
    for (const resolve of this.viewResolvers.splice(0)) resolve(view);
  }

  /** Steps of 5 %, and only where a bar shows: a render per layout slice would cost more than it tells. */
  private layoutProgressed(model: GraphModel, progress: number, running: boolean): void {
    if (model.size < PROGRESS_FROM) return;
    const rounded = Math.floor(progress * 20) / 20;
    if (rounded === this.progress && running === this.running) return;
    this.progress = rounded;
    this.running = running;
    this.host.requestUpdate();
  }
}

import { headingStyles } from '../../styles/shared.styles.js';
import { kindColourStyles } from '../../styles/kind-colours.styles.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { adoptStylesheet } from '../../styles/adopt-styles.js';
import { cssProps } from '../../styles/css-props.js';
import type { PlaybackState } from '../../context.js';
import type { Episode } from '../../episode/types.js';
import { readPalette, type GraphPalette } from '../../graph/colours.js';
import { labelFont, labelMetrics, measureLabels } from '../../graph/label-font.js';
import type { GraphView, HoverInfo } from '../../graph/graph-view.js';
import type { GraphSimulation } from '../../graph/layout.js';
import { chooseRenderer, type RendererChoice } from '../../graph/renderer-choice.js';
import { taskScheduler } from '../../scheduler.js';
import { GraphModel, type GraphNode, type SizeBy } from '../../graph/model.js';
import { hashString } from '../../graph/random.js';
import type { Point } from '../../graph/viewport.js';
import { EpisodeWidget } from '../../widget/episode-widget.js';
import { knowledgeGraphStyles } from './knowledge-graph.styles.js';
import { MentionedNodes, sameSet } from './mentions.js';

/** The same graph always lays out the same way: the seed comes from its node ids. */
const seedOf = (model: GraphModel) => hashString(model.nodes.map((n) => n.id).join('\n'));
/** A part of the element in a chunk of its own (CDN build): imported once, when first needed. */
interface LazyPart<T> {
  module?: T;
  load(): Promise<T>;
}
function lazyPart<T>(importer: () => Promise<T>): LazyPart<T> {
  let loading: Promise<T> | undefined;
  const part: LazyPart<T> = { load: () => (loading ??= importer().then((module) => (part.module = module))) };
  return part;
}
/** The layout, view and renderers: fetched when a graph first connects, while its episode loads. */
const enginePart = lazyPart(() => import('../../graph/engine.js'));
/**
 * For the graph-only CDN bundle, which carries the engine in its own file (a page that loads it
 * has a graph): the engine is there from the start, and the first frame waits for no fetch.
 */
export function provideGraphEngine(engine: typeof import('../../graph/engine.js')): void {
  enginePart.module = engine;
}
const detailsPart = lazyPart(() => import('./entity-details.js'));
const tablePart = lazyPart(() => import('./entity-table.js'));
/** From this many nodes a progress bar shows while the layout settles. */
const PROGRESS_FROM = 300;

/**
 * An interactive, accessible map of everything the episode mentions: hover to trace connections,
 * click (or Enter) to explore an entity, zoom and pan with wheel, pinch, drag or the keyboard.
 * Small graphs are SVG (one element per node and link); large ones are drawn on canvas with a
 * visually hidden list of node buttons for keyboard and screen-reader users.
 *
 * @summary Knowledge graph of the episode's entities and their links.
 *
 * @fires entity-select - `{ id }` when a node is chosen (click, tap, Enter, a connection in the
 *   details, the search); `{ id: null }` on Escape or a click on the background.
 * @fires seek - `{ time }` when a mention time in the details panel is chosen.
 * @fires episode-load - When used alone, once its episode is shown.
 * @fires episode-error - When used alone, when nothing can be shown.
 *
 * @csspart base - The wrapper.
 * @csspart header - The heading, counts and search field.
 * @csspart node - A node's element (also `active` when hovered or a neighbour of the hovered,
 *   `selected`, `mentioned` while the playing segment names it). On canvas, a visually hidden button.
 * @csspart link - A link (SVG only; also `active`).
 * @csspart label - A node's label (SVG only).
 * @csspart legend - The kinds, their colours and counts; each toggles its kind.
 * @csspart details - The selected entity's panel.
 * @csspart tooltip - The hover tooltip.
 * @csspart controls - Zoom in, zoom out, fit and list-view buttons.
 * @csspart loading - The loading notice.
 * @csspart error - The error box.
 *
 * @cssproperty --ek-kind-person - Colour of people (also -company, -product, -concept,
 *   -location, -media, -event, and `--ek-kind-<kind>` for any other kind).
 * @cssproperty --ek-graph-link - Colour of links.
 * @cssproperty --ek-graph-height - Height of the graph when its container sets none (default 420px).
 * @cssproperty --ek-color-accent - Highlighted links, mentioned nodes, focus.
 */
export class KnowledgeGraph extends EpisodeWidget {
  static override styles = [...EpisodeWidget.styles, kindColourStyles, headingStyles, knowledgeGraphStyles];
  protected static override playbackMode = 'callback' as const;

  /** `auto` draws SVG below 500 nodes and canvas from 500 on; `svg` or `canvas` force one. */
  @property({ reflect: true }) renderer: 'auto' | 'svg' | 'canvas' = 'auto';

  /** What a node's size shows: its number of connections (`degree`) or of `mentions`. */
  @property({ attribute: 'size-by', reflect: true }) sizeBy: SizeBy = 'degree';

  /** Do not mark the entities mentioned in the playing segment. */
  @property({ type: Boolean, attribute: 'no-follow', reflect: true }) noFollow = false;

  @state() private listView = false;
  @state() private hiddenKinds: ReadonlySet<string> = new Set();
  @state() private progress = 0;
  @state() private layingOut = false;
  @state() private searchMessage = '';
  @state() private rendererError = '';
  @state() private panelError = '';

  private view?: GraphView;
  private model?: GraphModel;
  private modelFor?: Episode;
  private modelPending?: Episode;
  private cancelViewLater?: () => void;
  private prepared?: { model: GraphModel; sizedBy?: SizeBy; simulation: GraphSimulation };
  private mentionedNodes?: MentionedNodes;
  private mentionKey: number | undefined;
  private viewFor?: { model: GraphModel; renderer: RendererChoice; surface: HTMLElement };
  private appliedSelection: string | null | undefined;
  private appliedHiddenKinds?: ReadonlySet<string>;
  private ownSelection = false;
  private sizedBy?: SizeBy;
  private palette?: GraphPalette;
  private resizeObserver?: ResizeObserver;
  private readonly schemeQuery = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  private readonly schemeListener = () => this.refreshColours();
  private settledResolvers: (() => void)[] = [];
  /** The selection last brought out from under the details panel. */
  private revealedFor?: string;
  /** The selection was centred (made elsewhere, or from the details, table or search). */
  private centreNext = false;
  private awaitingEngine = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.schemeQuery?.addEventListener?.('change', this.schemeListener);
    // A failure is reported where the view would be (awaitEngine), not here.
    if (!enginePart.module) enginePart.load().catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.schemeQuery?.removeEventListener?.('change', this.schemeListener);
    this.teardown();
  }

  /** The rendering in use once drawn: `svg` or `canvas`. */
  get activeRenderer(): RendererChoice | undefined {
    return this.view?.renderer.type;
  }

  /** Resolves once the graph's first frame is drawn. */
  get drawn(): Promise<void> {
    return this.view ? this.view.whenDrawn : this.nextView().then((view) => view.whenDrawn);
  }

  /** Resolves once the layout is at rest. */
  get settled(): Promise<void> {
    return this.view ? this.view.whenSettled : this.nextView().then((view) => view.whenSettled);
  }

  /** Freezes the layout where it is. */
  stopLayout(): void {
    this.view?.stopLayout();
  }

  /** Where a node's centre is on the page (viewport px), or null when it is not drawn. */
  nodeClientPoint(id: string): { x: number; y: number } | null {
    const node = this.model?.node(id);
    const point = node && this.view?.screenPoint(node.index);
    if (!point || !this.view) return null;
    const box = this.view.container.getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }

  /** The current zoom scale. */
  get zoom(): number {
    return this.view?.transform.k ?? 1;
  }

  private nextView(): Promise<GraphView> {
    return new Promise((resolve) => this.settledResolvers.push(() => resolve(this.view!)));
  }

  // ---- model ----

  private ensureModel(episode: Episode, built?: GraphModel): GraphModel {
    if (this.modelFor !== episode && this.model && !built && this.model.sameGraph(episode.entities, episode.links)) {
      // The same graph in a newer episode (its transcript arrived): keep the layout and view.
      this.modelFor = episode;
      this.model.useEntities(episode.entities);
      this.mentionedNodes = undefined;
      this.mentionKey = undefined;
      if (this.sizeBy === 'mentions' && this.sizedBy === 'mentions') {
        this.model.sizeNodes('mentions');
        this.view?.resized();
      }
    }
    if (this.modelFor !== episode || !this.model) {
      this.modelFor = episode;
      this.model = built ?? this.measured(new GraphModel(episode.entities, episode.links));
      this.mentionedNodes = undefined;
      this.mentionKey = undefined;
      this.sizedBy = undefined;
      this.hiddenKinds = new Set();
      this.appliedSelection = undefined;
      // The legend shows the colours from the first render, before the view exists.
      this.palette = readPalette(this, this.model.kinds().keys());
    }
    if (this.sizedBy !== this.sizeBy) {
      const first = this.sizedBy === undefined;
      this.sizedBy = this.sizeBy;
      this.model.sizeNodes(this.sizeBy);
      if (!first) this.view?.resized();
    }
    return this.model;
  }

  /** The model with its labels measured in the label font. */
  private measured(model: GraphModel): GraphModel {
    measureLabels(model, labelFont(getComputedStyle(this).fontFamily));
    return model;
  }

  /**
   * A large graph's first frame shows its frame and progress; its model is built in the tasks
   * after it (the graph; its labels' widths; sizes, colours, counts and legend), so no task
   * blocks the page for long.
   */
  private modelLater(episode: Episode): undefined {
    if (this.modelPending !== episode) {
      this.modelPending = episode;
      const current = () => this.modelPending === episode && this.currentEpisode === episode;
      taskScheduler.request(() => {
        if (!current()) return;
        const built = new GraphModel(episode.entities, episode.links);
        taskScheduler.request(() => {
          if (!current()) return;
          this.measured(built);
          taskScheduler.request(() => {
            if (!current()) return;
            this.modelPending = undefined;
            this.ensureModel(episode, built);
            this.requestUpdate();
          });
        });
      });
    }
    return undefined;
  }

  private kindName(kind: string): string {
    return this.text.graphKindName(kind);
  }

  private accessibleNodeName(node: GraphNode): string {
    const strings = this.text;
    return strings.graphNodeName(node.name, this.kindName(node.kind), strings.graphConnections(node.connections, this.formatNumber(node.connections)));
  }

  protected override colorSchemeChanged(): void {
    this.refreshColours();
  }

  private refreshColours(): void {
    if (!this.model) return;
    this.palette = readPalette(this, this.model.kinds().keys());
    this.view?.setColours(this.palette.colours, this.palette.theme);
    this.requestUpdate();
  }

  // ---- lifecycle ----

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A lazy part's styles join this shadow root once its chunk is here (before it first shows).
    const root = this.renderRoot as ShadowRoot;
    if (detailsPart.module) adoptStylesheet(root, detailsPart.module.entityDetailsStyles);
    if (tablePart.module) adoptStylesheet(root, tablePart.module.entityTableStyles);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncView();
    this.keepSelectionClearOfDetails();
  }

  /**
   * Over a wide graph the details panel floats on its right-hand side, where it could hide the
   * selected node's neighbours: once it shows, the view centres the node in the part the panel
   * leaves free (a choice that centres anyway), or pans just enough to bring the node and its
   * neighbours out from under it (a click in the graph).
   */
  private keepSelectionClearOfDetails(): void {
    const view = this.view;
    const node = this.selectedEntity ? this.model?.node(this.selectedEntity) : undefined;
    const details = this.listView ? null : this.renderRoot.querySelector<HTMLElement>('[part="details"]');
    if (!view || !node || !details) {
      view?.setCoveredRight(0);
      if (!node) this.revealedFor = undefined;
      return;
    }
    if (this.revealedFor === node.id) return;
    this.revealedFor = node.id;
    view.setCoveredRight(this.widthCoveredBy(details));
    if (this.centreNext) view.centreOnNode(node.index);
    else view.revealNeighbourhood(node.index);
    this.centreNext = false;
  }

  /** How much of the graph's right-hand side a panel covers, in px (none when it sits below). */
  private widthCoveredBy(panel: HTMLElement): number {
    const surface = this.renderRoot.querySelector('.surface')?.getBoundingClientRect();
    const box = panel.getBoundingClientRect();
    if (!surface || box.left >= surface.right || box.right <= surface.left || box.top >= surface.bottom || box.bottom <= surface.top) return 0;
    return surface.right - box.left;
  }

  private syncView(createNow = false): void {
    const surface = this.renderRoot.querySelector<HTMLElement>('.surface');
    const model = this.modelFor === this.currentEpisode ? this.model : undefined;
    if (!surface || !model || !this.currentEpisode) {
      if (this.view || this.cancelViewLater) this.teardown();
      return;
    }
    const renderer = chooseRenderer(this.renderer, model.size);
    const wanted = this.viewFor;
    if (!wanted || wanted.model !== model || wanted.renderer !== renderer || wanted.surface !== surface) {
      const engine = enginePart.module;
      if (!engine) {
        this.awaitEngine();
        return;
      }
      if (renderer === 'canvas' && !engine.canvasRendererReady()) {
        this.awaitCanvasRenderer();
        return;
      }
      // A large graph's view (simulation, canvas, node list) is set up in a task of its own.
      if (model.size >= PROGRESS_FROM && !createNow) {
        this.createViewLater(model);
        return;
      }
      this.createView(engine, surface, model, renderer);
    }
    const view = this.view!;
    if (this.appliedHiddenKinds !== this.hiddenKinds) {
      this.appliedHiddenKinds = this.hiddenKinds;
      view.setHiddenKinds(new Set(this.hiddenKinds));
    }
    const selected = this.selectedEntity;
    if (selected !== this.appliedSelection) {
      this.appliedSelection = selected;
      const index = selected ? model.node(selected)?.index ?? -1 : -1;
      view.setSelected(index);
      // A choice made elsewhere (the transcript, the entity list) brings the node into view.
      if (index >= 0 && !this.ownSelection) {
        view.centreOnNode(index);
        this.centreNext = true;
      }
    }
    this.ownSelection = false;
    this.playbackChanged(this.playback);
  }

  /** Two tasks: the layout's simulation (forces over every node and link), then the view. */
  private createViewLater(model: GraphModel): void {
    if (this.cancelViewLater) return;
    this.teardown();
    this.layingOut = true;
    const { createSimulation } = enginePart.module!;
    this.cancelViewLater = taskScheduler.request(() => {
      this.prepared = { model, sizedBy: this.sizedBy, simulation: createSimulation(model, { seed: seedOf(model) }) };
      this.cancelViewLater = taskScheduler.request(() => {
        this.cancelViewLater = undefined;
        if (this.isConnected) this.syncView(true);
      });
    });
  }

  /** The engine is fetched when the graph connects; its first view waits for it (once). */
  private awaitEngine(): void {
    if (this.awaitingEngine) return;
    this.awaitingEngine = true;
    enginePart.load().then(
      () => {
        this.awaitingEngine = false;
        if (this.isConnected) this.syncView();
      },
      (error: unknown) => (this.rendererError = this.text.graphRendererFailed(String(error instanceof Error ? error.message : error))),
    );
  }

  /** Large graphs draw on canvas, whose renderer is fetched the first time one is needed. */
  private awaitCanvasRenderer(): void {
    this.teardown();
    this.layingOut = true;
    enginePart.module!.loadCanvasRenderer().then(
      () => this.isConnected && this.syncView(),
      (error: unknown) => {
        this.layingOut = false;
        this.rendererError = this.text.graphRendererFailed(String(error instanceof Error ? error.message : error));
      },
    );
  }

  private createView(engine: typeof import('../../graph/engine.js'), surface: HTMLElement, model: GraphModel, renderer: RendererChoice): void {
    this.teardown();
    const reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    // Only a graph with a progress bar re-renders for it (this runs in `updated()`).
    if (model.size >= PROGRESS_FROM) {
      this.layingOut = true;
      this.progress = 0;
    }
    const { theme, colours } = (this.palette ??= readPalette(this, model.kinds().keys()));
    const metrics = labelMetrics(theme.font);
    const view = new engine.GraphView(surface, {
      model,
      labelHeight: metrics.height,
      labelAscent: metrics.ascent,
      renderer,
      reducedMotion,
      seed: seedOf(model),
      // (Made for these node sizes: the collision force reads them once.)
      simulation: this.prepared?.model === model && this.prepared.sizedBy === this.sizedBy ? this.prepared.simulation : undefined,
      theme,
      colours,
      nodeName: (index) => this.accessibleNodeName(model.nodes[index]),
      listLabel: this.text.graphNodeList,
      onHover: (info) => this.showTooltip(info),
      onSelect: (node) => this.choose(node),
      onProgress: (progress, running) => {
        // Steps of 5 %, and only where a bar shows: a re-render per slice would cost more than it tells.
        if (model.size < PROGRESS_FROM) return;
        const rounded = Math.floor(progress * 20) / 20;
        if (rounded !== this.progress) this.progress = rounded;
        if (running !== this.layingOut) this.layingOut = running;
      },
    });
    this.prepared = undefined;
    this.view = view;
    this.viewFor = { model, renderer, surface };
    this.appliedHiddenKinds = undefined;
    this.appliedSelection = undefined;
    this.revealedFor = undefined;
    this.mentionKey = undefined;
    this.resizeObserver = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      view.resize(Math.round(box.width), Math.round(box.height));
    });
    this.resizeObserver.observe(surface);
    for (const resolve of this.settledResolvers.splice(0)) resolve();
    // The details panel's code, while the page is idle: ready before a reader picks a node.
    if (!detailsPart.module) (globalThis.requestIdleCallback ?? setTimeout)(() => this.isConnected && this.fetchPart(detailsPart));
  }

  private teardown(): void {
    this.cancelViewLater?.();
    this.cancelViewLater = undefined;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.view?.destroy();
    this.view = undefined;
    this.viewFor = undefined;
  }

  protected override playbackChanged(playback: PlaybackState): void {
    const view = this.view;
    const model = this.model;
    if (!view || !model || !this.modelFor) return;
    // Nothing is "mentioned" before the episode has started; the index is built when it has.
    const started = !playback.paused || playback.currentTime > 0;
    const index = this.noFollow || !started ? undefined : (this.mentionedNodes ??= new MentionedNodes(model, this.modelFor.transcript));
    const key = index?.keyAt(playback.currentTime);
    if (key === this.mentionKey) return;
    this.mentionKey = key;
    const mentioned = index?.at(key) ?? new Set<number>();
    if (!sameSet(mentioned, view.scene.mentioned)) view.setMentioned(new Set(mentioned));
  }

  // ---- actions ----

  private choose(node: GraphNode | null): void {
    if (!node && this.selectedEntity == null) return;
    if (node && node.id === this.selectedEntity) return;
    this.ownSelection = true;
    this.selectEntity(node?.id ?? null);
  }

  /** Chooses an entity from the details, the table or the search: select it and centre it. */
  private chooseAndCentre(node: GraphNode): void {
    if (node.id !== this.selectedEntity) this.centreNext = true;
    this.choose(node);
    this.view?.centreOnNode(node.index);
  }

  private clearSelection(): void {
    const selected = this.model?.node(this.selectedEntity ?? '');
    this.choose(null);
    // Focus would be lost with the details panel: put it back on the node.
    if (selected && !this.listView) this.updateComplete.then(() => this.view?.focusNode(selected.index));
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !event.defaultPrevented && this.selectedEntity != null) {
      event.preventDefault();
      this.clearSelection();
    }
  }

  private toggleKind(kind: string): void {
    const next = new Set(this.hiddenKinds);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    this.hiddenKinds = next;
  }

  private onSearch(event: Event): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
    const query = input?.value.trim() ?? '';
    if (!query || !this.model) {
      this.searchMessage = '';
      return;
    }
    const node = this.model.search(query, (n) => !this.hiddenKinds.has(n.kind));
    if (!node) {
      this.searchMessage = this.text.graphNoMatch(query);
      return;
    }
    this.searchMessage = this.text.graphFound(node.name);
    this.chooseAndCentre(node);
  }

  private showTooltip(info: HoverInfo | null): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('[part="tooltip"]');
    if (!tooltip) return;
    if (!info) {
      tooltip.hidden = true;
      return;
    }
    const strings = this.text;
    const [title, meta] = tooltip.children as unknown as [HTMLElement, HTMLElement];
    if (info.node) {
      title.textContent = info.node.name;
      meta.textContent = strings.graphNodeMeta(this.kindName(info.node.kind), strings.graphConnections(info.node.connections, this.formatNumber(info.node.connections)));
    } else if (info.link) {
      // Every relation the line stands for (`uses · cuts cost of`).
      const between = strings.graphLinkBetween(info.link.source.name, info.link.target.name);
      title.textContent = strings.graphRelations(info.link.labels) || between;
      meta.textContent = between;
    }
    tooltip.hidden = false;
    this.placeTooltip(tooltip, info.point);
  }

  private placeTooltip(tooltip: HTMLElement, point: Point): void {
    const surface = this.view?.scene;
    if (!surface) return;
    // CSS clamps it inside the stage (a percentage in translate() is the tooltip's own size),
    // so a pointer move never forces a layout to measure it.
    tooltip.style.setProperty('--_x', `${Math.round(point.x)}px`);
    tooltip.style.setProperty('--_y', `${Math.round(point.y)}px`);
    tooltip.style.setProperty('--_w', `${surface.width}px`);
    tooltip.style.setProperty('--_h', `${surface.height}px`);
  }

  // ---- rendering ----

  protected renderEpisode(episode: Episode): TemplateResult {
    const strings = this.text;
    const sameGraph = this.modelFor === episode || !!this.model?.sameGraph(episode.entities, episode.links);
    const model = sameGraph || episode.entities.length < PROGRESS_FROM ? this.ensureModel(episode) : this.modelLater(episode);
    const f = (n: number) => this.formatNumber(n);
    if (!episode.entities.length) {
      return html`<section part="base"><p class="hint">${strings.graphNoEntities}</p></section>`;
    }
    const selected = model && this.selectedEntity ? model.node(this.selectedEntity) : undefined;
    const showProgress = !model || (this.layingOut && model.size >= PROGRESS_FROM);
    return html`<section part="base" aria-labelledby="heading" @keydown=${this.onKeydown}>
      <header part="header">
        <div class="title">
          <h2 id="heading">${strings.graphHeading}</h2>
          <span class="count">${model ? strings.graphCounts(model.size, model.relationCount, f(model.size), f(model.relationCount)) : ''}</span>
        </div>
        <form class="search" role="search" aria-label=${strings.graphSearch} @submit=${this.onSearch}>
          <label class="visually-hidden" for="search">${strings.graphSearch}</label>
          <input id="search" type="search" autocomplete="off" placeholder=${strings.graphSearchPlaceholder} />
          <span class="visually-hidden" role="status">${this.searchMessage}</span>
        </form>
      </header>
      <div part="controls" role="toolbar" aria-label=${strings.graphHeading} aria-controls="surface">
        <button type="button" class="control" aria-label=${strings.graphZoomIn} ?disabled=${this.listView} @click=${() => this.view?.zoomBy(1.5)}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" class="control" aria-label=${strings.graphZoomOut} ?disabled=${this.listView} @click=${() => this.view?.zoomBy(1 / 1.5)}>
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" class="control" aria-label=${strings.graphFit} ?disabled=${this.listView} @click=${() => this.view?.fit()}>
          <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M2 6V2h4m4 0h4v4m0 4v4h-4m-4 0H2v-4" /></svg>
        </button>
        <button type="button" class="control wide" aria-pressed=${this.listView ? 'true' : 'false'} @click=${() => (this.listView = !this.listView)}>
          ${strings.graphListView}
        </button>
      </div>
      <div class="main">
        <div class="stage" ?hidden=${this.listView}>
          <div id="surface" class="surface" role="group" aria-label=${strings.graphLabel} aria-describedby="hint"></div>
          <div part="tooltip" role="tooltip" hidden><strong></strong><span></span></div>
          ${showProgress
            ? html`<div class="progress" role="progressbar" aria-label=${strings.graphLayingOut('')} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(this.progress * 100)}>
                <span>${strings.graphLayingOut(this.formatPercent(this.progress))}</span>
                <span class="bar" ${cssProps({ '--_progress': String(this.progress) })}></span>
              </div>`
            : nothing}
          ${this.rendererError ? html`<p class="renderer-error" role="alert">${this.rendererError}</p>` : nothing}
          <p id="hint" class="hint-line">${strings.graphHint}</p>
        </div>
        ${this.listView && model ? this.renderTable(model) : nothing}
        ${selected ? this.renderDetails(selected, model!) : nothing}
        ${this.panelError ? html`<p class="renderer-error" role="alert">${this.panelError}</p>` : nothing}
      </div>
      ${model ? this.renderLegend(model) : nothing}
    </section>`;
  }

  private renderLegend(model: GraphModel): TemplateResult {
    const strings = this.text;
    return html`<div part="legend" role="group" aria-label=${strings.graphLegend}>
      ${[...model.kinds()].map(([kind, count]) => {
        const shown = !this.hiddenKinds.has(kind);
        const heading = strings.graphKindHeading(kind);
        return html`<button
          type="button"
          class="kind"
          aria-pressed=${shown ? 'true' : 'false'}
          aria-label=${strings.graphToggleKind(heading, this.formatNumber(count))}
          @click=${() => this.toggleKind(kind)}
        >
          <span class="swatch" ${cssProps({ '--_swatch': this.palette?.colours.get(kind) ?? 'currentColor' })}></span>
          <span>${heading}</span>
          <span class="kind-count">${this.formatNumber(count)}</span>
        </button>`;
      })}
    </div>`;
  }

  /** The details panel, from a chunk fetched when the page is idle (or at the first selection). */
  private renderDetails(node: GraphNode, model: GraphModel): TemplateResult | typeof nothing {
    const module = detailsPart.module;
    if (!module) return this.fetchPart(detailsPart);
    return module.renderEntityDetails(node, model, {
      strings: this.text,
      entity: this.currentEpisode!.entities.find((e) => e.id === node.id),
      colour: this.palette?.colours.get(node.kind) ?? 'currentColor',
      kindName: (kind) => this.kindName(kind),
      formatNumber: (value) => this.formatNumber(value),
      close: () => this.clearSelection(),
      choose: (other) => this.chooseAndCentre(other),
      seek: (time) => this.seek(time),
    });
  }

  /** The list view's table, from a chunk fetched the first time it is asked for. */
  private renderTable(model: GraphModel): TemplateResult | typeof nothing {
    const module = tablePart.module;
    if (!module) return this.fetchPart(tablePart);
    return module.renderEntityTable(model, {
      strings: this.text,
      hiddenKinds: this.hiddenKinds,
      selected: this.selectedEntity,
      kindName: (kind) => this.kindName(kind),
      choose: (node) => this.choose(node),
    });
  }

  /** Fetches a lazy part, then renders again; a part that cannot be fetched is reported in place. */
  private fetchPart(part: LazyPart<unknown>): typeof nothing {
    part.load().then(
      () => this.requestUpdate(),
      (error: unknown) => (this.panelError = this.text.graphPanelFailed(String(error instanceof Error ? error.message : error))),
    );
    return nothing;
  }
}

import { headingStyles } from '../../styles/shared.styles.js';
import { kindColourStyles } from '../../styles/kind-colours.styles.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { adoptStylesheet } from '../../styles/adopt-styles.js';
import { cssProps } from '../../styles/css-props.js';
import type { PlaybackState } from '../../context.js';
import type { Episode } from '../../episode/types.js';
import type { GraphView, HoverInfo } from '../../graph/graph-view.js';
import { chooseRenderer, type RendererChoice } from '../../graph/renderer-choice.js';
import type { GraphModel, GraphNode, SizeBy } from '../../graph/model.js';
import type { Point } from '../../graph/viewport.js';
import { EpisodeWidget } from '../../widget/episode-widget.js';
import { enginePart, GraphStage, lazyPart, PROGRESS_FROM, type LazyPart, type ViewChrome } from './graph-stage.js';
import { knowledgeGraphStyles } from './knowledge-graph.styles.js';
import { graphSteps, inTasks, type ShownGraph } from './graph-build.js';
import { MentionedNodes, sameSet } from './mentions.js';

/**
 * For the graph-only CDN bundle, which carries the engine in its own file (a page that loads it
 * has a graph): the engine is there from the start, and the first frame waits for no fetch.
 */
export function provideGraphEngine(engine: typeof import('../../graph/engine.js')): void {
  enginePart.module = engine;
}
const detailsPart = lazyPart(() => import('./entity-details.js'));
const tablePart = lazyPart(() => import('./entity-table.js'));

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
  @state() private searchMessage = '';
  @state() private rendererError = '';
  @state() private panelError = '';

  /** Derived from the episode in `willUpdate`; a large one arrives a few tasks later. */
  private graph?: ShownGraph;
  /** A large graph being built in tasks, and how to stop it. */
  private building?: { episode: Episode; cancel: () => void };
  private readonly stage = new GraphStage(this, {
    element: this,
    chrome: (model) => this.viewChrome(model),
    onView: (view) => this.viewMade(view),
    onError: (message) => (this.rendererError = this.text.graphRendererFailed(message)),
  });
  /** The segment whose mentions the view shows, for that view. */
  private mentioned?: { view: GraphView; key: number | undefined };
  /** The selection last brought out from under the details panel, in that view. */
  private revealed?: { view: GraphView; id: string };
  /** The selection came from this graph (a click, Enter): it is already in view. */
  private ownSelection = false;
  /** The selection was centred (made elsewhere, or from the details, table or search). */
  private centreNext = false;
  private readonly schemeQuery = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  private readonly schemeListener = () => this.stage.repaint();

  override connectedCallback(): void {
    super.connectedCallback();
    this.schemeQuery?.addEventListener?.('change', this.schemeListener);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.schemeQuery?.removeEventListener?.('change', this.schemeListener);
  }

  /** The rendering in use once drawn: `svg` or `canvas`. */
  get activeRenderer(): RendererChoice | undefined {
    return this.stage.view?.renderer.type;
  }

  /** Resolves once the graph's first frame is drawn. */
  get drawn(): Promise<void> {
    return this.stage.view?.whenDrawn ?? this.stage.nextView().then((view) => view.whenDrawn);
  }

  /** Resolves once the layout is at rest. */
  get settled(): Promise<void> {
    return this.stage.view?.whenSettled ?? this.stage.nextView().then((view) => view.whenSettled);
  }

  /** Freezes the layout where it is. */
  stopLayout(): void {
    this.stage.view?.stopLayout();
  }

  /** Where a node's centre is on the page (viewport px), or null when it is not drawn. */
  nodeClientPoint(id: string): { x: number; y: number } | null {
    const view = this.stage.view;
    const node = view?.model.node(id);
    const point = node && view?.screenPoint(node.index);
    if (!view || !point) return null;
    const box = view.container.getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }

  /** The current zoom scale. */
  get zoom(): number {
    return this.stage.view?.transform.k ?? 1;
  }

  // ---- deriving: episode → graph ----

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.deriveGraph();
    if (changed.has('sizeBy') && changed.get('sizeBy') !== undefined) this.sizeNodes();
    this.adoptLazyStyles();
    this.fetchLazyParts();
  }

  /** The graph for the episode now shown: kept, rebuilt at once (small) or in tasks (large). */
  private deriveGraph(): void {
    const episode = this.currentEpisode;
    if (this.graph?.episode === episode || this.building?.episode === episode) return;
    this.building?.cancel();
    this.building = undefined;
    // While a newer episode loads, the graph is kept: the same graph again keeps its layout.
    if (!episode) return;
    if (!episode.entities.length) {
      this.graph = undefined;
      return;
    }
    const kept = this.graph;
    if (kept?.model.sameGraph(episode.entities, episode.links)) {
      // The same graph in a newer episode (its transcript arrived): keep the layout and view.
      kept.model.useEntities(episode.entities);
      this.graph = { ...kept, episode, mentions: undefined };
      if (this.sizeBy === 'mentions') this.sizeNodes();
      return;
    }
    this.graph = undefined;
    this.hiddenKinds = new Set();
    const steps = graphSteps(episode, () => this.sizeBy, (graph) => (this.graph = graph));
    if (episode.entities.length < PROGRESS_FROM) {
      for (const step of steps) step();
      return;
    }
    // A large graph's first frame shows its frame and progress; no task blocks the page for long.
    const done = steps.pop()!;
    steps.push(() => {
      done();
      this.building = undefined;
      this.requestUpdate();
    });
    this.building = { episode, cancel: inTasks(steps) };
  }

  private sizeNodes(): void {
    this.graph?.model.sizeNodes(this.sizeBy);
    this.stage.resized();
  }

  /** A lazy part's styles join this shadow root once its chunk is here (before it first shows). */
  private adoptLazyStyles(): void {
    const root = this.renderRoot as ShadowRoot;
    if (detailsPart.module) adoptStylesheet(root, detailsPart.module.entityDetailsStyles);
    if (tablePart.module) adoptStylesheet(root, tablePart.module.entityTableStyles);
  }

  /** The details panel's and the table's code, fetched when first needed (then rendered). */
  private fetchLazyParts(): void {
    if (this.selectedEntity != null && this.graph?.model.node(this.selectedEntity)) this.fetchPart(detailsPart);
    if (this.listView && this.graph) this.fetchPart(tablePart);
  }

  /** Fetches a lazy part, then renders again; a part that cannot be fetched is reported in place. */
  private fetchPart(part: LazyPart<unknown>): void {
    if (part.module) return;
    part.load().then(
      () => this.requestUpdate(),
      (error: unknown) => (this.panelError = this.text.graphPanelFailed(String(error instanceof Error ? error.message : error))),
    );
  }

  protected override colorSchemeChanged(): void {
    this.stage.repaint();
  }

  // ---- rendering ----

  protected renderEpisode(episode: Episode): TemplateResult {
    const strings = this.text;
    if (!episode.entities.length) {
      return html`<section part="base"><p class="hint">${strings.graphNoEntities}</p></section>`;
    }
    const graph = this.graph;
    const model = graph?.model;
    const f = (n: number) => this.formatNumber(n);
    const selected = model && this.selectedEntity ? model.node(this.selectedEntity) : undefined;
    const showProgress = !model || (model.size >= PROGRESS_FROM && this.stage.layingOut(model));
    const progress = this.stage.progress;
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
        <button type="button" class="control" aria-label=${strings.graphZoomIn} ?disabled=${this.listView} @click=${() => this.stage.view?.zoomBy(1.5)}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" class="control" aria-label=${strings.graphZoomOut} ?disabled=${this.listView} @click=${() => this.stage.view?.zoomBy(1 / 1.5)}>
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" class="control" aria-label=${strings.graphFit} ?disabled=${this.listView} @click=${() => this.stage.view?.fit()}>
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
            ? html`<div class="progress" role="progressbar" aria-label=${strings.graphLayingOut('')} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(progress * 100)}>
                <span>${strings.graphLayingOut(this.formatPercent(progress))}</span>
                <span class="bar" ${cssProps({ '--_progress': String(progress) })}></span>
              </div>`
            : nothing}
          ${this.rendererError ? html`<p class="renderer-error" role="alert">${this.rendererError}</p>` : nothing}
          <p id="hint" class="hint-line">${strings.graphHint}</p>
        </div>
        ${this.listView && graph ? this.renderTable(graph) : nothing}
        ${selected && graph ? this.renderDetails(selected, graph) : nothing}
        ${this.panelError ? html`<p class="renderer-error" role="alert">${this.panelError}</p>` : nothing}
      </div>
      ${graph ? this.renderLegend(graph) : nothing}
    </section>`;
  }

  private renderLegend({ model, kindColours }: ShownGraph): TemplateResult {
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
          <span class="swatch" ${cssProps({ '--_swatch': kindColours.get(kind) ?? 'currentColor' })}></span>
          <span>${heading}</span>
          <span class="kind-count">${this.formatNumber(count)}</span>
        </button>`;
      })}
    </div>`;
  }

  /** The details panel, from a chunk fetched when the page is idle (or at the first selection). */
  private renderDetails(node: GraphNode, { episode, model, kindColours }: ShownGraph): TemplateResult | typeof nothing {
    return (
      detailsPart.module?.renderEntityDetails(node, model, {
        strings: this.text,
        entity: episode.entities.find((e) => e.id === node.id),
        colour: kindColours.get(node.kind) ?? 'currentColor',
        kindName: (kind) => this.kindName(kind),
        formatNumber: (value) => this.formatNumber(value),
        close: () => this.clearSelection(),
        choose: (other) => this.chooseAndCentre(other),
        seek: (time) => this.seek(time),
      }) ?? nothing
    );
  }

  /** The list view's table, from a chunk fetched the first time it is asked for. */
  private renderTable({ model }: ShownGraph): TemplateResult | typeof nothing {
    return (
      tablePart.module?.renderEntityTable(model, {
        strings: this.text,
        hiddenKinds: this.hiddenKinds,
        selected: this.selectedEntity,
        kindName: (kind) => this.kindName(kind),
        choose: (node) => this.choose(node),
      }) ?? nothing
    );
  }

  private kindName(kind: string): string {
    return this.text.graphKindName(kind);
  }

  // ---- after rendering: graph → view ----

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const surface = this.renderRoot.querySelector<HTMLElement>('.surface');
    const model = this.graph?.model;
    if (!surface || !model) this.stage.clear();
    else this.stage.show(surface, model, chooseRenderer(this.renderer, model.size));
    if (this.stage.view) this.applyState(this.stage.view);
    this.keepSelectionClearOfDetails();
  }

  /** What the element gives a new view: the nodes' names, and where its input goes. */
  private viewChrome(model: GraphModel): ViewChrome {
    return {
      nodeName: (index) => this.accessibleNodeName(model.nodes[index]),
      listLabel: this.text.graphNodeList,
      onHover: (info) => this.showTooltip(info),
      onSelect: (node) => this.choose(node),
    };
  }

  private accessibleNodeName(node: GraphNode): string {
    const strings = this.text;
    return strings.graphNodeName(node.name, this.kindName(node.kind), strings.graphConnections(node.connections, this.formatNumber(node.connections)));
  }

  private viewMade(view: GraphView): void {
    this.applyState(view);
    // The details panel's code, while the page is idle: ready before a reader picks a node.
    if (!detailsPart.module) (globalThis.requestIdleCallback ?? setTimeout)(() => this.isConnected && this.fetchPart(detailsPart));
  }

  /** Gives the view the element's state: hidden kinds, the selection, the mentioned nodes. */
  private applyState(view: GraphView): void {
    view.setHiddenKinds(this.hiddenKinds);
    const selected = this.selectedEntity;
    const index = selected ? view.model.node(selected)?.index ?? -1 : -1;
    // A choice made elsewhere (the transcript, the entity list) brings the node into view.
    if (view.setSelected(index) && index >= 0 && !this.ownSelection) {
      view.centreOnNode(index);
      this.centreNext = true;
    }
    this.ownSelection = false;
    this.playbackChanged(this.playback);
  }

  /**
   * Over a wide graph the details panel floats on its right-hand side, where it could hide the
   * selected node's neighbours: once it shows, the view centres the node in the part the panel
   * leaves free (a choice that centres anyway), or pans just enough to bring the node and its
   * neighbours out from under it (a click in the graph).
   */
  private keepSelectionClearOfDetails(): void {
    const view = this.stage.view;
    const node = this.selectedEntity ? view?.model.node(this.selectedEntity) : undefined;
    const details = this.listView ? null : this.renderRoot.querySelector<HTMLElement>('[part="details"]');
    if (!view || !node || !details) {
      view?.setCoveredRight(0);
      if (!node) this.revealed = undefined;
      return;
    }
    if (this.revealed?.view === view && this.revealed.id === node.id) return;
    this.revealed = { view, id: node.id };
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

  protected override playbackChanged(playback: PlaybackState): void {
    const view = this.stage.view;
    const graph = this.graph;
    if (!view || graph?.model !== view.model) return;
    // Nothing is "mentioned" before the episode has started; the index is built when it has.
    const started = !playback.paused || playback.currentTime > 0;
    const index = this.noFollow || !started ? undefined : (graph.mentions ??= new MentionedNodes(graph.model, graph.episode.transcript));
    const key = index?.keyAt(playback.currentTime);
    if (this.mentioned?.view === view && this.mentioned.key === key) return;
    this.mentioned = { view, key };
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
    this.stage.view?.centreOnNode(node.index);
  }

  private clearSelection(): void {
    const selected = this.graph?.model.node(this.selectedEntity ?? '');
    this.choose(null);
    // Focus would be lost with the details panel: put it back on the node.
    if (selected && !this.listView) this.updateComplete.then(() => this.stage.view?.focusNode(selected.index));
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
    const model = this.graph?.model;
    if (!query || !model) {
      this.searchMessage = '';
      return;
    }
    const node = model.search(query, (n) => !this.hiddenKinds.has(n.kind));
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
    const scene = this.stage.view?.scene;
    if (!scene) return;
    // CSS clamps it inside the stage (a percentage in translate() is the tooltip's own size),
    // so a pointer move never forces a layout to measure it.
    tooltip.style.setProperty('--_x', `${Math.round(point.x)}px`);
    tooltip.style.setProperty('--_y', `${Math.round(point.y)}px`);
    tooltip.style.setProperty('--_w', `${scene.width}px`);
    tooltip.style.setProperty('--_h', `${scene.height}px`);
  }
}

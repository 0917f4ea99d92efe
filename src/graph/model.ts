/**
 * The graph model: nodes and links built from an episode's entities and links, with the
 * questions the element asks of it (neighbours, degree, connected components). Positions live
 * on the nodes because d3-force writes them there.
 */
import type { LinkDatum, NodeDatum } from './datum.js';
import { fold } from '../episode/fold.js';

export interface GraphEntity {
  id: string;
  name: string;
  type: string;
  aliases?: readonly string[];
  mentions?: readonly number[];
}

export interface GraphLinkInput {
  source: string;
  target: string;
  label?: string;
  weight?: number;
}

/** Longest label drawn in the picture, in characters (code points). */
export const MAX_LABEL_LENGTH = 40;

/** A name as the picture writes it: whole up to 40 characters, else cut at a code point with "…". */
export function shortLabel(name: string): string {
  if (name.length <= MAX_LABEL_LENGTH) return name;
  const points = Array.from(name);
  return points.length <= MAX_LABEL_LENGTH ? name : `${points.slice(0, MAX_LABEL_LENGTH - 1).join('').trimEnd()}…`;
}

export interface GraphNode extends NodeDatum {
  index: number;
  id: string;
  name: string;
  /** What the picture writes beside the node: the name, cut after 40 characters with "…" (the whole name is in the tooltip and the accessible name). */
  label: string;
  kind: string;
  entity: GraphEntity;
  /** Neighbours: the lines that meet the node (what the layout and `size-by="degree"` weigh). */
  degree: number;
  /** Relations that touch the node: two relations of one pair (`uses`, `cuts cost of`) are two. */
  connections: number;
  /** Drawn radius in world units (set by `sizeNodes`). */
  radius: number;
  /** Width of the label in world units at zoom 1 (set by `measureLabels`). */
  labelWidth: number;
  /** Index of its connected component; components are numbered largest first. */
  component: number;
  x: number;
  y: number;
}

/** One line per pair of entities; it carries every relation the episode gives that pair. */
export interface GraphLink extends LinkDatum<GraphNode> {
  index: number;
  source: GraphNode;
  target: GraphNode;
  /** The first relation's label. */
  label?: string;
  /** Every relation's label (an unlabelled relation adds none). */
  labels: string[];
  weight: number;
}


export type SizeBy = 'degree' | 'mentions';

export class GraphModel {
  readonly nodes: GraphNode[];
  readonly links: GraphLink[];
  readonly byId: Map<string, GraphNode>;
  /** Neighbour node indices of each node. */
  readonly neighbours: Set<number>[];
  /** Link indices touching each node. */
  readonly linksOf: number[][];
  readonly componentCount: number;
  /** Relations (the episode's links), counted one by one: what every widget calls connections. */
  readonly relationCount: number;

  /** The links as given, to tell the same graph again (`sameGraph`). */
  private readonly linkInputs: readonly GraphLinkInput[];

  constructor(entities: readonly GraphEntity[], links: readonly GraphLinkInput[]) {
    this.linkInputs = links;
    this.byId = new Map();
    this.nodes = [];
    for (const entity of entities) {
      if (this.byId.has(entity.id)) continue;
      const node: GraphNode = {
        index: this.nodes.length,
        id: entity.id,
        name: entity.name,
        label: shortLabel(entity.name),
        kind: entity.type || 'other',
        entity,
        degree: 0,
        connections: 0,
        radius: 5,
        labelWidth: 0,
        component: 0,
        x: NaN,
        y: NaN,
      };
      this.nodes.push(node);
      this.byId.set(entity.id, node);
    }
    this.neighbours = this.nodes.map(() => new Set<number>());
    this.linksOf = this.nodes.map(() => []);
    this.links = [];
    const byPair = new Map<string, GraphLink>();
    let relations = 0;
    for (const input of links) {
      const source = this.byId.get(input.source);
      const target = this.byId.get(input.target);
      // The validator already dropped links to unknown ids and merged repeated ones (with warnings).
      if (!source || !target || source === target) continue;
      relations++;
      source.connections++;
      target.connections++;
      const key = source.index < target.index ? `${source.index} ${target.index}` : `${target.index} ${source.index}`;
      const line = byPair.get(key);
      if (line) {
        // Another relation of the same pair: the same line, carrying both.
        if (input.label) line.labels.push(input.label);
        continue;
      }
      const link: GraphLink = {
        index: this.links.length,
        source,
        target,
        label: input.label,
        labels: input.label ? [input.label] : [],
        weight: input.weight ?? 1,
      };
      byPair.set(key, link);
      this.links.push(link);
      this.neighbours[source.index].add(target.index);
      this.neighbours[target.index].add(source.index);
      this.linksOf[source.index].push(link.index);
      this.linksOf[target.index].push(link.index);
    }
    for (const node of this.nodes) node.degree = this.neighbours[node.index].size;
    this.relationCount = relations;
    this.componentCount = this.findComponents();
  }

  get size(): number {
    return this.nodes.length;
  }

  node(id: string): GraphNode | undefined {
    return this.byId.get(id);
  }

  /** Kinds in first-seen order, with their node counts. */
  kinds(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const node of this.nodes) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
    return counts;
  }

  /** Labels the nodes with their component, largest component first; returns how many there are. */
  private findComponents(): number {
    const parent = this.nodes.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    };
    for (const link of this.links) {
      const a = find(link.source.index);
      const b = find(link.target.index);
      if (a !== b) parent[a] = b;
    }
    const sizes = new Map<number, number>();
    for (const node of this.nodes) {
      const root = find(node.index);
      sizes.set(root, (sizes.get(root) ?? 0) + 1);
    }
    const order = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || a - b);
    const rank = new Map(order.map((root, i) => [root, i]));
    for (const node of this.nodes) node.component = rank.get(find(node.index))!;
    return order.length;
  }

  /** Sets each node's radius from its degree or its number of mentions. */
  sizeNodes(by: SizeBy): void {
    const value = (node: GraphNode) => (by === 'mentions' ? node.entity.mentions?.length ?? 0 : node.degree);
    let max = 1;
    for (const node of this.nodes) max = Math.max(max, value(node));
    // Area grows with the value; large graphs get smaller nodes so they stay readable.
    const base = this.size > 2000 ? 3 : this.size > 300 ? 4 : 6;
    const spread = this.size > 2000 ? 10 : this.size > 300 ? 14 : 16;
    for (const node of this.nodes) node.radius = base + spread * Math.sqrt(value(node) / max);
  }

  /**
   * Whether `entities` and `links` make this very graph (the same nodes with the same names and
   * kinds, the same links): an episode that changed elsewhere (its transcript arrived, say)
   * keeps its model, layout and view.
   */
  sameGraph(entities: readonly GraphEntity[], links: readonly GraphLinkInput[]): boolean {
    if (entities.length !== this.nodes.length || links.length !== this.linkInputs.length) return false;
    for (let i = 0; i < entities.length; i++) {
      const entity = entities[i]!;
      const node = this.nodes[i]!;
      if (entity.id !== node.id || entity.name !== node.name || (entity.type || 'other') !== node.kind) return false;
    }
    for (let i = 0; i < links.length; i++) {
      const a = links[i]!;
      const b = this.linkInputs[i]!;
      if (a.source !== b.source || a.target !== b.target || a.label !== b.label || a.weight !== b.weight) return false;
    }
    return true;
  }

  /** Takes the entities' new objects (their mentions, descriptions) for the same graph. */
  useEntities(entities: readonly GraphEntity[]): void {
    entities.forEach((entity, i) => (this.nodes[i]!.entity = entity));
  }

  /** Sets each node's label width with `measure(text)` (pixels at the label font). */
  measureLabels(measure: (text: string) => number): void {
    for (const node of this.nodes) node.labelWidth = measure(node.label);
  }

  /** Nodes sorted by radius, biggest first (ties: by degree, then index). */
  bySize(): GraphNode[] {
    return [...this.nodes].sort((a, b) => b.radius - a.radius || b.degree - a.degree || a.index - b.index);
  }

  /** The first node whose name or alias matches `query`: exact, then prefix, then substring. */
  search(query: string, visible: (node: GraphNode) => boolean = () => true): GraphNode | undefined {
    // Folded as the entity list and the transcript fold, so "tulu" finds "Tülu 3" here too.
    const q = fold(query.trim());
    if (!q) return undefined;
    const names = (node: GraphNode) => [node.name, ...(node.entity.aliases ?? [])].map(fold);
    const candidates = this.bySize().filter(visible);
    return (
      candidates.find((n) => names(n).some((name) => name === q)) ??
      candidates.find((n) => names(n).some((name) => name.startsWith(q))) ??
      candidates.find((n) => names(n).some((name) => name.includes(q)))
    );
  }
}

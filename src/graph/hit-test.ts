/**
 * Hit-testing in world coordinates: a d3-quadtree over node centres finds the node under a
 * point in O(log n); links are tested by distance to their segment.
 */
import { quadtree, type Quadtree } from 'd3-quadtree';
import type { GraphLink, GraphNode } from './model.js';
import type { Bounds, Point } from './viewport.js';
import { nearestInDirection as nearestByPosition, type ArrowDirection } from '../widget/roving-focus.js';

export class NodeIndex {
  private tree: Quadtree<GraphNode>;
  private maxRadius = 0;

  constructor(nodes: readonly GraphNode[] = []) {
    this.tree = quadtree<GraphNode>();
    this.rebuild(nodes);
  }

  /** Re-indexes after nodes moved. */
  rebuild(nodes: readonly GraphNode[]): void {
    this.maxRadius = 0;
    for (const node of nodes) this.maxRadius = Math.max(this.maxRadius, node.radius);
    this.tree = quadtree<GraphNode>()
      .x((node) => node.x)
      .y((node) => node.y)
      .addAll(nodes.filter((node) => Number.isFinite(node.x) && Number.isFinite(node.y)));
  }

  /**
   * The node whose circle (widened by `slop` world units) holds `p`, nearest centre first;
   * `accept` skips hidden nodes.
   */
  find(p: Point, slop = 0, accept: (node: GraphNode) => boolean = () => true): GraphNode | undefined {
    let best: GraphNode | undefined;
    let bestDistance = Infinity;
    const reach = this.maxRadius + slop;
    this.tree.visit((quad, x0, y0, x1, y1) => {
      if (x0 > p.x + reach || x1 < p.x - reach || y0 > p.y + reach || y1 < p.y - reach) return true;
      if (!quad.length) {
        let leaf: typeof quad | undefined = quad;
        while (leaf && !leaf.length) {
          const node = (leaf as { data: GraphNode }).data;
          const d = Math.hypot(node.x - p.x, node.y - p.y);
          // Measure from the circle's edge so a big node wins over a small one just outside it.
          const gap = d - node.radius;
          if (gap <= slop && gap < bestDistance && accept(node)) {
            best = node;
            bestDistance = gap;
          }
          leaf = (leaf as { next?: typeof quad }).next;
        }
      }
      return false;
    });
    return best;
  }

  /** Nodes whose centre lies inside `bounds`. */
  within(bounds: Bounds): GraphNode[] {
    const found: GraphNode[] = [];
    this.tree.visit((quad, x0, y0, x1, y1) => {
      if (x0 > bounds.x1 || x1 < bounds.x0 || y0 > bounds.y1 || y1 < bounds.y0) return true;
      if (!quad.length) {
        let leaf: typeof quad | undefined = quad;
        while (leaf && !leaf.length) {
          const node = (leaf as { data: GraphNode }).data;
          if (node.x >= bounds.x0 && node.x <= bounds.x1 && node.y >= bounds.y0 && node.y <= bounds.y1) found.push(node);
          leaf = (leaf as { next?: typeof quad }).next;
        }
      }
      return false;
    });
    return found;
  }
}

/** Distance from `p` to the segment a–b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2)) : 0;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The link nearest to `p` within `tolerance` world units (outside its end nodes), or undefined. */
export function findLink(
  links: readonly GraphLink[],
  p: Point,
  tolerance: number,
  accept: (link: GraphLink) => boolean = () => true,
): GraphLink | undefined {
  let best: GraphLink | undefined;
  let bestDistance = tolerance;
  for (const link of links) {
    const { source: a, target: b } = link;
    // Cheap reject by bounding box first: this runs on every pointer move over 20,000 links.
    if (p.x < Math.min(a.x, b.x) - tolerance || p.x > Math.max(a.x, b.x) + tolerance) continue;
    if (p.y < Math.min(a.y, b.y) - tolerance || p.y > Math.max(a.y, b.y) + tolerance) continue;
    const d = distanceToSegment(p, a, b);
    if (d <= bestDistance && accept(link)) {
      best = link;
      bestDistance = d;
    }
  }
  return best;
}

export type Direction = ArrowDirection;

/**
 * The node to move to from `from` with an arrow key: the nearest one within 60° either side of
 * the direction, where distance off the axis counts double (the roving focus's own rule).
 */
export function nearestInDirection(
  nodes: readonly GraphNode[],
  from: GraphNode,
  direction: Direction,
  accept: (node: GraphNode) => boolean = () => true,
): GraphNode | undefined {
  return nearestByPosition(
    nodes.filter((node) => node === from || accept(node)),
    from,
    direction,
    (node) => node,
  );
}

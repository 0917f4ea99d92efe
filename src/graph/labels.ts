/**
 * Label placement: the biggest nodes always get a label; when zoomed in, every node on screen
 * may; no two labels ever overlap (greedy, in rank order, over a grid of placed boxes), and none
 * is cut by the edge of the view.
 *
 * Small graphs (up to 60 nodes, every one labelled) are placed thoroughly: each label tries eight
 * positions around its node (below, above, right, left, then the diagonals) and must not cover
 * another node's circle either. Larger ones (up to thousands of labels placed at every redraw)
 * keep the cheap path: one position under the node, labels checked against labels only.
 */
import type { GraphModel, GraphNode } from './model.js';
import type { Transform } from './viewport.js';

export interface LabelBox {
  node: GraphNode;
  /** Screen coordinates of the label's centre-top. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelOptions {
  /** Labels of this many top-ranked nodes are wanted at any zoom. */
  always: number;
  /** At or above this scale every node wants a label. */
  allAt: number;
  /** Label line height in px. */
  lineHeight: number;
  /** Never more labels than this (cost bound on huge graphs). */
  max: number;
  /** Try positions all around each node, and keep labels off other nodes' circles. */
  thorough?: boolean;
  /** The screen's size in CSS px. */
  width: number;
  height: number;
}

/** Up to this many nodes, every label that can be placed is, people and the most connected first. */
export const LABEL_ALL_UP_TO = 60;

export const defaultLabelOptions = (nodeCount: number): Omit<LabelOptions, 'width' | 'height'> => ({
  always: nodeCount <= LABEL_ALL_UP_TO ? nodeCount : Math.max(12, Math.round(Math.sqrt(nodeCount))),
  allAt: nodeCount <= LABEL_ALL_UP_TO ? 0 : nodeCount <= 500 ? 1.6 : 2.5,
  lineHeight: 16,
  max: 400,
  thorough: nodeCount <= LABEL_ALL_UP_TO,
});

/**
 * The order in which labels are placed. A small graph is read name by name, and its people
 * (host, guests) and hubs are what a reader looks for first; a large one ranks by drawn size.
 */
export function labelRanking(model: GraphModel): GraphNode[] {
  if (model.size > LABEL_ALL_UP_TO) return model.bySize();
  const isPerson = (node: GraphNode) => (node.kind === 'person' ? 0 : 1);
  return [...model.nodes].sort((a, b) => isPerson(a) - isPerson(b) || b.degree - a.degree || b.radius - a.radius || a.index - b.index);
}

const CELL = 64;
/** Room kept between a label and its neighbours, in px. */
const MARGIN = 2;
/** Room between a node's circle and its own label, in px. */
const GAP = 2;

const cellKey = (cx: number, cy: number) => cx * 100003 + cy;

/** A bucket grid over screen space: only things in the cells a box touches are compared. */
class Grid<T extends { left: number; top: number; right: number; bottom: number }> {
  private readonly cells = new Map<number, T[]>();

  add(item: T): void {
    for (let cx = Math.floor(item.left / CELL); cx <= Math.floor(item.right / CELL); cx++)
      for (let cy = Math.floor(item.top / CELL); cy <= Math.floor(item.bottom / CELL); cy++) {
        const k = cellKey(cx, cy);
        const list = this.cells.get(k);
        if (list) list.push(item);
        else this.cells.set(k, [item]);
      }
  }

  /** True when `hits` is true of anything stored in the cells the rectangle touches. */
  some(left: number, top: number, right: number, bottom: number, hits: (item: T) => boolean): boolean {
    // Plain loops, no allocation: a first frame runs this cold, thousands of times.
    for (let cx = Math.floor(left / CELL), cx1 = Math.floor(right / CELL); cx <= cx1; cx++)
      for (let cy = Math.floor(top / CELL), cy1 = Math.floor(bottom / CELL); cy <= cy1; cy++) {
        const list = this.cells.get(cellKey(cx, cy));
        if (!list) continue;
        for (let i = 0; i < list.length; i++) if (hits(list[i])) return true;
      }
    return false;
  }
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Circle extends Rect {
  node: GraphNode;
  x: number;
  y: number;
  r: number;
}

const rectOf = (box: LabelBox): Rect => ({ left: box.x - box.width / 2, top: box.y, right: box.x + box.width / 2, bottom: box.y + box.height });

const rectsMeet = (a: Rect, b: Rect, margin: number) =>
  a.left < b.right + margin && a.right + margin > b.left && a.top < b.bottom + margin && a.bottom + margin > b.top;

function circleMeetsRect(c: Circle, r: Rect, margin: number): boolean {
  const dx = c.x - (c.x < r.left ? r.left : c.x > r.right ? r.right : c.x);
  const dy = c.y - (c.y < r.top ? r.top : c.y > r.bottom ? r.bottom : c.y);
  const reach = c.r + margin;
  // Squared distances: Math.hypot is slow in cold code, and this runs for every candidate spot.
  return dx * dx + dy * dy < reach * reach;
}

/** Every visible node's circle on (or near) the screen, in screen px. */
function circleGrid(nodes: readonly GraphNode[], t: Transform, options: LabelOptions, visible: (node: GraphNode) => boolean): Grid<Circle> {
  const grid = new Grid<Circle>();
  for (const node of nodes) {
    if (!visible(node)) continue;
    const x = node.x * t.k + t.x;
    const y = node.y * t.k + t.y;
    const r = node.radius * t.k;
    if (x + r < 0 || x - r > options.width || y + r < 0 || y - r > options.height) continue;
    grid.add({ node, x, y, r, left: x - r, top: y - r, right: x + r, bottom: y + r });
  }
  return grid;
}

/**
 * Where a label may go around a node at (sx, sy) of screen radius r, best first, as centre-top
 * points: under it (where readers look first), above, to the right, to the left, the diagonals.
 */
function around(sx: number, sy: number, r: number, width: number, height: number): [number, number][] {
  const side = r + GAP + width / 2;
  const d = (r + GAP) * Math.SQRT1_2;
  return [
    [sx, sy + r + GAP],
    [sx, sy - r - GAP - height],
    [sx + side, sy - height / 2],
    [sx - side, sy - height / 2],
    [sx + d + width / 2, sy + d],
    [sx - d - width / 2, sy + d],
    [sx + d + width / 2, sy - d - height],
    [sx - d - width / 2, sy - d - height],
  ];
}

type PlacedGrid = Grid<Rect & { box: LabelBox }>;

const clearOfLabels = (labels: PlacedGrid, rect: Rect) =>
  !labels.some(rect.left, rect.top, rect.right, rect.bottom, (other) => rectsMeet(rect, other, MARGIN));

/** Room between a label and another node's circle, in px: browsers' text boxes differ by a pixel or two. */
const CIRCLE_MARGIN = 3;

const clearOfCircles = (circles: Grid<Circle>, rect: Rect, node: GraphNode) =>
  !circles.some(
    rect.left - CIRCLE_MARGIN,
    rect.top - CIRCLE_MARGIN,
    rect.right + CIRCLE_MARGIN,
    rect.bottom + CIRCLE_MARGIN,
    (c) => c.node !== node && circleMeetsRect(c, rect, CIRCLE_MARGIN),
  );

/** The label slides sideways to stay inside the view; x is its centre. */
const keptInView = (x: number, width: number, viewWidth: number) =>
  width >= viewWidth ? viewWidth / 2 : Math.min(Math.max(x, width / 2), viewWidth - width / 2);

/** The first position around the node where its label covers no label and no other node. */
function thoroughSpot(node: GraphNode, sx: number, sy: number, r: number, width: number, options: LabelOptions, labels: PlacedGrid, circles: Grid<Circle>): LabelBox | undefined {
  const height = options.lineHeight;
  for (const [cx, y] of around(sx, sy, r, width, height)) {
    if (y < 0 || y + height > options.height) continue;
    const x = keptInView(cx, width, options.width);
    // A side label pushed back onto its own node by the edge is no longer beside it.
    if (x !== cx && cx !== sx) continue;
    const box: LabelBox = { node, x, y, width, height };
    const rect = rectOf(box);
    if (clearOfLabels(labels, rect) && clearOfCircles(circles, rect, node)) return box;
  }
  return undefined;
}

/** The one position of the cheap path: under the node, above it near the bottom edge, if free. */
function cheapSpot(node: GraphNode, sx: number, sy: number, r: number, width: number, options: LabelOptions, labels: PlacedGrid): LabelBox | undefined {
  const height = options.lineHeight;
  let y = sy + r + GAP;
  if (y + height > options.height) y = sy - r - GAP - height;
  if (y < 0) return undefined;
  const box: LabelBox = { node, x: keptInView(sx, width, options.width), y, width, height };
  return clearOfLabels(labels, rectOf(box)) ? box : undefined;
}

/**
 * Chooses which nodes' labels to draw, and where. `ranked` is the nodes in placing order
 * (`labelRanking`); `visible` leaves out nodes of hidden kinds.
 */
export function placeLabels(
  ranked: readonly GraphNode[],
  t: Transform,
  options: LabelOptions,
  visible: (node: GraphNode) => boolean = () => true,
): LabelBox[] {
  const labels: PlacedGrid = new Grid();
  const circles = options.thorough ? circleGrid(ranked, t, options, visible) : undefined;
  const placed: LabelBox[] = [];
  const everyone = t.k >= options.allAt;
  for (let i = 0; i < ranked.length && placed.length < options.max; i++) {
    if (!everyone && i >= options.always) break;
    const node = ranked[i];
    if (!visible(node)) continue;
    const sx = node.x * t.k + t.x;
    const sy = node.y * t.k + t.y;
    // Only nodes whose centre is on screen are labelled, and their labels stay on screen.
    if (sx < 0 || sx > options.width || sy < 0 || sy > options.height) continue;
    // A little room on each side: the browser's text may come out wider than measured.
    const width = node.labelWidth + 6;
    const r = node.radius * t.k;
    const box = circles ? thoroughSpot(node, sx, sy, r, width, options, labels, circles) : cheapSpot(node, sx, sy, r, width, options, labels);
    if (!box) continue;
    placed.push(box);
    labels.add({ ...rectOf(box), box });
  }
  return placed;
}

/** True when two placed labels overlap (for tests and assertions). */
export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return rectsMeet(rectOf(a), rectOf(b), 0);
}

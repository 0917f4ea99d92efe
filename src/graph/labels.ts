/**
 * Label placement: the biggest nodes always get a label; when zoomed in, every node on screen
 * may; no two labels ever overlap (greedy, biggest first, over a grid of placed boxes), and none
 * is cut by the edge of the view.
 */
import type { GraphNode } from './model.js';
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
  /** Labels of this many biggest nodes are wanted at any zoom. */
  always: number;
  /** At or above this scale every node wants a label. */
  allAt: number;
  /** Label line height in px. */
  lineHeight: number;
  /** Never more labels than this (cost bound on huge graphs). */
  max: number;
  /** The screen's size in CSS px. */
  width: number;
  height: number;
}

export const defaultLabelOptions = (nodeCount: number): Omit<LabelOptions, 'width' | 'height'> => ({
  always: nodeCount <= 60 ? nodeCount : Math.max(12, Math.round(Math.sqrt(nodeCount))),
  allAt: nodeCount <= 60 ? 0 : nodeCount <= 500 ? 1.6 : 2.5,
  lineHeight: 16,
  max: 400,
});

/**
 * Chooses which nodes' labels to draw. `ranked` is the nodes biggest first (labels are placed in
 * that order); `rank` maps a node index to its position there.
 */
export function placeLabels(
  ranked: readonly GraphNode[],
  t: Transform,
  options: LabelOptions,
  visible: (node: GraphNode) => boolean = () => true,
): LabelBox[] {
  const cell = 64;
  const grid = new Map<number, LabelBox[]>();
  const key = (cx: number, cy: number) => cx * 100003 + cy;
  const placed: LabelBox[] = [];
  const everyone = t.k >= options.allAt;
  const margin = 2;
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
    // Under the node; above it near the bottom edge; slid sideways near the left and right edges.
    let y = sy + r + 2;
    if (y + options.lineHeight > options.height) y = sy - r - 2 - options.lineHeight;
    if (y < 0) continue;
    const x = width >= options.width ? options.width / 2 : Math.min(Math.max(sx, width / 2), options.width - width / 2);
    const box: LabelBox = { node, x, y, width, height: options.lineHeight };
    const left = x - width / 2;
    const right = x + width / 2;
    const bottom = y + box.height;
    const cx0 = Math.floor(left / cell);
    const cx1 = Math.floor(right / cell);
    const cy0 = Math.floor(box.y / cell);
    const cy1 = Math.floor(bottom / cell);
    let clear = true;
    for (let cx = cx0; cx <= cx1 && clear; cx++) {
      for (let cy = cy0; cy <= cy1 && clear; cy++) {
        for (const other of grid.get(key(cx, cy)) ?? []) {
          if (
            left < other.x + other.width / 2 + margin &&
            right + margin > other.x - other.width / 2 &&
            box.y < other.y + other.height &&
            bottom > other.y
          ) {
            clear = false;
            break;
          }
        }
      }
    }
    if (!clear) continue;
    placed.push(box);
    for (let cx = cx0; cx <= cx1; cx++) {
      for (let cy = cy0; cy <= cy1; cy++) {
        const k = key(cx, cy);
        const list = grid.get(k);
        if (list) list.push(box);
        else grid.set(k, [box]);
      }
    }
  }
  return placed;
}

/** True when two placed labels overlap (for tests and assertions). */
export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return (
    a.x - a.width / 2 < b.x + b.width / 2 &&
    a.x + a.width / 2 > b.x - b.width / 2 &&
    a.y < b.y + b.height &&
    a.y + a.height > b.y
  );
}

/**
 * Many-body and collision forces that can be applied a range of nodes at a time, so one step of
 * a large graph's layout is never a whole force over every node. The maths is d3-force's
 * `forceManyBody` and `forceCollide` (ISC licence, Mike Bostock), line for line: the same graph
 * and random source give the same positions. Why: at 2,000 nodes one many-body pass took 18 ms of
 * CPU while the code was still cold, 50-65 ms of wall time here, one long task each.
 */
import { quadtree } from 'd3-quadtree';
import type { NodeDatum } from './datum.js';

/**
 * A force whose tick can be split: `passes` times, `begin(alpha, pass)` (builds its quadtree),
 * then `apply(from, to)` over consecutive node ranges. Called as a function, it runs a whole tick.
 */
export interface ChunkedForce<N extends NodeDatum> {
  (alpha: number): void;
  initialize(nodes: N[], random: () => number): void;
  readonly passes: number;
  begin(alpha: number, pass: number): void;
  apply(from: number, to: number): void;
}

/** A quadtree cell as these forces use it: an internal node (four children) or a leaf (data). */
interface Quad<N> {
  length?: number;
  [child: number]: Quad<N> | undefined;
  data?: N;
  next?: Quad<N>;
  x: number;
  y: number;
  value: number;
  r: number;
}
type Tree<N> = { visit(callback: (quad: Quad<N>, x0: number, y0: number, x1: number, y1: number) => boolean | void): unknown };

const jiggle = (random: () => number) => (random() - 0.5) * 1e-6;

function chunked<N extends NodeDatum>(
  passes: number,
  setup: (nodes: N[], random: () => number) => void,
  begin: (alpha: number, pass: number) => void,
  apply: (from: number, to: number) => void,
  count: () => number,
): ChunkedForce<N> {
  const force = ((alpha: number) => {
    for (let pass = 0; pass < passes; pass++) {
      begin(alpha, pass);
      apply(0, count());
    }
  }) as ChunkedForce<N>;
  return Object.assign(force, { initialize: setup, passes, begin, apply });
}

export interface ManyBodyOptions<N> {
  strength: (node: N) => number;
  theta?: number;
  distanceMax?: number;
}

/** d3's forceManyBody (Barnes–Hut), in ranges. */
export function manyBodyForce<N extends NodeDatum>(options: ManyBodyOptions<N>): ChunkedForce<N> {
  const theta2 = (options.theta ?? 0.9) ** 2;
  const distanceMin2 = 1;
  const distanceMax2 = (options.distanceMax ?? Infinity) ** 2;
  let nodes: N[] = [];
  let strengths: number[] = [];
  let random = Math.random;
  let alpha = 0;
  let node: N;
  let tree: Tree<N>;

  function accumulate(quad: Quad<N>): void {
    let strength = 0;
    let weight = 0;
    if (quad.length) {
      let x = 0;
      let y = 0;
      for (let i = 0; i < 4; ++i) {
        const q = quad[i];
        const c = q && Math.abs(q.value);
        if (q && c) (strength += q.value), (weight += c), (x += c * q.x), (y += c * q.y);
      }
      quad.x = x / weight;
      quad.y = y / weight;
    } else {
      let q: Quad<N> | undefined = quad;
      q.x = q.data!.x!;
      q.y = q.data!.y!;
      do strength += strengths[q.data!.index!];
      while ((q = q.next));
    }
    quad.value = strength;
  }

  function visit(quad: Quad<N>, x1: number, _: number, x2: number): boolean | void {
    if (!quad.value) return true;
    let x = quad.x - node.x!;
    let y = quad.y - node.y!;
    let w = x2 - x1;
    let l = x * x + y * y;
    // The Barnes–Hut approximation where it holds; very close nodes are limited, coincident ones jiggled.
    if ((w * w) / theta2 < l) {
      if (l < distanceMax2) {
        if (x === 0) (x = jiggle(random)), (l += x * x);
        if (y === 0) (y = jiggle(random)), (l += y * y);
        if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
        node.vx! += (x * quad.value * alpha) / l;
        node.vy! += (y * quad.value * alpha) / l;
      }
      return true;
    } else if (quad.length || l >= distanceMax2) return;
    if (quad.data !== node || quad.next) {
      if (x === 0) (x = jiggle(random)), (l += x * x);
      if (y === 0) (y = jiggle(random)), (l += y * y);
      if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
    }
    let q: Quad<N> | undefined = quad;
    do
      if (q.data !== node) {
        w = (strengths[q.data!.index!] * alpha) / l;
        node.vx! += x * w;
        node.vy! += y * w;
      }
    while ((q = q.next));
  }

  return chunked<N>(
    1,
    (all, source) => {
      nodes = all;
      random = source;
      strengths = [];
      for (const n of nodes) strengths[n.index!] = +options.strength(n);
    },
    (value) => {
      alpha = value;
      tree = (quadtree(nodes, (d) => d.x!, (d) => d.y!) as unknown as { visitAfter(f: (q: Quad<N>) => void): Tree<N> }).visitAfter(accumulate);
    },
    (from, to) => {
      for (let i = from; i < to; ++i) (node = nodes[i]), tree.visit(visit);
    },
    () => nodes.length,
  );
}

/** d3's forceCollide, in ranges (each iteration is a pass with a quadtree of its own). */
export function collideForce<N extends NodeDatum>(radius: (node: N) => number, strength = 1, iterations = 1): ChunkedForce<N> {
  let nodes: N[] = [];
  let radii: number[] = [];
  let random = Math.random;
  let tree: Tree<N>;
  let node: N;
  let xi = 0;
  let yi = 0;
  let ri = 0;
  let ri2 = 0;

  function prepare(quad: Quad<N>): void {
    if (quad.data) {
      quad.r = radii[quad.data.index!];
      return;
    }
    quad.r = 0;
    for (let i = 0; i < 4; ++i) {
      const child = quad[i];
      if (child && child.r > quad.r) quad.r = child.r;
    }
  }

  function visit(quad: Quad<N>, x0: number, y0: number, x1: number, y1: number): boolean | void {
    const data = quad.data;
    let rj = quad.r;
    let r = ri + rj;
    if (data) {
      if (data.index! > node.index!) {
        let x = xi - data.x! - data.vx!;
        let y = yi - data.y! - data.vy!;
        let l = x * x + y * y;
        if (l < r * r) {
          if (x === 0) (x = jiggle(random)), (l += x * x);
          if (y === 0) (y = jiggle(random)), (l += y * y);
          l = ((r - (l = Math.sqrt(l))) / l) * strength;
          node.vx! += (x *= l) * (r = (rj *= rj) / (ri2 + rj));
          node.vy! += (y *= l) * r;
          data.vx! -= x * (r = 1 - r);
          data.vy! -= y * r;
        }
      }
      return;
    }
    return x0 > xi + r || x1 < xi - r || y0 > yi + r || y1 < yi - r;
  }

  return chunked<N>(
    iterations,
    (all, source) => {
      nodes = all;
      random = source;
      radii = [];
      for (const n of nodes) radii[n.index!] = +radius(n);
    },
    () => {
      tree = (quadtree(nodes, (d) => d.x! + d.vx!, (d) => d.y! + d.vy!) as unknown as { visitAfter(f: (q: Quad<N>) => void): Tree<N> }).visitAfter(prepare);
    },
    (from, to) => {
      for (let i = from; i < to; ++i) {
        node = nodes[i];
        (ri = radii[node.index!]), (ri2 = ri * ri);
        xi = node.x! + node.vx!;
        yi = node.y! + node.vy!;
        tree.visit(visit);
      }
    },
    () => nodes.length,
  );
}

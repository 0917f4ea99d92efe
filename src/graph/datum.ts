/**
 * The fields d3-force reads and writes on nodes and links, as our own types: the public
 * declarations (a graph's nodes are in `GraphModel`) must not need `@types/d3-force` in a
 * consumer's project. Structurally the same as d3's `SimulationNodeDatum` / `SimulationLinkDatum`,
 * so d3's forces accept them.
 */
export interface NodeDatum {
  index?: number;
  x?: number;
  y?: number;
  vx?: number;
  vy?: number;
  fx?: number | null;
  fy?: number | null;
}

export interface LinkDatum<N extends NodeDatum> {
  source: N | string | number;
  target: N | string | number;
  index?: number;
}

/** A force as d3 calls it: once per tick with the simulation's alpha. */
export interface NodeForce<N extends NodeDatum> {
  (alpha: number): void;
  initialize?(nodes: N[], random: () => number): void;
}

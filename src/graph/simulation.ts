/**
 * The force simulation loop, as d3-force's `forceSimulation` minus its timer and event
 * dispatcher (the layout runner ticks it in frame-sized slices instead, so d3-timer and
 * d3-dispatch stay out of the bundle). Same semantics: phyllotaxis start for nodes without a
 * position, alpha cooling towards alphaTarget, velocity decay, pinned nodes (fx, fy).
 */
import type { NodeDatum, NodeForce } from './datum.js';

const INITIAL_RADIUS = 10;
const INITIAL_ANGLE = Math.PI * (3 - Math.sqrt(5));

type AnyForce<N extends NodeDatum> = NodeForce<N> & {
  initialize?: (nodes: N[], random: () => number) => void;
  /** A chunked force (forces.ts) runs in node ranges. */
  passes?: number;
  begin?: (alpha: number, pass: number) => void;
  apply?: (from: number, to: number) => void;
};

/** Nodes per step of a chunked force: ~2 ms of cold code for the many-body force here. */
const CHUNK = 256;

export class ForceSimulation<N extends NodeDatum> {
  private alphaValue = 1;
  private alphaMinValue = 0.001;
  private alphaDecayValue = 1 - Math.pow(0.001, 1 / 300);
  private alphaTargetValue = 0;
  private readonly velocityDecay = 0.6;
  private readonly forces = new Map<string, AnyForce<N>>();
  private forceList: AnyForce<N>[] = [];

  constructor(
    private readonly nodeList: N[],
    private readonly random: () => number,
  ) {
    nodeList.forEach((node, i) => {
      node.index = i;
      if (node.fx != null) node.x = node.fx;
      if (node.fy != null) node.y = node.fy;
      if (node.x == null || node.y == null || isNaN(node.x) || isNaN(node.y)) {
        const radius = INITIAL_RADIUS * Math.sqrt(0.5 + i);
        const angle = i * INITIAL_ANGLE;
        node.x = radius * Math.cos(angle);
        node.y = radius * Math.sin(angle);
      }
      if (node.vx == null || node.vy == null || isNaN(node.vx) || isNaN(node.vy)) node.vx = node.vy = 0;
    });
  }

  nodes(): N[] {
    return this.nodeList;
  }

  /** Adds a force (it is initialized with the nodes and the seeded random source). */
  force(name: string, force: unknown): this {
    const f = force as AnyForce<N>;
    f.initialize?.(this.nodeList, this.random);
    this.forces.set(name, f);
    this.forceList = [...this.forces.values()];
    return this;
  }

  alpha(): number;
  alpha(value: number): this;
  alpha(value?: number): number | this {
    if (value === undefined) return this.alphaValue;
    this.alphaValue = value;
    return this;
  }

  alphaMin(): number;
  alphaMin(value: number): this;
  alphaMin(value?: number): number | this {
    if (value === undefined) return this.alphaMinValue;
    this.alphaMinValue = value;
    return this;
  }

  alphaDecay(): number;
  alphaDecay(value: number): this;
  alphaDecay(value?: number): number | this {
    if (value === undefined) return this.alphaDecayValue;
    this.alphaDecayValue = value;
    return this;
  }

  alphaTarget(): number;
  alphaTarget(value: number): this;
  alphaTarget(value?: number): number | this {
    if (value === undefined) return this.alphaTargetValue;
    this.alphaTargetValue = value;
    return this;
  }

  private nextForce = 0;
  private pass = 0;
  private cursor = 0;
  private inTick = false;

  /**
   * One part of a tick: the next force (or, for a chunked force, its next range of nodes), or
   * (after the last force) moving the nodes. A tick's forces read positions and only add
   * velocities, so they may run in separate tasks: a large graph's tick never has to run in one
   * piece. Returns true when a tick is complete.
   */
  step(): boolean {
    const forces = this.forceList;
    if (!this.inTick) {
      this.inTick = true;
      this.alphaValue += (this.alphaTargetValue - this.alphaValue) * this.alphaDecayValue;
    }
    if (this.nextForce < forces.length) {
      const force = forces[this.nextForce];
      if (force.apply && force.begin) {
        if (this.cursor === 0) force.begin(this.alphaValue, this.pass);
        const to = Math.min(this.nodeList.length, this.cursor + CHUNK);
        force.apply(this.cursor, to);
        this.cursor = to < this.nodeList.length ? to : 0;
        if (this.cursor || ++this.pass < (force.passes ?? 1)) return false;
        this.pass = 0;
      } else force(this.alphaValue);
      this.nextForce++;
      return false;
    }
    this.nextForce = 0;
    this.inTick = false;
    this.move();
    return true;
  }

  private move(): void {
    for (const node of this.nodeList) {
      if (node.fx == null) node.x! += node.vx! *= this.velocityDecay;
      else (node.x = node.fx), (node.vx = 0);
      if (node.fy == null) node.y! += node.vy! *= this.velocityDecay;
      else (node.y = node.fy), (node.vy = 0);
    }
  }

  tick(iterations = 1): this {
    for (let k = 0; k < iterations; k++) {
      // A tick started by step() is finished first.
      if (this.inTick) while (!this.step());
      this.alphaValue += (this.alphaTargetValue - this.alphaValue) * this.alphaDecayValue;
      for (const force of this.forceList) force(this.alphaValue);
      this.move();
    }
    return this;
  }
}

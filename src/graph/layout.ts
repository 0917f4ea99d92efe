/**
 * The force layout (d3-force modules, never all of d3): link, many-body, collision sized by each
 * node's label, and centring, with a seeded random source and a phyllotaxis start, so the same
 * graph gives the same positions. Layout happens in world coordinates around (0, 0), independent
 * of the container's size; the viewport maps it to the screen.
 */
import { forceCenter, forceLink, forceX, forceY } from 'd3-force';
import { collideForce, manyBodyForce } from './forces.js';
import type { GraphLink, GraphModel, GraphNode } from './model.js';
import { seededRandom } from './random.js';
import { frameScheduler, type Scheduler } from '../scheduler.js';
import { ForceSimulation } from './simulation.js';

export type GraphSimulation = ForceSimulation<GraphNode>;

export interface LayoutOptions {
  seed?: number;
  /** Pull strengths towards the centre along x and y (default 0.04 each): see `stretchFor`. */
  stretch?: [number, number];
}

/**
 * Centring pulls that give a small graph the shape of its view. An unstretched layout is round,
 * so a wide view (1280 × 420) is fitted by its height, and shows forty nodes and their labels in
 * a third of its width at half size, too close together to label; pulling harder along y than
 * along x spreads the graph over the width instead. Large graphs are explored by zooming, and
 * keep the round layout.
 */
export function stretchFor(width: number, height: number, nodeCount: number): [number, number] | undefined {
  // In steps of a half, so that a scrollbar or a few pixels more do not give another picture.
  const aspect = Math.round((width / height) * 2) / 2;
  if (nodeCount > 100 || !(aspect > 1)) return undefined;
  // Found by measuring: about this much stretch gives the seed's 40 nodes the view's proportions.
  const s = Math.min(8, 1 + (aspect - 1) * 2.2);
  return [0.04 / s, 0.04 * s];
}

/** The radius the collision force keeps free around a node: its circle, widened for its label. */
export function collisionRadius(node: GraphNode, nodeCount: number): number {
  // Small graphs show every label, so their labels need room; large ones show few.
  const labelShare = nodeCount <= 100 ? 0.5 : nodeCount <= 500 ? 0.3 : 0.1;
  return Math.max(node.radius + 2, Math.min(node.labelWidth * labelShare, 80));
}

/** A stopped simulation over the model's nodes and links; call `tick()` or use a LayoutRunner. */
export function createSimulation(model: GraphModel, options: LayoutOptions = {}): GraphSimulation {
  const n = model.size;
  const large = n > 1000;
  const small = n <= 100;
  const random = seededRandom(options.seed ?? 1);
  for (const node of model.nodes) {
    // d3 places nodes with NaN positions on a phyllotaxis spiral; it must not reuse old ones.
    if (node.fx == null) {
      node.x = NaN;
      node.y = NaN;
    }
    node.vx = node.vy = 0;
  }
  const maxDegree = Math.max(1, ...model.nodes.map((node) => node.degree));
  const link = forceLink<GraphNode, GraphLink>(model.links)
    .id((node) => node.id)
    .distance((l) => (small ? 50 : 30) + (l.source.radius + l.target.radius) * 1.5)
    .strength((l) => 1 / Math.min(l.source.degree || 1, l.target.degree || 1));
  const charge = manyBodyForce<GraphNode>({
    strength: (node) => (small ? -160 : -40) - (small ? 260 : 140) * Math.sqrt(node.degree / maxDegree),
    theta: large ? 1.2 : 0.9,
    distanceMax: large ? 400 : 1000,
  });
  const collide = collideForce<GraphNode>((node) => collisionRadius(node, n), 0.8, large ? 1 : 2);
  return new ForceSimulation(model.nodes, random)
    .alphaDecay(large ? 0.04 : 0.0228)
    // Large graphs stop a little earlier: the last ticks move nodes by less than a pixel.
    .alphaMin(large ? 0.002 : 0.001)
    .force('link', link)
    .force('charge', charge)
    .force('collide', collide)
    .force('center', forceCenter(0, 0))
    // Without a pull towards the centre, components that no link joins drift apart.
    .force('x', forceX<GraphNode>(0).strength(options.stretch?.[0] ?? 0.04))
    .force('y', forceY<GraphNode>(0).strength(options.stretch?.[1] ?? 0.04));
}

/** How far a simulation has cooled from alpha 1 to its alphaMin, 0 to 1 (log scale, as ticks). */
export function layoutProgress(simulation: GraphSimulation): number {
  const alpha = simulation.alpha();
  const min = simulation.alphaMin();
  if (alpha <= min) return 1;
  return Math.max(0, Math.min(1, Math.log(alpha) / Math.log(min)));
}

/** Runs a simulation to rest synchronously (tests, small graphs); returns the ticks it took. */
export function settle(simulation: GraphSimulation, maxTicks = 1000): number {
  let ticks = 0;
  while (simulation.alpha() >= simulation.alphaMin() && ticks < maxTicks) {
    simulation.tick();
    ticks++;
  }
  return ticks;
}

export { frameScheduler, taskScheduler, type Scheduler } from '../scheduler.js';

export interface LayoutRunnerOptions {
  /** Milliseconds of ticking per frame; the rest of the frame is for drawing and input. */
  budget?: number;
  /** Called after each frame's ticks. */
  onTick?: (progress: number) => void;
  /** Called once the layout is at rest (or stopped). */
  onEnd?: () => void;
  scheduler?: Scheduler;
  now?: () => number;
}

/**
 * Ticks a simulation in slices of at most `budget` ms per frame, so a 2,000-node layout never
 * blocks the page for long (one tick of 2,000 nodes is a few ms), and the first frame can be
 * drawn before the layout has settled.
 */
export class LayoutRunner {
  private cancel?: () => void;
  private running = false;
  ticks = 0;

  constructor(
    readonly simulation: GraphSimulation,
    private readonly options: LayoutRunnerOptions = {},
  ) {}

  get active(): boolean {
    return this.running;
  }

  /** Starts (or re-heats to `alpha` and continues) the layout. */
  start(alpha?: number): void {
    if (alpha !== undefined) this.simulation.alpha(Math.max(this.simulation.alpha(), alpha));
    if (this.running) return;
    this.running = true;
    this.schedule();
  }

  /** Freezes the layout where it is. */
  stop(): void {
    const wasRunning = this.running;
    this.running = false;
    this.cancel?.();
    this.cancel = undefined;
    if (wasRunning) this.options.onEnd?.();
  }

  private schedule(): void {
    this.cancel = (this.options.scheduler ?? frameScheduler).request(() => this.slice());
  }

  private slice(): void {
    if (!this.running) return;
    const now = this.options.now ?? (() => performance.now());
    const budget = this.options.budget ?? 8;
    const started = now();
    const sim = this.simulation;
    let lastStep = 0;
    // Force by force, stopping before a step that would overrun the budget (judged by the last
    // step's cost), and only between whole ticks once the layout has cooled.
    let complete = false;
    do {
      const t0 = now();
      complete = sim.step();
      if (complete) this.ticks++;
      lastStep = now() - t0;
    } while (!(complete && sim.alpha() < sim.alphaMin()) && now() - started + lastStep <= budget);
    // A cooled layout ends on a whole tick, so the picture at rest is a finished one.
    if (!complete && sim.alpha() < sim.alphaMin()) {
      while (!sim.step());
      this.ticks++;
      complete = true;
    }
    const atRest = complete && sim.alpha() < sim.alphaMin() && sim.alphaTarget() < sim.alphaMin();
    this.options.onTick?.(layoutProgress(sim));
    if (atRest) {
      this.running = false;
      this.cancel = undefined;
      this.options.onEnd?.();
    } else this.schedule();
  }
}

import { expect } from '@open-wc/testing';
import { forceCollide, forceManyBody } from 'd3-force';
import { collideForce, manyBodyForce } from '../../src/graph/forces.js';
import { collisionRadius, createSimulation, layoutProgress, LayoutRunner, settle, type Scheduler } from '../../src/graph/layout.js';
import { GraphModel } from '../../src/graph/model.js';
import { seededRandom } from '../../src/graph/random.js';
import { ForceSimulation } from '../../src/graph/simulation.js';
import type { GraphNode } from '../../src/graph/model.js';
import { generateGraphEpisode } from './generate.js';

function seedModel(count = 40): GraphModel {
  const episode = generateGraphEpisode(count, 3);
  const model = new GraphModel(
    // The generator writes mention times as seconds (numbers), as a normalized episode has them.
    episode.entities!.map((e) => ({ ...e, aliases: [], mentions: e.mentions as number[] | undefined })),
    episode.links!,
  );
  model.sizeNodes('degree');
  model.measureLabels((text) => text.length * 7);
  return model;
}

/** A scheduler the test drives by hand, so slices run without frames or timers. */
function manualScheduler(): Scheduler & { run(): boolean } {
  let pending: (() => void) | undefined;
  return {
    request(callback) {
      pending = callback;
      return () => (pending = undefined);
    },
    run() {
      const callback = pending;
      pending = undefined;
      callback?.();
      return !!callback;
    },
  };
}

describe('graph/layout', () => {
  it('the seeded random source repeats for a seed and differs between seeds', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).to.deep.equal(first);
    expect(c()).to.not.equal(first[0]);
    for (const value of first) expect(value).to.be.within(0, 1);
  });

  it('is deterministic: the same graph and seed give the same positions', () => {
    const one = seedModel();
    const two = seedModel();
    settle(createSimulation(one, { seed: 9 }));
    settle(createSimulation(two, { seed: 9 }));
    for (let i = 0; i < one.size; i++) {
      expect(two.nodes[i].x).to.be.closeTo(one.nodes[i].x, 1e-6);
      expect(two.nodes[i].y).to.be.closeTo(one.nodes[i].y, 1e-6);
    }
  });

  it('settles around the origin with every position finite', () => {
    const model = seedModel();
    const ticks = settle(createSimulation(model));
    expect(ticks).to.be.within(100, 1000);
    let sx = 0;
    let sy = 0;
    for (const node of model.nodes) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y)).to.equal(true);
      sx += node.x;
      sy += node.y;
    }
    expect(Math.abs(sx / model.size)).to.be.below(5);
    expect(Math.abs(sy / model.size)).to.be.below(5);
  });

  it('linked nodes end closer together than unlinked ones (link force vs many-body)', () => {
    const model = seedModel();
    settle(createSimulation(model));
    const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
    const linked = model.links.map((l) => distance(l.source, l.target));
    const unlinked: number[] = [];
    for (let i = 0; i < model.size; i++) {
      for (let j = i + 1; j < model.size; j++) if (!model.neighbours[i].has(j)) unlinked.push(distance(model.nodes[i], model.nodes[j]));
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean(linked)).to.be.below(mean(unlinked) * 0.7);
  });

  it('collision keeps nodes from overlapping, with room for labels on small graphs', () => {
    const model = seedModel();
    settle(createSimulation(model));
    let overlaps = 0;
    for (let i = 0; i < model.size; i++) {
      for (let j = i + 1; j < model.size; j++) {
        const a = model.nodes[i];
        const b = model.nodes[j];
        if (Math.hypot(a.x - b.x, a.y - b.y) < (a.radius + b.radius) * 0.9) overlaps++;
      }
    }
    expect(overlaps).to.equal(0);
    const node = model.nodes[0];
    expect(collisionRadius({ ...node, labelWidth: 120 }, 40)).to.equal(60);
    expect(collisionRadius({ ...node, labelWidth: 120 }, 5000)).to.equal(Math.max(node.radius + 2, 12));
  });

  it('a pinned node (fx, fy) stays where it is put, and the others react', () => {
    const model = seedModel();
    const simulation = createSimulation(model);
    settle(simulation);
    const hub = model.bySize()[0];
    const before = model.nodes.map((n) => ({ x: n.x, y: n.y }));
    hub.fx = hub.x + 200;
    hub.fy = hub.y;
    simulation.alpha(0.5);
    settle(simulation);
    expect(hub.x).to.equal(hub.fx);
    // Its neighbours followed it to the right, more than the graph as a whole moved.
    const shift = (indices: number[]) => indices.reduce((sum, i) => sum + model.nodes[i].x - before[i].x, 0) / indices.length;
    const neighbours = [...model.neighbours[hub.index]];
    const others = model.nodes.map((n) => n.index).filter((i) => i !== hub.index && !model.neighbours[hub.index].has(i));
    expect(shift(neighbours) - shift(others)).to.be.greaterThan(20);
  });

  it('progress goes from 0 to 1 as alpha cools', () => {
    const simulation = createSimulation(seedModel());
    expect(layoutProgress(simulation)).to.equal(0);
    simulation.tick(100);
    const middle = layoutProgress(simulation);
    expect(middle).to.be.within(0.2, 0.8);
    settle(simulation);
    expect(layoutProgress(simulation)).to.equal(1);
  });

  it('the runner ticks in slices within its budget, and ends at rest', () => {
    const model = seedModel(500);
    const scheduler = manualScheduler();
    let clock = 0;
    const slices: number[] = [];
    let ended = 0;
    const simulation = createSimulation(model);
    // A fake clock: each step (a force or a range of nodes, or moving the nodes) "costs" 2 ms; a
    // tick of 500 nodes has 11 steps, so an 8 ms budget (4 steps) holds at most one complete tick.
    const realStep = simulation.step.bind(simulation);
    simulation.step = () => {
      clock += 2;
      return realStep();
    };
    const runner = new LayoutRunner(simulation, {
      budget: 8,
      scheduler,
      now: () => clock,
      onTick: () => slices.push(runner.ticks),
      onEnd: () => ended++,
    });
    runner.start();
    while (scheduler.run());
    expect(ended).to.equal(1);
    expect(runner.active).to.equal(false);
    expect(slices.length).to.be.greaterThan(50);
    const perSlice = slices.map((ticks, i) => ticks - (slices[i - 1] ?? 0));
    // (The last slice may finish its tick past the budget: the picture at rest is a whole tick.)
    expect(Math.max(...perSlice.slice(0, -1))).to.equal(1);
    // Slices end mid-tick: some hold no complete tick.
    expect(Math.min(...perSlice)).to.equal(0);
    expect(simulation.alpha()).to.be.below(simulation.alphaMin());
  });

  it('stop() freezes the layout and reports the end once', () => {
    const scheduler = manualScheduler();
    let ended = 0;
    const runner = new LayoutRunner(createSimulation(seedModel()), { scheduler, onEnd: () => ended++ });
    runner.start();
    scheduler.run();
    runner.stop();
    runner.stop();
    expect(scheduler.run()).to.equal(false);
    expect(ended).to.equal(1);
  });

  it('the chunked many-body and collision forces move nodes exactly as d3-force does', () => {
    // 600 nodes: three ranges per pass, two collision passes, 30 ticks step by step.
    const strength = (node: GraphNode) => -60 - 20 * node.degree;
    const radius = (node: GraphNode) => node.radius + 3;
    const run = (ours: boolean) => {
      const model = seedModel(600);
      const simulation = new ForceSimulation(model.nodes, seededRandom(3))
        .force('charge', ours ? manyBodyForce({ strength, theta: 0.9, distanceMax: 1000 }) : forceManyBody<GraphNode>().strength(strength).theta(0.9).distanceMax(1000))
        .force('collide', ours ? collideForce(radius, 0.8, 2) : forceCollide<GraphNode>(radius).strength(0.8).iterations(2));
      for (let tick = 0; tick < 30; tick++) {
        if (ours) while (!simulation.step());
        else simulation.tick();
      }
      return model.nodes.map((node) => [node.x, node.y]);
    };
    const d3 = run(false);
    const ours = run(true);
    expect(ours.flat().every(Number.isFinite)).to.equal(true);
    expect(ours).to.deep.equal(d3);
  });

  it('a step applies a chunked force to at most 256 nodes, pass by pass', () => {
    const model = seedModel(600);
    const calls: string[] = [];
    const force = Object.assign(() => calls.push('whole'), {
      passes: 2,
      begin: (_alpha: number, pass: number) => calls.push(`begin ${pass}`),
      apply: (from: number, to: number) => calls.push(`${from}-${to}`),
    });
    const simulation = new ForceSimulation(model.nodes, seededRandom(1)).force('f', force);
    let steps = 0;
    while (!simulation.step()) steps++;
    expect(calls).to.deep.equal(['begin 0', '0-256', '256-512', '512-600', 'begin 1', '0-256', '256-512', '512-600']);
    expect(steps).to.equal(6);
    // tick() runs whole forces.
    simulation.tick();
    expect(calls.slice(8)).to.deep.equal(['whole']);
  });
});

import { expect } from '@open-wc/testing';
import { distanceToSegment, findLink, nearestInDirection, NodeIndex } from '../../src/graph/hit-test.js';
import { GraphModel, type GraphNode } from '../../src/graph/model.js';
import { seededRandom } from '../../src/graph/random.js';

function placed(points: [string, number, number, number][]): GraphModel {
  const model = new GraphModel(points.map(([id]) => ({ id, name: id, type: 'concept' })), []);
  points.forEach(([, x, y, r], i) => Object.assign(model.nodes[i], { x, y, radius: r }));
  return model;
}

describe('graph/hit-test', () => {
  it('finds the node under a point, and nothing between nodes', () => {
    const model = placed([
      ['a', 0, 0, 10],
      ['b', 100, 0, 5],
      ['c', 50, 80, 20],
    ]);
    const index = new NodeIndex(model.nodes);
    expect(index.find({ x: 3, y: 4 })?.id).to.equal('a');
    expect(index.find({ x: 104, y: 0 })?.id).to.equal('b');
    expect(index.find({ x: 65, y: 90 })?.id).to.equal('c');
    expect(index.find({ x: 50, y: 0 })).to.equal(undefined);
    expect(index.find({ x: 107, y: 0 })).to.equal(undefined);
    expect(index.find({ x: 107, y: 0 }, 3)?.id).to.equal('b');
    expect(index.find({ x: 3, y: 4 }, 0, (n) => n.id !== 'a')).to.equal(undefined);
  });

  it('a big node wins over a small one whose centre is nearer but outside reach', () => {
    const model = placed([
      ['big', 0, 0, 30],
      ['small', 40, 0, 3],
    ]);
    expect(new NodeIndex(model.nodes).find({ x: 25, y: 0 })?.id).to.equal('big');
  });

  it('agrees with a brute-force search on 5,000 random nodes', () => {
    const random = seededRandom(5);
    const points: [string, number, number, number][] = Array.from({ length: 5000 }, (_, i) => [`n${i}`, random() * 2000, random() * 2000, 2 + random() * 6]);
    const model = placed(points);
    const index = new NodeIndex(model.nodes);
    const brute = (p: { x: number; y: number }) => {
      let best: GraphNode | undefined;
      let gap = Infinity;
      for (const node of model.nodes) {
        const g = Math.hypot(node.x - p.x, node.y - p.y) - node.radius;
        if (g <= 0 && g < gap) {
          gap = g;
          best = node;
        }
      }
      return best;
    };
    for (let i = 0; i < 500; i++) {
      const p = { x: random() * 2000, y: random() * 2000 };
      expect(index.find(p)?.id).to.equal(brute(p)?.id);
    }
  });

  it('lists the nodes inside a rectangle', () => {
    const model = placed([
      ['a', 0, 0, 1],
      ['b', 10, 10, 1],
      ['c', 30, 30, 1],
    ]);
    expect(new NodeIndex(model.nodes).within({ x0: -1, y0: -1, x1: 15, y1: 15 }).map((n) => n.id).sort()).to.deep.equal(['a', 'b']);
  });

  it('finds the link nearest a point', () => {
    const model = new GraphModel(
      ['a', 'b', 'c'].map((id) => ({ id, name: id, type: 'x' })),
      [
        { source: 'a', target: 'b', label: 'ab' },
        { source: 'b', target: 'c', label: 'bc' },
      ],
    );
    Object.assign(model.nodes[0], { x: 0, y: 0 });
    Object.assign(model.nodes[1], { x: 100, y: 0 });
    Object.assign(model.nodes[2], { x: 100, y: 100 });
    expect(distanceToSegment({ x: 50, y: 5 }, { x: 0, y: 0 }, { x: 100, y: 0 })).to.equal(5);
    expect(distanceToSegment({ x: -3, y: 4 }, { x: 0, y: 0 }, { x: 100, y: 0 })).to.equal(5);
    expect(findLink(model.links, { x: 50, y: 3 }, 5)?.label).to.equal('ab');
    expect(findLink(model.links, { x: 97, y: 50 }, 5)?.label).to.equal('bc');
    expect(findLink(model.links, { x: 50, y: 50 }, 5)).to.equal(undefined);
  });

  it('moves to the nearest node in an arrow direction', () => {
    const model = placed([
      ['centre', 0, 0, 5],
      ['right', 100, 10, 5],
      ['far-right', 300, 0, 5],
      ['up', 5, -80, 5],
      ['down-left', -60, 70, 5],
    ]);
    const from = model.node('centre')!;
    expect(nearestInDirection(model.nodes, from, 'right')?.id).to.equal('right');
    expect(nearestInDirection(model.nodes, from, 'up')?.id).to.equal('up');
    expect(nearestInDirection(model.nodes, from, 'down')?.id).to.equal('down-left');
    expect(nearestInDirection(model.nodes, from, 'left')?.id).to.equal('down-left');
    expect(nearestInDirection(model.nodes, model.node('far-right')!, 'right')).to.equal(undefined);
    expect(nearestInDirection(model.nodes, from, 'right', (n) => n.id !== 'right')?.id).to.equal('far-right');
  });
});

import { expect } from '@open-wc/testing';
import { placeLabels, overlaps, defaultLabelOptions, labelRanking } from '../../src/graph/labels.js';
import { kindColours } from '../../src/graph/colours.js';
import { KIND_COLOURS } from '../../src/entity-kinds.js';
import { wheelFactor } from '../../src/graph/gestures.js';
import { GraphModel } from '../../src/graph/model.js';
import { seededRandom } from '../../src/graph/random.js';
import { boundsOf, centreOn, fitBounds, IDENTITY, MAX_SCALE, panBy, toScreen, toWorld, zoomAt } from '../../src/graph/viewport.js';

describe('graph/viewport, labels, colours', () => {
  it('zooms around an anchor, keeping the point under it in place', () => {
    const t = zoomAt({ k: 1, x: 10, y: 20 }, 2, { x: 100, y: 100 });
    expect(t.k).to.equal(2);
    const world = toWorld({ k: 1, x: 10, y: 20 }, { x: 100, y: 100 });
    const back = toScreen(t, world);
    expect(back.x).to.be.closeTo(100, 1e-9);
    expect(back.y).to.be.closeTo(100, 1e-9);
    expect(zoomAt(IDENTITY, 1000, { x: 0, y: 0 }).k).to.equal(MAX_SCALE);
    expect(panBy(IDENTITY, 5, -5)).to.deep.equal({ k: 1, x: 5, y: -5 });
  });

  it('fits bounds into a box, centred', () => {
    const t = fitBounds({ x0: -100, y0: -50, x1: 100, y1: 50 }, 440, 440, 20);
    expect(t.k).to.equal(2);
    expect(toScreen(t, { x: 0, y: 0 })).to.deep.equal({ x: 220, y: 220 });
    const c = centreOn({ x: 30, y: 40 }, 200, 100, 1.5);
    expect(toScreen(c, { x: 30, y: 40 })).to.deep.equal({ x: 100, y: 50 });
    expect(boundsOf([{ x: 0, y: 0, radius: 5 }, { x: 10, y: 20, radius: 1 }])).to.deep.equal({ x0: -5, y0: -5, x1: 11, y1: 21 });
    expect(boundsOf([])).to.equal(undefined);
  });

  it('wheel steps zoom in when scrolling up, as d3-zoom does', () => {
    expect(wheelFactor({ deltaY: -100, deltaMode: 0, ctrlKey: false })).to.be.closeTo(Math.pow(2, 0.2), 1e-9);
    expect(wheelFactor({ deltaY: 100, deltaMode: 0, ctrlKey: false })).to.be.below(1);
    expect(wheelFactor({ deltaY: -3, deltaMode: 1, ctrlKey: false })).to.be.closeTo(Math.pow(2, 0.15), 1e-9);
  });

  it('places labels without overlaps; the biggest first; all of them when zoomed in', () => {
    const random = seededRandom(2);
    const model = new GraphModel(
      Array.from({ length: 300 }, (_, i) => ({ id: `n${i}`, name: `Node number ${i}`, type: 'concept' })),
      [],
    );
    model.nodes.forEach((node) => Object.assign(node, { x: random() * 800, y: random() * 600, radius: 3 + random() * 10, labelWidth: 80 }));
    const ranked = model.bySize();
    const options = { ...defaultLabelOptions(300), width: 800, height: 600 };
    const far = placeLabels(ranked, IDENTITY, options);
    expect(far.length).to.be.at.most(options.always);
    expect(far[0].node).to.equal(ranked[0]);
    for (let i = 0; i < far.length; i++) for (let j = i + 1; j < far.length; j++) expect(overlaps(far[i], far[j])).to.equal(false);
    const near = placeLabels(ranked, { k: 3, x: -600, y: -400 }, options);
    expect(near.some((box) => ranked.indexOf(box.node) >= options.always)).to.equal(true);
    for (let i = 0; i < near.length; i++) for (let j = i + 1; j < near.length; j++) expect(overlaps(near[i], near[j])).to.equal(false);
  });

  it('keeps labels inside the view: slid in from the sides, above the node at the bottom', () => {
    const model = new GraphModel(
      ['left', 'right', 'bottom', 'outside'].map((id) => ({ id, name: id, type: 'concept', aliases: [], mentions: [], mentionsSource: 'none' as const })),
      [],
    );
    const at: Record<string, [number, number]> = { left: [3, 100], right: [387, 100], bottom: [200, 295], outside: [-20, 100] };
    model.nodes.forEach((node) => Object.assign(node, { x: at[node.id][0], y: at[node.id][1], radius: 6, labelWidth: 120 }));
    const boxes = placeLabels(model.bySize(), IDENTITY, { ...defaultLabelOptions(4), width: 390, height: 300 });
    const byId = new Map(boxes.map((box) => [box.node.id, box]));
    expect([...byId.keys()].sort()).to.deep.equal(['bottom', 'left', 'right']);
    for (const box of boxes) {
      expect(box.x - box.width / 2, `${box.node.id} left edge`).to.be.at.least(0);
      expect(box.x + box.width / 2, `${box.node.id} right edge`).to.be.at.most(390);
      expect(box.y, `${box.node.id} top`).to.be.at.least(0);
      expect(box.y + box.height, `${box.node.id} bottom`).to.be.at.most(300);
    }
    expect(byId.get('left')!.y).to.be.greaterThan(100);
    expect(byId.get('bottom')!.y + byId.get('bottom')!.height).to.be.at.most(295 - 6);
  });

  it('small graphs: people first, then the most connected; a label blocked below goes beside its node, never over a circle', () => {
    const model = new GraphModel(
      [
        { id: 'hub', name: 'Hub', type: 'company' },
        { id: 'host', name: 'Host', type: 'person' },
        { id: 'under', name: 'Under', type: 'concept' },
        { id: 'leaf', name: 'Leaf', type: 'concept' },
      ],
      [
        { source: 'hub', target: 'under' },
        { source: 'hub', target: 'leaf' },
        { source: 'under', target: 'leaf' },
      ],
    );
    expect(labelRanking(model).map((n) => n.id)).to.deep.equal(['host', 'hub', 'under', 'leaf']);
    // The host's circle has a node right under it and another right above: its label goes to a side.
    const at: Record<string, [number, number]> = { host: [200, 150], under: [200, 172], hub: [200, 128], leaf: [40, 40] };
    model.nodes.forEach((node) => Object.assign(node, { x: at[node.id][0], y: at[node.id][1], radius: 6, labelWidth: 40 }));
    const options = { ...defaultLabelOptions(4), lineHeight: 16, width: 400, height: 300 };
    const boxes = placeLabels(labelRanking(model), IDENTITY, options);
    expect(boxes.map((box) => box.node.id)).to.deep.equal(['host', 'hub', 'under', 'leaf']);
    const host = boxes[0];
    expect(Math.abs(host.x - 200)).to.be.greaterThan(host.width / 2);
    for (const box of boxes) {
      for (const other of boxes) if (other !== box) expect(overlaps(box, other), `${box.node.id} / ${other.node.id}`).to.equal(false);
      for (const node of model.nodes) {
        if (node === box.node) continue;
        const nx = Math.min(Math.max(node.x, box.x - box.width / 2), box.x + box.width / 2);
        const ny = Math.min(Math.max(node.y, box.y), box.y + box.height);
        expect(Math.hypot(node.x - nx, node.y - ny), `${box.node.id} over ${node.id}`).to.be.at.least(node.radius);
      }
    }
  });

  it('colours known kinds by name and others from a palette, themeable', () => {
    const colours = kindColours(['company', 'podcast', 'person', 'festival', 'podcast']);
    expect(colours.get('company')).to.equal(KIND_COLOURS.company);
    expect(colours.get('podcast')).to.be.a('string').and.not.equal(colours.get('festival'));
    expect(colours.size).to.equal(4);
    expect(kindColours(['person'], () => 'rebeccapurple').get('person')).to.equal('rebeccapurple');
  });
});

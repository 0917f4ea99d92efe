import { expect, fixture, html } from '@open-wc/testing';
import type { HoverInfo } from '../../src/graph/graph-view.js';
import { GraphModel, type GraphLink, type GraphNode } from '../../src/graph/model.js';
import { NodePointer, touchTooltipAfterTap, type PointerView } from '../../src/graph/node-pointer.js';
import type { Scene } from '../../src/graph/scene.js';
import { IDENTITY, type Transform } from '../../src/graph/viewport.js';

/** Two nodes, `a` at (50, 50) and `b` at (200, 50), on a 300 px square with no zoom. */
function twoNodes(): GraphModel {
  const model = new GraphModel(
    [
      { id: 'a', name: 'A', type: 'concept' },
      { id: 'b', name: 'B', type: 'person' },
    ],
    [],
  );
  Object.assign(model.nodes[0], { x: 50, y: 50, radius: 10 });
  Object.assign(model.nodes[1], { x: 200, y: 50, radius: 10 });
  return model;
}

/** A view that records what the pointer told it. */
class FakeView implements PointerView {
  readonly scene: Scene;
  traced: GraphNode | GraphLink | undefined;
  tooltipShown: HoverInfo | null = null;
  focusHolds = false;
  selected: (GraphNode | null)[] = [];
  heated: boolean[] = [];
  transforms: Transform[] = [];

  constructor(model: GraphModel) {
    this.scene = {
      model,
      transform: IDENTITY,
      width: 300,
      height: 300,
      colours: new Map(),
      theme: {} as Scene['theme'],
      activeNodes: new Set(),
      activeLinks: new Set(),
      selected: -1,
      mentioned: new Set(),
      hiddenKinds: new Set(),
      focused: -1,
      labels: [],
    };
  }

  trace(node: GraphNode | undefined, link: GraphLink | undefined): void {
    this.traced = node ?? link;
  }
  tooltip(info: HoverInfo | null): void {
    this.tooltipShown = info;
  }
  focusTraced(): boolean {
    return this.focusHolds;
  }
  pointerTraced(): void {
    this.focusHolds = false;
  }
  setTransform(transform: Transform): void {
    this.scene.transform = transform;
    this.transforms.push(transform);
  }
  select(node: GraphNode | null): void {
    this.selected.push(node);
  }
  dragLayout(active: boolean): void {
    this.heated.push(active);
  }
  moved(): void {}
}

describe('graph/node-pointer', () => {
  let container: HTMLElement;
  let view: FakeView;
  let pointer: NodePointer;
  let nextId = 1;

  const press = (type: string, x: number, y: number, pointerType = 'touch', id = nextId) => {
    const box = container.getBoundingClientRect();
    container.dispatchEvent(
      new PointerEvent(type, { pointerId: id, pointerType, clientX: box.left + x, clientY: box.top + y, bubbles: true, composed: true, isPrimary: true, button: 0 }),
    );
  };
  const tap = (x: number, y: number, pointerType = 'touch') => {
    press('pointerdown', x, y, pointerType);
    press('pointerup', x, y, pointerType);
    nextId++;
  };

  beforeEach(async () => {
    container = await fixture(html`<div></div>`);
    container.style.setProperty('width', '300px');
    container.style.setProperty('height', '300px');
    view = new FakeView(twoNodes());
    pointer = new NodePointer(container, view);
  });

  afterEach(() => pointer.destroy());

  it('a tap on a node opens its tooltip, a second tap on it or a tap on another node switches or closes it', () => {
    const [a, b] = view.scene.model.nodes;
    expect(touchTooltipAfterTap(undefined, a)).to.equal(a);
    expect(touchTooltipAfterTap(a, a)).to.equal(undefined);
    expect(touchTooltipAfterTap(a, b)).to.equal(b);
    expect(touchTooltipAfterTap(a, undefined)).to.equal(undefined);

    tap(50, 50);
    expect(view.tooltipShown?.node).to.equal(a);
    expect(view.tooltipShown?.point).to.deep.equal({ x: 50, y: 50 });
    expect(view.traced).to.equal(a);
    expect(view.selected).to.deep.equal([a]);
    tap(200, 50);
    expect(view.tooltipShown?.node).to.equal(b);
    tap(200, 50);
    expect(view.tooltipShown).to.equal(null);
    expect(view.traced).to.equal(undefined);
  });

  it('a mouse click chooses a node without opening a tooltip', () => {
    tap(50, 50, 'mouse');
    expect(view.selected).to.deep.equal([view.scene.model.nodes[0]]);
    expect(view.tooltipShown).to.equal(null);
  });

  it('a press elsewhere on the page closes a tapped tooltip; a press inside the graph does not count as outside', () => {
    tap(50, 50);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' }));
    expect(view.tooltipShown).to.equal(null);
    expect(view.traced).to.equal(undefined);
    tap(50, 50);
    press('pointerdown', 120, 200);
    expect(view.tooltipShown?.node).to.equal(view.scene.model.nodes[0]);
  });

  it('the tapped tooltip follows the view, and closes on request', () => {
    const [a] = view.scene.model.nodes;
    tap(50, 50);
    view.scene.transform = { x: 10, y: 20, k: 2 };
    pointer.transformChanged();
    expect(view.tooltipShown?.point).to.deep.equal({ x: 110, y: 120 });
    expect(view.tooltipShown?.node).to.equal(a);
    pointer.closeTouchTooltip();
    expect(view.tooltipShown).to.equal(null);
  });

  it('the mouse leaving keeps a trace that keyboard focus holds, and hovering takes it over', () => {
    const [a] = view.scene.model.nodes;
    view.focusHolds = true;
    view.traced = a;
    press('pointerleave', 400, 400, 'mouse');
    expect(view.traced).to.equal(a);
    press('pointermove', 200, 50, 'mouse');
    expect(view.traced).to.equal(view.scene.model.nodes[1]);
    expect(view.focusHolds).to.equal(false);
    press('pointerleave', 400, 400, 'mouse');
    expect(view.traced).to.equal(undefined);
    expect(view.tooltipShown).to.equal(null);
  });

  it('a drag pins the node under the pointer, reheats the layout, and lets it go on release', () => {
    const [a] = view.scene.model.nodes;
    press('pointerdown', 50, 50, 'mouse');
    press('pointermove', 80, 90, 'mouse');
    expect(pointer.dragging).to.equal(a);
    expect([a.x, a.y, a.fx, a.fy]).to.deep.equal([80, 90, 80, 90]);
    expect(view.heated).to.deep.equal([true]);
    // Hover does not move the trace off the dragged node.
    press('pointermove', 200, 50, 'mouse', 99);
    expect(view.traced).to.equal(a);
    press('pointerup', 80, 90, 'mouse');
    expect(pointer.dragging).to.equal(undefined);
    expect([a.fx, a.fy]).to.deep.equal([null, null]);
    expect(view.heated).to.deep.equal([true, false]);
    expect(view.selected).to.deep.equal([]);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/knowledge-graph/index.js';
import type { KnowledgeGraph } from '../src/components/knowledge-graph/knowledge-graph.js';
import { waitUntil } from './helpers/media.js';

/** The seed page's graph: 40 entities, 84 connections, three people. */
const PAGE_SEED = '/tests/fixtures/episodes/page-seed.json';
const PEOPLE = ['Lex Fridman', 'Dylan Patel', 'Nathan Lambert'];

const $$ = <T extends Element>(el: KnowledgeGraph, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const shownLabels = (el: KnowledgeGraph) => $$<SVGTextElement>(el, '[part="label"]:not([display])');

async function seedGraphAt(width: number): Promise<KnowledgeGraph> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.style.setProperty('width', `${width}px`);
  const el = document.createElement('knowledge-graph') as KnowledgeGraph;
  el.src = PAGE_SEED;
  container.append(el);
  await waitUntil(() => $$(el, '[part~="node"]').length > 0, 'nodes');
  await el.settled;
  await el.updateComplete;
  return el;
}

interface Circle {
  name: string;
  x: number;
  y: number;
  r: number;
}

/** Every node's circle as drawn, in viewport px. */
function circles(el: KnowledgeGraph): Circle[] {
  return $$<SVGGElement>(el, '[part~="node"]').map((g) => {
    const box = g.querySelector('circle')!.getBoundingClientRect();
    return { name: g.getAttribute('aria-label')!.split(',')[0], x: box.left + box.width / 2, y: box.top + box.height / 2, r: box.width / 2 };
  });
}

/** How far a circle reaches into a box (> 0: they overlap). */
function circleIntrusion(c: Circle, box: DOMRect): number {
  const nx = Math.min(Math.max(c.x, box.left), box.right);
  const ny = Math.min(Math.max(c.y, box.top), box.bottom);
  return c.r - Math.hypot(c.x - nx, c.y - ny);
}

/** Labels as drawn: none covers another label or another node's circle (1 px of anti-aliasing allowed). */
function expectLegibleLabels(el: KnowledgeGraph): void {
  const labels = shownLabels(el);
  const boxes = labels.map((l) => l.getBoundingClientRect());
  const nodes = circles(el);
  for (let i = 0; i < boxes.length; i++) {
    const [a, name] = [boxes[i], labels[i].textContent];
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j];
      const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      expect(overlap, `label ${name} / label ${labels[j].textContent}`).to.equal(false);
    }
    for (const c of nodes) if (c.name !== name) expect(circleIntrusion(c, a), `label ${name} / node ${c.name}`).to.be.at.most(1);
  }
}

describe('<knowledge-graph> labels at seed size', () => {
  it('at 1280 px: every person is labelled, nearly every node, and no label covers a label or a node', async () => {
    const el = await seedGraphAt(1280);
    const names = shownLabels(el).map((l) => l.textContent);
    for (const person of PEOPLE) expect(names, person).to.include(person);
    for (const name of ['Taiwan', 'Open Weights', 'H100', 'China']) expect(names, name).to.include(name);
    expect(names.length, `${40 - names.length} labels hidden`).to.be.at.least(36);
    expectLegibleLabels(el);
  });

  it('at a phone width (390 px): no label covers another label or another node', async () => {
    const el = await seedGraphAt(390);
    expect(shownLabels(el).length).to.be.greaterThan(0);
    expectLegibleLabels(el);
  });
});

describe('<knowledge-graph> on touch', () => {
  const tooltip = (el: KnowledgeGraph) => el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
  const nodeEl = (el: KnowledgeGraph, name: string) =>
    $$<SVGGElement>(el, '[part~="node"]').find((n) => n.getAttribute('aria-label')!.startsWith(`${name},`))!;

  /** A finger's tap, as a phone sends it: pointer events, then focus from the compatibility mousedown. */
  function tap(target: Element, point: { x: number; y: number }): void {
    const init = { pointerId: 7, pointerType: 'touch', isPrimary: true, button: 0, clientX: point.x, clientY: point.y, bubbles: true, composed: true };
    target.dispatchEvent(new PointerEvent('pointerdown', init));
    target.dispatchEvent(new PointerEvent('pointerup', init));
    if (target instanceof SVGGElement) target.focus();
  }

  it("a tap shows a node's tooltip; a second tap, a tap on the background or outside the graph hides it", async () => {
    const el = await seedGraphAt(800);
    const surface = el.shadowRoot!.querySelector('.surface')!;
    const lex = nodeEl(el, 'Lex Fridman');
    const at = el.nodeClientPoint('lex-fridman')!;

    tap(lex, at);
    await waitUntil(() => !tooltip(el).hidden, 'the tooltip after a tap');
    expect(tooltip(el).textContent).to.contain('Lex Fridman');
    tap(lex, el.nodeClientPoint('lex-fridman')!);
    await waitUntil(() => tooltip(el).hidden, 'the tooltip hides at a second tap');
    expect(lex.getAttribute('part')).to.not.contain('active');

    tap(lex, el.nodeClientPoint('lex-fridman')!);
    await waitUntil(() => !tooltip(el).hidden, 'the tooltip after a third tap');
    const box = surface.getBoundingClientRect();
    tap(surface, { x: box.right - 4, y: box.bottom - 4 });
    await waitUntil(() => tooltip(el).hidden, 'the tooltip hides at a tap on the background');

    tap(lex, el.nodeClientPoint('lex-fridman')!);
    await waitUntil(() => !tooltip(el).hidden, 'the tooltip after a fourth tap');
    tap(document.body, { x: 1, y: 1 });
    await waitUntil(() => tooltip(el).hidden, 'the tooltip hides at a tap outside the graph');
  });
});

describe('<knowledge-graph> details panel', () => {
  const details = (el: KnowledgeGraph) => el.shadowRoot!.querySelector<HTMLElement>('[part="details"]');
  const nodeEl = (el: KnowledgeGraph, name: string) => $$<SVGGElement>(el, '[part~="node"]').find((g) => g.getAttribute('aria-label')!.startsWith(`${name},`))!;

  it("selecting a node under the panel's place brings it and its neighbours out from under the panel", async () => {
    const el = await seedGraphAt(800);
    const episode = await (await fetch(PAGE_SEED)).json();
    const names = new Map<string, string>(episode.entities.map((e: { id: string; name: string }) => [e.id, e.name]));
    // The node furthest right: where the panel (17rem, on the right) will open.
    const ids = [...names.keys()];
    const rightmost = ids.reduce((a, b) => (el.nodeClientPoint(a)!.x >= el.nodeClientPoint(b)!.x ? a : b));
    const neighbours = episode.links
      .filter((l: { source: string; target: string }) => l.source === rightmost || l.target === rightmost)
      .map((l: { source: string; target: string }) => (l.source === rightmost ? l.target : l.source));
    nodeEl(el, names.get(rightmost)!).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !!details(el), 'the details panel');
    await el.updateComplete;
    const panel = details(el)!.getBoundingClientRect();
    const surface = el.shadowRoot!.querySelector('.surface')!.getBoundingClientRect();
    expect(panel.left, 'the panel floats over the graph').to.be.lessThan(surface.right);
    for (const id of [rightmost, ...neighbours]) {
      const p = el.nodeClientPoint(id)!;
      expect(p.x, `${names.get(id)} left of the panel`).to.be.lessThan(panel.left);
      expect(p.x, `${names.get(id)} in view`).to.be.greaterThan(surface.left);
      expect(p.y, `${names.get(id)} in view`).to.be.within(surface.top, surface.bottom);
    }
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/components/episode-provider/index.js';
import '../src/components/knowledge-graph/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import type { KnowledgeGraph } from '../src/components/knowledge-graph/knowledge-graph.js';
import { waitUntil } from './helpers/media.js';

const SEED = '/tests/fixtures/episodes/graph-seed.json';

// A small harness, so the tests read as what a user does and sees.
const $ = <T extends Element = HTMLElement>(el: KnowledgeGraph, selector: string) => el.shadowRoot!.querySelector<T>(selector as string) as T;
const $$ = <T extends Element = HTMLElement>(el: KnowledgeGraph, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const nodes = (el: KnowledgeGraph) => $$<SVGGElement>(el, '[part~="node"]');
const nodeEl = (el: KnowledgeGraph, name: string) => nodes(el).find((n) => n.getAttribute('aria-label')!.startsWith(`${name},`))!;
const partOf = (el: KnowledgeGraph, name: string) => nodeEl(el, name).getAttribute('part');
const tooltip = (el: KnowledgeGraph) => $(el, '[part="tooltip"]');
const surfaceCentre = (el: KnowledgeGraph) => {
  const box = $(el, '.surface').getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
};

async function seedGraph(attributes = ''): Promise<KnowledgeGraph> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  // Attributes vary per test; build the element with them.
  container.innerHTML = `<knowledge-graph src="${SEED}" ${attributes}></knowledge-graph>`;
  const el = container.querySelector('knowledge-graph')!;
  await waitUntil(() => nodes(el).length > 0, 'nodes');
  await el.settled;
  await el.updateComplete;
  return el;
}

async function moveTo(point: { x: number; y: number }) {
  await sendMouse({ type: 'move', position: [Math.round(point.x), Math.round(point.y)] });
}

async function clickAt(point: { x: number; y: number }) {
  await moveTo(point);
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'up' });
}

/** The centre of the part of the surface that the details panel leaves free (it floats on the right when wide). */
const freeCentre = (el: KnowledgeGraph) => {
  const box = $(el, '.surface').getBoundingClientRect();
  const panel = $(el, '[part="details"]')?.getBoundingClientRect();
  const right = panel && panel.left < box.right && panel.top < box.bottom ? panel.left : box.right;
  return { x: (box.left + right) / 2, y: box.top + box.height / 2 };
};

/** A spot of the surface with no node and no link under it. */
function emptySpot(el: KnowledgeGraph): { x: number; y: number } {
  const box = $(el, '.surface').getBoundingClientRect();
  return { x: box.right - 6, y: box.bottom - 6 };
}

describe('<knowledge-graph>', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('alone from src: draws every entity and link as SVG, with counts and accessible names', async () => {
    const el = await seedGraph();
    expect(el.activeRenderer).to.equal('svg');
    expect(nodes(el).length).to.equal(40);
    expect($$(el, '[part~="link"]').length).to.equal(84);
    expect($(el, '[part="header"]').textContent).to.contain('40 entities · 84 connections');
    expect(nodeEl(el, 'DeepSeek').getAttribute('aria-label')).to.equal('DeepSeek, company, 13 connections');
    // Labels are text, and none overlaps another.
    const labels = $$<SVGTextElement>(el, '[part="label"]:not([display])');
    expect(labels.map((l) => l.textContent)).to.include('DeepSeek');
    const boxes = labels.map((l) => l.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.left < b.right - 2 && b.left < a.right - 2 && a.top < b.bottom - 2 && b.top < a.bottom - 2;
        expect(overlap, `${labels[i].textContent} / ${labels[j].textContent}`).to.equal(false);
      }
  });

  it('given an episode object, its first render shows the graph (no "Loading…" in between); from src, it loads first', async () => {
    const episode = await (await fetch(SEED)).json();
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const seen: string[] = [];
    const record = (el: Element) =>
      new MutationObserver(() => {
        for (const part of ['loading', 'header']) if (el.shadowRoot!.querySelector(`[part~="${part}"]`) && !seen.includes(part)) seen.push(part);
      }).observe(el.shadowRoot!, { childList: true, subtree: true });
    const el = document.createElement('knowledge-graph') as KnowledgeGraph;
    el.episode = episode;
    container.append(el);
    record(el);
    await el.updateComplete;
    expect(seen).to.deep.equal(['header']);
    expect(nodes(el)).to.have.length(episode.entities.length);

    const fromSrc = document.createElement('knowledge-graph') as KnowledgeGraph;
    fromSrc.src = SEED;
    container.append(fromSrc);
    seen.length = 0;
    record(fromSrc);
    await waitUntil(() => nodes(fromSrc).length > 0, 'nodes from src');
    expect(seen).to.deep.equal(['loading', 'header']);
  });

  it('the same episode draws the same picture every time', async () => {
    const a = await seedGraph();
    const b = await seedGraph();
    for (const id of ['deepseek', 'tsmc', 'lex']) {
      const pa = a.nodeClientPoint(id)!;
      const pb = b.nodeClientPoint(id)!;
      const ca = surfaceCentre(a);
      const cb = surfaceCentre(b);
      expect(pa.x - ca.x).to.be.closeTo(pb.x - cb.x, 0.5);
      expect(pa.y - ca.y).to.be.closeTo(pb.y - cb.y, 0.5);
    }
  });

  it('hovering a node marks it and its neighbours active, dims the rest and shows a tooltip', async () => {
    const el = await seedGraph();
    await moveTo(el.nodeClientPoint('tsmc')!);
    await waitUntil(() => partOf(el, 'TSMC') === 'node active', 'hover');
    expect(partOf(el, 'Taiwan')).to.equal('node active');
    expect(partOf(el, 'ASML')).to.equal('node active');
    expect(partOf(el, 'Claude')).to.equal('node');
    expect($$(el, '[part="link active"]').length).to.equal(8);
    await waitUntil(() => $(el, '.surface-svg').classList.contains('hovering'), 'the rest dims');
    expect(tooltip(el).hidden).to.equal(false);
    expect(tooltip(el).textContent).to.contain('TSMC').and.contain('company').and.contain('8 connections');
    await moveTo(emptySpot(el));
    await waitUntil(() => tooltip(el).hidden, 'tooltip hides');
    expect(partOf(el, 'TSMC')).to.equal('node');
  });

  it('hovering a link shows its label', async () => {
    const el = await seedGraph();
    const a = el.nodeClientPoint('tsmc')!;
    const b = el.nodeClientPoint('taiwan')!;
    // A point on the segment, outside both circles and clear of every other node.
    const circles = nodes(el).map((n) => n.getBoundingClientRect());
    const clear = (p: { x: number; y: number }) => circles.every((r) => Math.hypot(p.x - (r.left + r.right) / 2, p.y - (r.top + r.bottom) / 2) > r.width / 2 + 8);
    const along = [0.5, 0.4, 0.6, 0.3, 0.7].map((f) => ({ x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f }));
    await moveTo(along.find(clear) ?? along[0]);
    await waitUntil(() => !tooltip(el).hidden, 'link tooltip');
    expect(tooltip(el).textContent).to.contain('based in');
  });

  it('two relations of one pair: one line carrying both labels, counted as two everywhere', async () => {
    // The seed page links DeepSeek-V3 and Mixture-of-experts twice: "uses" and "cuts cost of".
    const el = await fixture<KnowledgeGraph>(html`<knowledge-graph src="/tests/fixtures/episodes/page-seed.json"></knowledge-graph>`);
    await waitUntil(() => nodes(el).length > 0, 'nodes');
    await el.settled;
    await el.updateComplete;
    expect($(el, '[part="header"]').textContent).to.contain('40 entities · 84 connections');
    expect($$(el, '[part~="link"]').length, 'lines drawn').to.equal(83);
    const v3 = nodeEl(el, 'DeepSeek V3');
    const connections = Number(/(\d+) connections$/.exec(v3.getAttribute('aria-label')!)![1]);
    const episode = el.currentEpisode!;
    expect(connections).to.equal(episode.links.filter((l) => l.source === 'deepseek-v3' || l.target === 'deepseek-v3').length);
    const a = el.nodeClientPoint('deepseek-v3')!;
    const b = el.nodeClientPoint('mixture-of-experts')!;
    await moveTo({ x: a.x + (b.x - a.x) * 0.5, y: a.y + (b.y - a.y) * 0.5 });
    await waitUntil(() => !tooltip(el).hidden, 'link tooltip');
    expect(tooltip(el).textContent).to.contain('uses').and.contain('cuts cost of');
    await moveTo(emptySpot(el));
    await clickAt(el.nodeClientPoint('deepseek-v3')!);
    await waitUntil(() => !!$(el, '[part="details"]'), 'the details panel');
    const details = $(el, '[part="details"]');
    expect(details.textContent).to.contain(`${connections} connections`);
    const moe = [...details.querySelectorAll('.connections li')].find((li) => li.querySelector('button')!.textContent!.trim() === 'Mixture of Experts')!;
    expect(moe.textContent).to.contain('uses').and.contain('cuts cost of');
  });

  it('clicking a node selects it: entity-select, part selected, and a details panel', async () => {
    const el = await seedGraph();
    const event = oneEvent(el, 'entity-select');
    await clickAt(el.nodeClientPoint('deepseek')!);
    expect((await event).detail).to.deep.equal({ id: 'deepseek' });
    await el.updateComplete;
    expect(partOf(el, 'DeepSeek')).to.contain('selected');
    await waitUntil(() => !!$(el, '[part="details"]'), 'the details panel (a chunk of its own)');
    const details = $(el, '[part="details"]');
    expect(details.querySelector('h3')!.textContent).to.equal('DeepSeek');
    expect(details.textContent).to.contain('company').and.contain('A Chinese AI lab');
    expect(details.querySelector('a')!.getAttribute('href')).to.equal('https://www.deepseek.com');
    const connections = [...details.querySelectorAll('.connections button')].map((b) => b.textContent!.trim());
    expect(connections).to.include('High-Flyer').and.to.have.length(13);
  });

  it('details: a connection selects that entity; a mention time seeks', async () => {
    const el = await seedGraph();
    await clickAt(el.nodeClientPoint('deepseek')!);
    await el.updateComplete;
    await waitUntil(() => !!$(el, '[part="details"]'), 'the details panel (a chunk of its own)');
    const details = $(el, '[part="details"]');
    const next = oneEvent(el, 'entity-select');
    [...details.querySelectorAll<HTMLButtonElement>('.connections button')].find((b) => b.textContent!.trim() === 'High-Flyer')!.click();
    expect((await next).detail).to.deep.equal({ id: 'high-flyer' });
    await waitUntil(() => $(el, '[part="details"] h3')?.textContent === 'High-Flyer', 'details of High-Flyer');
    const times = [...$(el, '[part="details"]').querySelectorAll<HTMLButtonElement>('.mentions button')];
    expect(times.map((b) => b.textContent!.trim())).to.deep.equal(['4:30:00']);
    const seek = oneEvent(el, 'seek');
    times[0].click();
    expect((await seek).detail).to.deep.equal({ time: 16200 });
  });

  it('Escape and a click on the background clear the selection (entity-select null)', async () => {
    const el = await seedGraph();
    await clickAt(el.nodeClientPoint('deepseek')!);
    await el.updateComplete;
    let cleared = oneEvent(el, 'entity-select');
    await sendKeys({ press: 'Escape' });
    expect((await cleared).detail).to.deep.equal({ id: null });
    await el.updateComplete;
    expect($(el, '[part="details"]')).to.equal(null);
    expect(partOf(el, 'DeepSeek')).to.not.contain('selected');

    // Selecting DeepSeek panned its neighbours out from under the details panel: show all again.
    $<HTMLButtonElement>(el, '[part="controls"] button[aria-label="Fit to view"]').click();
    await clickAt(el.nodeClientPoint('tsmc')!);
    await el.updateComplete;
    cleared = oneEvent(el, 'entity-select');
    await clickAt(emptySpot(el));
    expect((await cleared).detail).to.deep.equal({ id: null });
  });

  it('keyboard only: one tab stop, arrows move between nodes, Enter selects, Escape clears', async () => {
    const el = await fixture<HTMLElement>(html`<div><button>before</button><knowledge-graph src=${SEED}></knowledge-graph></div>`);
    const graph = el.querySelector('knowledge-graph')!;
    await waitUntil(() => nodes(graph).length > 0, 'nodes');
    await graph.settled;
    el.querySelector('button')!.focus();
    // Tab: the search field, then the controls, then the graph's one node stop.
    await sendKeys({ press: 'Tab' });
    expect(graph.shadowRoot!.activeElement?.id).to.equal('search');
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const first = graph.shadowRoot!.activeElement as SVGGElement;
    expect(first.getAttribute('part')).to.contain('node');
    expect(first.getAttribute('aria-label')).to.match(/, \d+ connections$/);
    expect(nodes(graph).filter((n) => n.getAttribute('tabindex') === '0')).to.have.length(1);
    // Focus traces connections as hover does.
    expect(first.getAttribute('part')).to.equal('node active');
    expect(tooltip(graph).hidden).to.equal(false);

    const from = first.getBoundingClientRect();
    await sendKeys({ press: 'ArrowRight' });
    const second = graph.shadowRoot!.activeElement as SVGGElement;
    expect(second).to.not.equal(first);
    expect(second.getBoundingClientRect().left).to.be.greaterThan(from.left);
    expect(nodes(graph).filter((n) => n.getAttribute('tabindex') === '0')).to.deep.equal([second]);

    const selected = oneEvent(graph, 'entity-select');
    await sendKeys({ press: 'Enter' });
    const id = (await selected).detail.id;
    await waitUntil(() => !!graph.shadowRoot!.querySelector('[part="details"] h3'), 'the details panel');
    expect(second.getAttribute('aria-label')).to.contain(graph.shadowRoot!.querySelector('[part="details"] h3')!.textContent!);
    expect(id).to.be.a('string');
    await graph.updateComplete;
    expect(second.getAttribute('part')).to.contain('selected');

    const cleared = oneEvent(graph, 'entity-select');
    await sendKeys({ press: 'Escape' });
    expect((await cleared).detail.id).to.equal(null);
    // Tabbing away leaves the graph in one step.
    await sendKeys({ press: 'Tab' });
    expect(graph.shadowRoot!.activeElement?.getAttribute('part') ?? '').to.not.contain('node');
  });

  it('keyboard: Home and End go to the biggest and the smallest node, a typed letter to the next name starting with it', async () => {
    const el = await seedGraph();
    const focused = () => el.shadowRoot!.activeElement as SVGGElement;
    const radius = (node: SVGGElement) => Number(node.querySelector('circle')!.getAttribute('r'));
    const radii = nodes(el).map(radius);
    nodeEl(el, 'DeepSeek').focus();
    await sendKeys({ press: 'End' });
    expect(radius(focused())).to.equal(Math.min(...radii));
    await sendKeys({ press: 'Home' });
    expect(radius(focused())).to.equal(Math.max(...radii));
    await sendKeys({ press: 'r' });
    expect(focused().getAttribute('aria-label')).to.match(/^reinforcement learning,/);
    expect(nodes(el).filter((n) => n.getAttribute('tabindex') === '0')).to.deep.equal([focused()]);
    // + still zooms: it is no letter to search for.
    const zoom = el.zoom;
    await sendKeys({ press: '+' });
    expect(el.zoom).to.be.greaterThan(zoom);
    expect(focused().getAttribute('aria-label')).to.match(/^reinforcement learning,/);
  });

  it('+ and - keys, the buttons, the wheel and double-click zoom; fit shows everything again', async () => {
    const el = await seedGraph();
    const start = el.zoom;
    nodeEl(el, 'DeepSeek').focus();
    await sendKeys({ press: '+' });
    expect(el.zoom).to.be.closeTo(start * 1.25, 1e-6);
    await sendKeys({ press: '-' });
    expect(el.zoom).to.be.closeTo(start, 1e-6);
    const [zoomIn, zoomOut, fit] = $$<HTMLButtonElement>(el, '[part="controls"] button');
    zoomIn.click();
    expect(el.zoom).to.be.closeTo(start * 1.5, 1e-6);
    zoomOut.click();
    expect(el.zoom).to.be.closeTo(start, 1e-6);

    // The wheel zooms around the pointer: the node under it stays under it.
    const p = el.nodeClientPoint('tsmc')!;
    $(el, '.surface').dispatchEvent(new WheelEvent('wheel', { deltaY: -300, clientX: p.x, clientY: p.y, bubbles: true, cancelable: true }));
    expect(el.zoom).to.be.closeTo(start * Math.pow(2, 0.6), 1e-6);
    const after = el.nodeClientPoint('tsmc')!;
    expect(after.x).to.be.closeTo(p.x, 0.5);
    expect(after.y).to.be.closeTo(p.y, 0.5);

    const spot = emptySpot(el);
    const before = el.zoom;
    $(el, '.surface').dispatchEvent(new MouseEvent('dblclick', { clientX: spot.x, clientY: spot.y, bubbles: true }));
    expect(el.zoom).to.be.closeTo(before * 2, 1e-6);

    fit.click();
    expect(el.zoom).to.be.closeTo(start, 0.01);
  });

  it('dragging the background pans; dragging a node moves it and releases it on drop', async () => {
    const el = await seedGraph();
    const before = el.nodeClientPoint('lex')!;
    const spot = emptySpot(el);
    await moveTo(spot);
    await sendMouse({ type: 'down' });
    await moveTo({ x: spot.x - 40, y: spot.y - 30 });
    await moveTo({ x: spot.x - 60, y: spot.y - 50 });
    await sendMouse({ type: 'up' });
    const panned = el.nodeClientPoint('lex')!;
    expect(panned.x).to.be.closeTo(before.x - 60, 1);
    expect(panned.y).to.be.closeTo(before.y - 50, 1);

    const start = el.nodeClientPoint('asml')!;
    const target = { x: start.x + 70, y: start.y + 40 };
    await moveTo(start);
    await sendMouse({ type: 'down' });
    await moveTo({ x: start.x + 30, y: start.y + 20 });
    await moveTo(target);
    const held = el.nodeClientPoint('asml')!;
    expect(held.x).to.be.closeTo(target.x, 1.5);
    expect(held.y).to.be.closeTo(target.y, 1.5);
    await sendMouse({ type: 'up' });
    // Released: the layout may move it again, and the drag did not count as a click.
    expect(el.selectedEntity).to.equal(null);
  });

  it('two pointers pinch to zoom (touch)', async () => {
    const el = await seedGraph();
    const surface = $(el, '.surface');
    const c = surfaceCentre(el);
    const start = el.zoom;
    const pointer = (type: string, id: number, x: number, y: number) =>
      surface.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', clientX: x, clientY: y, bubbles: true, isPrimary: id === 1, button: 0 }));
    pointer('pointerdown', 1, c.x - 20, c.y);
    pointer('pointerdown', 2, c.x + 20, c.y);
    pointer('pointermove', 1, c.x - 40, c.y);
    pointer('pointermove', 2, c.x + 40, c.y);
    pointer('pointerup', 1, c.x - 40, c.y);
    pointer('pointerup', 2, c.x + 40, c.y);
    expect(el.zoom).to.be.closeTo(start * 2, 0.02 * start);
    // A touch drag with one finger pans.
    const before = el.nodeClientPoint('deepseek')!;
    const spot = emptySpot(el);
    pointer('pointerdown', 3, spot.x, spot.y);
    pointer('pointermove', 3, spot.x - 30, spot.y);
    pointer('pointerup', 3, spot.x - 30, spot.y);
    expect(el.nodeClientPoint('deepseek')!.x).to.be.closeTo(before.x - 30, 1);
  });

  it('the legend counts each kind and hides or shows it', async () => {
    const el = await seedGraph();
    const kinds = $$<HTMLButtonElement>(el, '[part="legend"] button');
    expect(kinds.map((k) => k.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Companies 14',
      'Locations 2',
      'Concepts 7',
      'Products 13',
      'Media 1',
      'People 3',
    ]);
    const products = kinds[3];
    expect(products.getAttribute('aria-pressed')).to.equal('true');
    products.click();
    await el.updateComplete;
    expect(products.getAttribute('aria-pressed')).to.equal('false');
    expect(nodeEl(el, 'ChatGPT').getAttribute('display')).to.equal('none');
    expect(nodeEl(el, 'OpenAI').hasAttribute('display')).to.equal(false);
    products.click();
    await el.updateComplete;
    expect(nodeEl(el, 'ChatGPT').hasAttribute('display')).to.equal(false);
  });

  it('the search field finds a node by alias, selects and centres it', async () => {
    const el = await seedGraph();
    const input = $<HTMLInputElement>(el, 'input[type="search"]');
    input.focus();
    await sendKeys({ type: 'Taiwan Semi' });
    const selected = oneEvent(el, 'entity-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ id: 'tsmc' });
    await waitUntil(() => !!$(el, '[part="details"]'), 'the details panel');
    await el.updateComplete;
    const c = freeCentre(el);
    const p = el.nodeClientPoint('tsmc')!;
    expect(p.x).to.be.closeTo(c.x, 1);
    expect(p.y).to.be.closeTo(c.y, 1);
    expect($(el, '[role="status"]').textContent).to.contain('TSMC');
    input.value = '';
    input.focus();
    await sendKeys({ type: 'zzz' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[role="status"]').textContent).to.contain('Nothing matches');
  });

  it('the search field finds a name without its accents ("creme" finds "Crème Brûlée")', async () => {
    const el = await fixture<KnowledgeGraph>(html`<knowledge-graph
      .episode=${{
        version: 1,
        title: 'T',
        entities: [
          { id: 'creme', name: 'Crème Brûlée', type: 'product' },
          { id: 'b', name: 'Beta', type: 'company' },
        ],
        links: [{ source: 'creme', target: 'b' }],
      }}
    ></knowledge-graph>`);
    await waitUntil(() => nodes(el).length === 2, 'nodes');
    await el.settled;
    const input = $<HTMLInputElement>(el, 'input[type="search"]');
    input.focus();
    await sendKeys({ type: 'creme brulee' });
    const selected = oneEvent(el, 'entity-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ id: 'creme' });
    await el.updateComplete;
    expect($(el, '[role="status"]').textContent).to.contain('Crème Brûlée');
  });

  it('a selection made elsewhere (the provider) selects and centres the node', async () => {
    const page = await fixture<HTMLElement>(html`<div><episode-provider src=${SEED}><knowledge-graph></knowledge-graph></episode-provider></div>`);
    const provider = page.querySelector<EpisodeProvider>('episode-provider')!;
    const el = page.querySelector('knowledge-graph')!;
    await waitUntil(() => nodes(el).length > 0, 'nodes');
    await el.settled;
    provider.selectedEntity = 'asml';
    await waitUntil(() => (partOf(el, 'ASML') ?? '').includes('selected'), 'selected from outside');
    await waitUntil(() => $(el, '[part="details"] h3')?.textContent === 'ASML', 'details of ASML');
    await el.updateComplete;
    const c = freeCentre(el);
    const p = el.nodeClientPoint('asml')!;
    expect(p.x).to.be.closeTo(c.x, 1);
    expect(p.y).to.be.closeTo(c.y, 1);
  });

  it('while playing, the entities of the current segment are marked mentioned; no-follow turns it off', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <episode-provider src=${SEED}><knowledge-graph></knowledge-graph><knowledge-graph no-follow></knowledge-graph></episode-provider>
    </div>`);
    const provider = page.querySelector<EpisodeProvider>('episode-provider')!;
    const [el, quiet] = [...page.querySelectorAll('knowledge-graph')];
    await waitUntil(() => nodes(el).length > 0 && nodes(quiet).length > 0, 'nodes');
    provider.seekTo(10820);
    await waitUntil(() => (partOf(el, 'TSMC') ?? '').includes('mentioned'), 'mentioned');
    expect(partOf(el, 'Taiwan')).to.contain('mentioned');
    expect(partOf(el, 'DeepSeek')).to.equal('node');
    expect(nodes(quiet).some((n) => n.getAttribute('part')!.includes('mentioned'))).to.equal(false);
    provider.seekTo(5410);
    await waitUntil(() => (partOf(el, 'Mixture of Experts') ?? '').includes('mentioned'), 'next segment');
    expect(partOf(el, 'TSMC')).to.equal('node');
  });

  it('size-by="mentions" sizes nodes by their mentions', async () => {
    const el = await seedGraph('size-by="mentions"');
    const r = (name: string) => Number(nodeEl(el, name).querySelector('circle')!.getAttribute('r'));
    // DeepSeek is named in many segments, Samsung in one.
    expect(r('DeepSeek')).to.be.greaterThan(r('Samsung'));
    el.sizeBy = 'degree';
    await el.updateComplete;
    await waitUntil(() => r('NVIDIA') > r('Lex Fridman Podcast'), 'resized by degree');
  });

  it('"View as list" shows a table of entities and their connections', async () => {
    const el = await seedGraph();
    const toggle = $$<HTMLButtonElement>(el, '[part="controls"] button')[3];
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => $$(el, '.entity-table tbody tr').length > 0, 'the table (a chunk of its own)');
    const rows = $$(el, '.entity-table tbody tr');
    expect(rows).to.have.length(40);
    const taiwan = rows.find((r) => r.querySelector('th')!.textContent!.trim() === 'Taiwan')!;
    expect(taiwan.textContent).to.contain('location').and.contain('TSMC').and.contain('China');
    const selected = oneEvent(el, 'entity-select');
    taiwan.querySelector('button')!.click();
    expect((await selected).detail).to.deep.equal({ id: 'taiwan' });
    await expect(el).to.be.accessible();
  });

  it('unknown kinds get a palette colour and their own name; unsafe links are not shown', async () => {
    const el = await fixture<KnowledgeGraph>(html`<knowledge-graph
      .episode=${{
        version: 1,
        title: 'T',
        entities: [
          { id: 'a', name: 'Alpha', type: 'festival', href: 'javascript:alert(1)' },
          { id: 'b', name: 'Beta', type: 'company' },
        ],
        links: [{ source: 'a', target: 'b' }],
      }}
    ></knowledge-graph>`);
    await waitUntil(() => nodes(el).length === 2, 'nodes');
    await el.drawn;
    expect($(el, '[part="legend"]').textContent).to.contain('Festival');
    expect(nodeEl(el, 'Alpha').getAttribute('aria-label')).to.equal('Alpha, festival, 1 connection');
    const fills = nodes(el).map((n) => n.querySelector('circle')!.getAttribute('fill'));
    expect(fills[0]).to.match(/^#|rgb/).and.not.equal(fills[1]);
    nodeEl(el, 'Alpha').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => !!$(el, '[part="details"]'), 'the details panel (a chunk of its own)');
    expect($(el, '[part="details"]').querySelector('a')).to.equal(null);
  });

  it('prefers-reduced-motion: the picture is drawn once, at rest', async function () {
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
    } catch {
      // Firefox (WebDriver BiDi) cannot emulate media features.
      this.skip();
    }
    try {
      const container = await fixture<HTMLElement>(html`<div></div>`);
      container.innerHTML = `<knowledge-graph src="${SEED}"></knowledge-graph>`;
      const el = container.querySelector('knowledge-graph')!;
      let settledFirst = false;
      el.settled.then(() => (settledFirst = true));
      await el.drawn;
      await Promise.resolve();
      expect(settledFirst).to.equal(true);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('works 280 px wide and is accessible with a selection', async () => {
    const container = await fixture<HTMLElement>(html`<div style="width: 280px"></div>`);
    container.innerHTML = `<knowledge-graph src="${SEED}"></knowledge-graph>`;
    const el = container.querySelector('knowledge-graph')!;
    await waitUntil(() => nodes(el).length > 0, 'nodes');
    await el.settled;
    expect($(el, '.surface').getBoundingClientRect().width).to.be.within(260, 280);
    const p = el.nodeClientPoint('deepseek')!;
    const box = $(el, '.surface').getBoundingClientRect();
    expect(p.x).to.be.within(box.left, box.right);
    nodeEl(el, 'DeepSeek').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !!$(el, '[part="details"]'), 'the details panel');
    await expect(el).to.be.accessible();
  });
});

/**
 * The README's strict-page claim, proven: every element, with the built CDN bundle and its real
 * lazy chunks, on a page served with
 * `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self';
 * require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`
 * (scripts/strict-csp.mjs). The page runs in an iframe because the test runner's own page uses
 * inline scripts. tests/fixtures/strict/record-violations.js records every violation from the
 * first byte on.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { generateGraphEpisode } from './graph/generate.js';
import { waitUntil } from './helpers/media.js';

interface Violation {
  directive: string;
  blocked?: string;
  sample?: string;
  source?: string;
  line?: number;
}
type StrictWindow = Window & typeof globalThis & { __violations: Violation[] };
type Graph = HTMLElement & {
  nodeClientPoint(id: string): { x: number; y: number } | null;
  activeRenderer: string;
  drawn: Promise<void>;
  settled: Promise<void>;
  episode: unknown;
  updateComplete: Promise<boolean>;
};
type Provider = HTMLElement & { state: { status: string; pending?: unknown[]; episode?: { transcript: unknown[]; chapters: unknown[] } } };

const root = (el: Element) => el.shadowRoot!;
const supportsTrustedTypes = 'trustedTypes' in window;

async function openStrictPage(page: string): Promise<{ frame: HTMLIFrameElement; win: StrictWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;left:0;top:0;width:1200px;height:800px;border:0';
  document.body.append(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = page;
  await loaded;
  const win = frame.contentWindow as StrictWindow;
  await waitUntil(() => !!win.customElements.get('entity-list'), 'elements defined', 10000);
  return { frame, win, doc: win.document };
}

/** A point inside the iframe, in the top page's viewport (where sendMouse acts). */
function inTop(frame: HTMLIFrameElement, point: { x: number; y: number }): [number, number] {
  const box = frame.getBoundingClientRect();
  return [Math.round(box.left + point.x), Math.round(box.top + point.y)];
}

async function exerciseEveryPart(frame: HTMLIFrameElement, win: StrictWindow, doc: Document): Promise<void> {
  const main = doc.getElementById('main') as Provider;
  await waitUntil(() => main.state?.status === 'ready', 'the seed episode is shown', 10000);

  // The graph: hover a node, click it (the details panel is a chunk of its own), then the table.
  const graph = doc.getElementById('graph') as Graph;
  graph.scrollIntoView({ block: 'start' });
  await graph.settled;
  const tsmc = graph.nodeClientPoint('tsmc')!;
  // From outside the graph (the pointer may still be where the last test left it).
  await sendMouse({ type: 'move', position: [1, 1] });
  await sendMouse({ type: 'move', position: inTop(frame, tsmc) });
  await waitUntil(() => !root(graph).querySelector<HTMLElement>('[part="tooltip"]')!.hidden, 'the tooltip shows on hover');
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'up' });
  await waitUntil(() => !!root(graph).querySelector('[part="details"] h3'), 'the details panel (a lazy chunk)', 10000);
  const details = root(graph).querySelector<HTMLElement>('[part="details"]')!;
  expect(details.querySelector('h3')!.textContent).to.equal('TSMC');
  // Its styles came with it, as an adopted stylesheet: positioned over the graph, opaque.
  const detailsStyle = win.getComputedStyle(details);
  expect(detailsStyle.position).to.equal('absolute');
  expect(detailsStyle.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  expect(detailsStyle.borderTopStyle).to.equal('solid');

  const listToggle = [...root(graph).querySelectorAll<HTMLButtonElement>('[part="controls"] button')].find((b) => b.hasAttribute('aria-pressed'))!;
  listToggle.click();
  await waitUntil(() => root(graph).querySelectorAll('.entity-table tbody tr').length === 40, 'the table (a lazy chunk)', 10000);
  const wrap = root(graph).querySelector<HTMLElement>('.table-wrap')!;
  expect(win.getComputedStyle(wrap).overflowY).to.equal('auto');
  const headCell = root(graph).querySelector<HTMLElement>('.entity-table thead th')!;
  expect(win.getComputedStyle(headCell).position).to.equal('sticky');
  expect(win.getComputedStyle(headCell).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');

  // The transcript's search code is a chunk fetched on first focus.
  const transcript = doc.getElementById('transcript')!;
  const search = root(transcript).querySelector<HTMLInputElement>('[part="search"]')!;
  search.focus();
  await sendKeys({ type: 'the' });
  await waitUntil(() => root(transcript).querySelectorAll('[part~="match"]').length > 0, 'search hits (a lazy chunk)', 10000);

  // Companion files in every format, read under Trusted Types.
  for (const id of ['vtt', 'srt', 'html']) {
    const view = doc.getElementById(id)!;
    await waitUntil(() => root(view).querySelectorAll('[part~="segment"]').length > 0, `the ${id} transcript`, 10000);
  }
  const htmlSpeaker = root(doc.getElementById('html')!).querySelector('[part="speaker"]')!;
  expect(htmlSpeaker.textContent!.trim()).to.equal('Travis');
  const json = doc.getElementById('json') as Provider;
  await waitUntil(() => json.state?.status === 'ready' && !json.state.pending, 'the JSON companions', 10000);
  expect(json.state.episode!.chapters.length).to.be.greaterThan(0);
  expect(json.state.episode!.transcript.length).to.be.greaterThan(0);

  // A file with a JSON syntax error: its line and column come from a chunk of their own.
  const broken = doc.getElementById('broken') as Provider;
  await waitUntil(() => !!root(broken).querySelector('[part="error"]'), 'the error box', 10000);
  expect(root(broken).querySelector('[part="error"]')!.textContent).to.match(/line 6/);

  // An RSS item (the feed reader is a chunk of its own), on a provider forced dark.
  const feed = doc.getElementById('feed') as Provider;
  await waitUntil(() => feed.state?.status === 'ready' && !feed.state.pending, 'the feed item', 10000);
  expect(feed.state.episode!.chapters.length).to.be.greaterThan(0);
  const feedSummary = feed.querySelector('episode-summary')!;
  await waitUntil(() => win.getComputedStyle(feedSummary).backgroundColor === 'rgb(22, 24, 28)', 'the dark theme');
  // A 600-node graph: the canvas renderer's chunk.
  const large = doc.getElementById('large') as Graph;
  large.episode = generateGraphEpisode(600);
  await waitUntil(() => large.activeRenderer === 'canvas', 'the canvas renderer', 10000);
  await large.drawn;
  await graph.updateComplete;
}

describe('on a page with a strict Content Security Policy and Trusted Types', function () {
  this.timeout(60000);
  const frames: HTMLIFrameElement[] = [];
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  for (const [name, page, copies] of [
    ['the bundle once', '/tests/fixtures/strict/page.html', 1],
    ['two copies of the bundle', '/tests/fixtures/strict/page.html?copies=2', 2],
  ] as const) {
    it(`every element and every lazy chunk works with no violation (${name})`, async () => {
      const { frame, win, doc } = await openStrictPage(page);
      frames.push(frame);
      await exerciseEveryPart(frame, win, doc);
      const bundles = win.performance.getEntriesByType('resource').filter((e) => /\/dist\/cdn\/episode-kit\.js/.test(e.name));
      expect(bundles).to.have.length(copies);
      const chunks = win.performance.getEntriesByType('resource').map((e) => e.name.replace(/^.*\/dist\/cdn\//, ''));
      for (const chunk of ['engine', 'entity-details', 'entity-table', 'transcript-search', 'canvas-renderer', 'detect', 'html', 'errors', 'feed']) {
        expect(chunks.some((c) => c.startsWith(`chunks/${chunk}-`)), `chunk ${chunk} loaded`).to.equal(true);
      }
      expect(win.__violations).to.deep.equal([]);
      // The policy is really in force on this page: a style attribute written by hand is reported.
      const probe = doc.createElement('div');
      probe.setAttribute('style', 'color: red');
      doc.body.append(probe);
      await waitUntil(() => win.__violations.some((v) => v.directive === 'style-src-attr'), 'the probe is reported');
      if (supportsTrustedTypes) {
        expect(() => (probe.innerHTML = '<b>x</b>')).to.throw();
      }
    });
  }
});

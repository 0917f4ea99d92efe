import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/media.js';

async function openPage(hash = '', page = '/tests/fixtures/cdn-page.html'): Promise<{ frame: HTMLIFrameElement; win: Window & typeof globalThis; errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const errors: string[] = [];
  document.body.append(frame);
  frame.src = `${page}${hash}`;
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  win.addEventListener('error', (e) => errors.push(e.message));
  return { frame, win, errors };
}

describe('CDN bundle (dist/cdn/episode-kit.js) on a plain page', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('registers every element, even when loaded twice', async () => {
    const { frame, win, errors } = await openPage();
    frames.push(frame);
    await waitUntil(() => !!win.customElements.get('key-moments'), 'elements defined');
    expect(win.customElements.get('episode-provider')).to.exist;
    expect(errors).to.deep.equal([]);
  });

  it('a seek dispatched from inside moves the audio', async () => {
    const { frame, win } = await openPage();
    frames.push(frame);
    const doc = win.document;
    const audio = doc.querySelector('audio')!;
    const widget = doc.querySelector('key-moments')!;
    await waitUntil(() => !!widget.shadowRoot?.querySelectorAll('[part~="moment"]').length, 'moments shown');
    await waitUntil(() => audio.readyState >= 1, 'audio metadata');
    (widget.shadowRoot!.querySelectorAll('[part~="moment"]')[2] as HTMLElement).click();
    await waitUntil(() => audio.currentTime === 120, 'audio at 120 s');
  });

  it('a page opened with #t=1:30 seeks to 90 s once loaded', async () => {
    const { frame, win } = await openPage('#t=1:30');
    frames.push(frame);
    const audio = win.document.querySelector('audio')!;
    await waitUntil(() => audio.currentTime === 90, 'audio at 90 s');
  });

  it('fetches the companion-file importers on demand and reads the chapters and transcript', async () => {
    const { frame, win, errors } = await openPage('', '/tests/fixtures/cdn-companion-page.html');
    frames.push(frame);
    const provider = win.document.querySelector('episode-provider') as HTMLElement & { state: { status: string; pending?: unknown[]; episode?: { chapters: unknown[]; transcript: { speaker?: string }[] } } };
    // Shown at once, complete once its companion files are in.
    await waitUntil(() => provider.state?.status === 'ready' && !provider.state.pending, 'episode ready with its companion files');
    expect(provider.state.episode!.chapters.length).to.be.greaterThan(0);
    expect(provider.state.episode!.transcript.length).to.be.greaterThan(0);
    const loaded = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((url) => /\/dist\/cdn\/chunks\/detect-[\w-]+\.js$/.test(url))).to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  it('a page without companion files or a graph fetches no chunk (no importers, no graph engine)', async () => {
    const { frame, win } = await openPage();
    frames.push(frame);
    const provider = win.document.querySelector('episode-provider') as HTMLElement & { state: { status: string } };
    await waitUntil(() => provider.state?.status === 'ready', 'episode ready');
    const loaded = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.filter((url) => url.includes('/dist/cdn/chunks/'))).to.deep.equal([]);
  });

  it('draws a graph on canvas with the renderer chunk it fetches then (knowledge-graph.js alone)', async () => {
    const { frame, win, errors } = await openPage('', '/tests/fixtures/cdn-graph-page.html');
    frames.push(frame);
    const graph = win.document.querySelector('knowledge-graph') as HTMLElement & { activeRenderer?: string; drawn: Promise<void> };
    await waitUntil(() => graph.activeRenderer === 'canvas', 'graph drawn on canvas');
    await graph.drawn;
    expect(graph.shadowRoot!.querySelectorAll('canvas')).to.have.length(2);
    await waitUntil(() => graph.shadowRoot!.querySelectorAll('.node-list button').length === 40, 'a button per node');
    const loaded = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((url) => /\/dist\/cdn\/chunks\/canvas-renderer-[\w-]+\.js$/.test(url))).to.equal(true);
    expect(loaded.filter((url) => url.endsWith('/graph-seed.json')), 'the episode file, fetched once').to.have.length(1);
    expect(errors).to.deep.equal([]);
  });

  it('names the line of a JSON syntax error, with the reader it fetches only then', async () => {
    const { frame, win } = await openPage('', '/tests/fixtures/cdn-broken-page.html');
    frames.push(frame);
    const provider = win.document.querySelector('episode-provider')!;
    await waitUntil(() => !!provider.shadowRoot?.querySelector('[part~="error"]'), 'error shown');
    const text = provider.shadowRoot!.querySelector('[part~="error"]')!.textContent!;
    expect(text).to.match(/broken\.json, line 6, column \d+: \S/);
    expect(text.match(/line 6/g)).to.have.length(1);
    const moments = win.document.querySelector('key-moments')!;
    expect(moments.shadowRoot!.querySelector('[role="alert"]'), 'the widget inside says nothing of its own').to.equal(null);
    const loaded = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((url) => /\/dist\/cdn\/chunks\/json-[\w-]+\.js$/.test(url))).to.equal(true);
  });

  it('fetches the search code when the reader goes to search, and finds across the transcript', async () => {
    const { frame, win, errors } = await openPage('', '/tests/fixtures/cdn-transcript-page.html');
    frames.push(frame);
    const view = win.document.querySelector('transcript-view')!;
    await waitUntil(() => !!view.shadowRoot?.querySelector('[part~="segment"]'), 'transcript shown');
    const chunks = () => win.performance.getEntriesByType('resource').map((e) => e.name).filter((url) => url.includes('/chunks/'));
    // Only the find-in-page blocks' chunk (built after the first render, where the browser has
    // hidden="until-found") may have come; the search code waits for a search.
    expect(chunks().filter((url) => !/\/chunks\/find-in-page-[\w-]+\.js$/.test(url))).to.deep.equal([]);
    if ('onbeforematch' in HTMLElement.prototype) await waitUntil(() => chunks().some((url) => /\/chunks\/find-in-page-/.test(url)), 'the find-in-page chunk, after the first render');
    (view as HTMLElement & { query: string }).query = 'open weights';
    const count = () => view.shadowRoot!.querySelector('[part="match-count"]')!.textContent!.trim();
    await waitUntil(() => count() === '1 of 2', 'two hits');
    expect(chunks().some((url) => /\/chunks\/transcript-search-[\w-]+\.js$/.test(url))).to.equal(true);
    expect(errors).to.deep.equal([]);
  });
});

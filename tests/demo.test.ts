/**
 * The demo page (demo/index.html), as a newcomer opens it: the seed episode at the seed's scale in
 * reading mode, its position bar, the switch to the spoken episode, the skip links, axe.
 * It loads the CDN bundle (dist/cdn/episode-kit.js), which `npm test` builds first.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/media.js';

type Provider = HTMLElement & {
  state: { status: string; episode?: { title: string; transcript: { start: number; text: string }[] } };
  media: unknown;
  seekTo(time: number): void;
};

interface DemoPage {
  frame: HTMLIFrameElement;
  doc: Document;
  provider: Provider;
}

const frames: HTMLIFrameElement[] = [];

/** Opens the demo at 1280x800 and waits until its episode is shown. */
async function openDemo(query = '', hash = ''): Promise<DemoPage> {
  const frame = document.createElement('iframe');
  frame.style.width = '1280px';
  frame.style.height = '800px';
  frame.title = 'demo';
  frames.push(frame);
  document.body.append(frame);
  frame.src = `/demo/index.html${query}${hash}`;
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const provider = doc.querySelector('episode-provider') as Provider;
  await waitUntil(() => provider.state?.status === 'ready', 'the episode', 15000);
  return { frame, doc, provider };
}

const shadow = (doc: Document, tag: string) => doc.querySelector(tag)!.shadowRoot!;
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The transcript's playing segment's text, as shown. */
function currentSegmentText(doc: Document): string {
  const current = shadow(doc, 'transcript-view').querySelector('[part~="segment"][part~="current"]');
  const words = current?.querySelector('.text') ?? current;
  return text(words);
}

/** The segment that plays at `time` in the seed episode. */
function segmentAt(provider: Provider, time: number): string {
  const segments = provider.state.episode!.transcript;
  return segments.filter((s) => s.start <= time).at(-1)!.text;
}

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

/**
 * Runs axe inside the page's own frame: axe cannot check another window's nodes, and the page's
 * Trusted Types policy admits only a policy named `lit-html`, so the test loads axe through one.
 */
async function axeInside(frame: HTMLIFrameElement): Promise<() => Promise<AxeResult['violations']>> {
  const win = frame.contentWindow as Window & typeof globalThis & { axe?: { run(context: Element): Promise<AxeResult> } };
  const doc = frame.contentDocument!;
  const policy = (win as unknown as { trustedTypes: { createPolicy(name: string, rules: object): { createScriptURL(url: string): string } } }).trustedTypes.createPolicy('lit-html', {
    createScriptURL: (url: string) => url,
  });
  const script = doc.createElement('script');
  script.src = policy.createScriptURL('/node_modules/axe-core/axe.min.js');
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error('axe-core did not load')), { once: true });
  });
  doc.head.append(script);
  await loaded;
  return async () => (await win.axe!.run(doc.body)).violations;
}

const listed = (violations: AxeResult['violations']) => violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

describe('the demo page', function () {
  this.timeout(30000);
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('opens on the seed episode at the seed scale: header, 1,125 segments, 40 entities, 84 connections, 20 moments, 15 topics', async () => {
    const { doc } = await openDemo();
    const summary = shadow(doc, 'episode-summary');
    const header = text(summary.querySelector('[part~="header"]'));
    expect(header).to.contain('Lex Fridman Podcast');
    expect(header).to.contain('Dylan Patel & Nathan Lambert Explain the AI Arms Race With China');
    expect(header).to.contain('5 h 2 min');
    expect(header).to.contain('84 connections · 40 entities');
    expect(header, 'the note says the words are illustrative').to.contain('Illustrative transcript');
    expect(summary.querySelectorAll('[part~="section"]')).to.have.length(5);
    expect(summary.querySelectorAll('[part~="point"]')).to.have.length(15);

    await waitUntil(() => text(shadow(doc, 'transcript-view').querySelector('[part~="header"]')).includes('1,125 segments'), 'the transcript count');
    const graph = shadow(doc, 'knowledge-graph');
    await waitUntil(() => text(graph.querySelector('[part~="header"]')).includes('40 entities · 84 connections'), 'the graph counts');
    const moments = shadow(doc, 'key-moments');
    expect(moments.querySelectorAll('[part~="moment"]')).to.have.length(20);
    expect(shadow(doc, 'episode-topics').querySelectorAll('[part~="topic"]')).to.have.length(15);

    const kinds = Object.fromEntries(
      [...shadow(doc, 'entity-list').querySelectorAll('[part~="group"]')].map((group) => [
        (group as HTMLElement).dataset.kind,
        group.querySelectorAll('[part~="entity"]').length,
      ]),
    );
    expect(kinds).to.deep.equal({ company: 14, location: 2, concept: 7, product: 13, media: 1, person: 3 });

    // Reading mode: no media, and the page says so where the player would be.
    expect(doc.querySelector('audio')).to.equal(null);
    expect(text(doc.querySelector('#player'))).to.contain('Reading mode');
    expect(text(doc.querySelector('#player'))).to.contain('illustrative');
  });

  it('moving the position bar moves the transcript’s playing segment, and the bar follows seeks from the widgets', async () => {
    const { doc, provider } = await openDemo();
    const bar = doc.querySelector<HTMLInputElement>('#position')!;
    expect(bar.type).to.equal('range');
    expect(bar.max).to.equal('18120');

    bar.value = '7100';
    bar.dispatchEvent(new Event('input', { bubbles: true }));
    const expected = segmentAt(provider, 7100);
    await waitUntil(() => currentSegmentText(doc) === expected, 'the segment at 1:58:20 playing');
    expect(text(doc.querySelector('#position-time'))).to.equal('1:58:20 / 5:02:00');

    // A key moment asks the provider to seek; the bar follows.
    const moments = shadow(doc, 'key-moments').querySelectorAll<HTMLElement>('[part~="moment"]');
    moments[4]!.click();
    await waitUntil(() => bar.value === '3600', 'the bar at 1:00:00');
    expect(bar.getAttribute('aria-valuetext')).to.equal('1:00:00 / 5:02:00');
    await waitUntil(() => currentSegmentText(doc) === segmentAt(provider, 3600), 'the segment at 1:00:00 playing');
  });

  it('follows a deep link in reading mode', async () => {
    const { doc, provider } = await openDemo('', '#t=1:58:20');
    const bar = doc.querySelector<HTMLInputElement>('#position')!;
    await waitUntil(() => bar.value === '7100', 'the bar at the link’s time');
    await waitUntil(() => currentSegmentText(doc) === segmentAt(provider, 7100), 'the linked segment playing');
  });

  it('?episode=spoken shows the spoken episode with its <audio>, and deep links still work', async () => {
    const { doc, provider } = await openDemo('?episode=spoken', '#t=1:05');
    expect(provider.state.episode!.title).to.equal('Open Weights, Export Controls and the Chip Race');
    const audio = doc.querySelector('audio')!;
    expect(audio).to.exist;
    expect(audio.getAttribute('src')).to.equal('./episodes/demo.opus');
    expect(provider.media).to.equal(audio);
    expect(doc.querySelector('#position'), 'no reading-mode bar').to.equal(null);
    expect(doc.querySelector('[data-episode-link="spoken"]')!.getAttribute('aria-current')).to.equal('page');
    expect(doc.querySelector('[data-episode-link="seed"]')!.hasAttribute('aria-current')).to.equal(false);
    await waitUntil(() => audio.currentTime === 65, 'the audio at 1:05', 10000);
  });

  it('the episode switcher leads from one episode to the other', async () => {
    const { doc, frame } = await openDemo();
    expect(doc.querySelector('[data-episode-link="seed"]')!.getAttribute('aria-current')).to.equal('page');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    doc.querySelector<HTMLAnchorElement>('[data-episode-link="spoken"]')!.click();
    await loaded;
    const next = frame.contentDocument!;
    expect(new URL(next.URL).search).to.equal('?episode=spoken');
    const provider = next.querySelector('episode-provider') as Provider;
    await waitUntil(() => provider.state?.status === 'ready', 'the spoken episode');
    expect(next.querySelector('audio')).to.exist;
  });

  it('has a skip link to each block, and following one moves focus to that block', async () => {
    const { doc } = await openDemo();
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('nav.toc a')];
    const targets = links.map((a) => a.getAttribute('href'));
    expect(targets).to.deep.equal(['#summary', '#player', '#transcript', '#graph', '#moments', '#topics', '#entities']);
    const widgets: Record<string, string> = {
      '#summary': 'episode-summary',
      '#transcript': 'transcript-view',
      '#graph': 'knowledge-graph',
      '#moments': 'key-moments',
      '#topics': 'episode-topics',
      '#entities': 'entity-list',
    };
    for (const link of links) {
      const href = link.getAttribute('href')!;
      const block = doc.querySelector<HTMLElement>(href)!;
      expect(block, href).to.exist;
      if (widgets[href]) expect(block.querySelector(widgets[href]!), href).to.exist;
      link.click();
      await waitUntil(() => doc.activeElement === block, `focus on ${href}`);
    }
  });

  it('has a favicon', async () => {
    const { doc } = await openDemo();
    const icon = doc.querySelector<HTMLLinkElement>('link[rel="icon"]')!;
    const response = await fetch(icon.href);
    expect(response.ok).to.equal(true);
    expect(response.headers.get('content-type')).to.contain('image/svg+xml');
  });

  it('has no axe violation, in the light theme and in the dark one', async () => {
    const { frame, doc, provider } = await openDemo();
    const graph = doc.querySelector('knowledge-graph') as HTMLElement & { drawn: Promise<void> };
    await graph.drawn;
    const axe = await axeInside(frame);
    const theme = doc.querySelector<HTMLSelectElement>('#theme')!;
    theme.value = 'light';
    theme.dispatchEvent(new Event('change'));
    expect(listed(await axe()), 'light').to.deep.equal([]);
    theme.value = 'dark';
    theme.dispatchEvent(new Event('change'));
    expect(provider.getAttribute('theme')).to.equal('dark');
    expect(doc.documentElement.dataset.theme).to.equal('dark');
    await (doc.querySelector('transcript-view') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(listed(await axe()), 'dark').to.deep.equal([]);
  });
});

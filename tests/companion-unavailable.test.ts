/**
 * A companion file that cannot be loaded (404, 500, an HTML page served instead, an empty body)
 * is said where its content would be, with why and a "Try again"; never "no transcript".
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import { waitUntil } from './helpers/media.js';

const MISSING = '/tests/fixtures/formats/episode-missing-companion.json';
const VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ana>Hello again.\n\n00:00:05.000 --> 00:00:09.000\n<v Ben>It works now.\n';
const unavailable = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="unavailable"]');

describe('a companion file that cannot be loaded', () => {
  let realFetch: typeof fetch;
  beforeEach(() => (realFetch = window.fetch));
  afterEach(() => (window.fetch = realFetch));

  it('is said in the transcript, with the reason and the file; "Try again" loads it once it is there', async () => {
    let served = false;
    window.fetch = (input, init) => {
      if (served && String(input).endsWith('does-not-exist.vtt')) return Promise.resolve(new Response(VTT, { headers: { 'content-type': 'text/vtt' } }));
      return realFetch(input, init);
    };
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${MISSING}>
      <key-moments></key-moments>
      <transcript-view></transcript-view>
    </episode-provider>`);
    await waitUntil(() => provider.state.status === 'ready', 'the episode');
    const transcript = provider.querySelector('transcript-view')!;
    await waitUntil(() => !!unavailable(transcript), 'the notice in the transcript');
    const notice = unavailable(transcript)!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain('The transcript could not be loaded: HTTP 404 Not Found');
    expect(notice.textContent).to.contain(new URL('/tests/fixtures/formats/does-not-exist.vtt', location.href).href);
    expect(transcript.shadowRoot!.textContent).to.not.contain('This episode has no transcript.');
    // The chapters, which loaded, show as usual.
    const moments = provider.querySelector('key-moments')!;
    expect(moments.shadowRoot!.querySelectorAll('[part~="moment"]')).to.have.length(1);
    expect(unavailable(moments)).to.equal(null);
    await expect(transcript).to.be.accessible();

    served = true;
    const reloaded = oneEvent(provider, 'episode-load');
    notice.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await reloaded;
    await waitUntil(() => transcript.shadowRoot!.querySelectorAll('[part~="segment"]').length === 2, 'the transcript after the retry');
    expect(unavailable(transcript)).to.equal(null);
  });

  it('an HTML page served for the chapters, or an empty file, is said in the key moments of a widget alone', async () => {
    let emptyFetches = 0;
    window.fetch = (input, init) => {
      const url = String(input);
      if (url.endsWith('/chapters.json')) return Promise.resolve(new Response('<!doctype html><title>Sign in</title><p>Please sign in', { headers: { 'content-type': 'text/html' } }));
      if (url.endsWith('/empty.vtt')) {
        emptyFetches++;
        return Promise.resolve(new Response('', { headers: { 'content-type': 'text/vtt' } }));
      }
      return realFetch(input, init);
    };
    const moments = await fixture(html`<key-moments
      .episode=${{ version: 1, title: 'Gated', chapters: { src: '/gated/chapters.json' }, soundbites: [{ start: 5, duration: 10, title: 'A bite' }] }}
    ></key-moments>`);
    await waitUntil(() => !!unavailable(moments), 'the notice');
    expect(unavailable(moments)!.textContent).to.contain('The chapters could not be loaded');
    // The highlights still show.
    expect(moments.shadowRoot!.querySelectorAll('[part~="soundbite"]')).to.have.length(1);

    const transcript = await fixture(html`<transcript-view .episode=${{ version: 1, title: 'Empty', transcript: { src: '/empty.vtt' } }}></transcript-view>`);
    await waitUntil(() => !!unavailable(transcript), 'the notice');
    expect(unavailable(transcript)!.textContent).to.match(/The transcript could not be loaded: .*(empty|nothing)/i);
    // Alone, the widget loads its own episode again.
    unavailable(transcript)!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => emptyFetches === 2, 'fetched again');
  });

  it('"Try again" on a widget joined with provider="ID" asks that provider to load again', async () => {
    let calls = 0;
    window.fetch = (input, init) => {
      if (String(input).endsWith('does-not-exist.vtt')) calls++;
      return realFetch(input, init);
    };
    const page = await fixture<HTMLDivElement>(html`<div>
      <episode-provider id="far" src=${MISSING}></episode-provider>
      <transcript-view provider="far"></transcript-view>
    </div>`);
    const transcript = page.querySelector('transcript-view')!;
    await waitUntil(() => !!unavailable(transcript), 'the notice');
    expect(calls).to.equal(1);
    unavailable(transcript)!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => calls === 2, 'the provider fetched again');
    await waitUntil(() => !!unavailable(transcript), 'the notice again (still missing)');
  });
});

describe('a companion file that takes its time', () => {
  let realFetch: typeof fetch;
  beforeEach(() => (realFetch = window.fetch));
  afterEach(() => (window.fetch = realFetch));

  it('the rest of the episode shows meanwhile; episode-load fires once it is in; the graph keeps its layout', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    window.fetch = async (input, init) => {
      if (String(input).endsWith('/slow/transcript.vtt')) {
        await gate;
        return new Response(VTT, { headers: { 'content-type': 'text/vtt' } });
      }
      return realFetch(input, init);
    };
    const episode = {
      version: 1,
      title: 'Slow transcript',
      entities: [
        { id: 'ana', name: 'Ana', type: 'person' },
        { id: 'ben', name: 'Ben', type: 'person' },
        { id: 'vtt', name: 'WebVTT', type: 'product' },
      ],
      links: [{ source: 'ana', target: 'ben' }, { source: 'ben', target: 'vtt' }],
      chapters: [{ start: 0, title: 'Hello' }, { start: 5, title: 'Works' }],
      transcript: { src: '/slow/transcript.vtt' },
    };
    const provider = await fixture<EpisodeProvider>(html`<episode-provider .episode=${episode}>
      <key-moments></key-moments>
      <knowledge-graph></knowledge-graph>
      <transcript-view></transcript-view>
    </episode-provider>`);
    let loads = 0;
    provider.addEventListener('episode-load', () => loads++);
    const moments = provider.querySelector('key-moments')!;
    const transcript = provider.querySelector('transcript-view')!;
    const graph = provider.querySelector('knowledge-graph') as HTMLElement & { settled: Promise<void>; nodeClientPoint(id: string): { x: number; y: number } | null; updateComplete: Promise<boolean> };
    await waitUntil(() => moments.shadowRoot!.querySelectorAll('[part~="moment"]').length === 2, 'the chapters, before the transcript');
    expect(provider.state.pending).to.deep.equal(['transcript']);
    await waitUntil(() => transcript.shadowRoot!.querySelector('[part="loading"]')?.textContent === 'Loading the transcript…', 'the transcript says it is loading');
    await graph.settled;
    const before = graph.nodeClientPoint('ben');
    expect(loads).to.equal(0);

    const loaded = oneEvent(provider, 'episode-load');
    open();
    await loaded;
    await graph.updateComplete;
    expect(loads).to.equal(1);
    expect(provider.state.pending).to.equal(undefined);
    await waitUntil(() => transcript.shadowRoot!.querySelectorAll('[part~="segment"]').length === 2, 'the transcript');
    expect(graph.nodeClientPoint('ben')).to.deep.equal(before);
  });
});

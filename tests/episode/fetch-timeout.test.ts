/**
 * A server that never answers cannot hold an episode back forever: every fetch (episode file,
 * companion file, feed) gives up after the fetch timeout, which a page (and this test) can set.
 * /hang/… (scripts/hanging.mjs) accepts the request and never answers; /hang/body/… sends headers
 * and a first chunk, then never ends the body.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/episode-provider/index.js';
import '../../src/components/key-moments/index.js';
import type { EpisodeProvider } from '../../src/components/episode-provider/episode-provider.js';
import { loadEpisode } from '../../src/episode/load.js';
import { setFetchTimeout, setMaxFileSize } from '../../src/episode/fetch.js';
import { waitUntil } from '../helpers/media.js';

const abs = (path: string) => new URL(path, location.href).href;

describe('fetch timeout', () => {
  let previous: number;
  beforeEach(() => (previous = setFetchTimeout(300)));
  afterEach(() => setFetchTimeout(previous));

  it('an episode file whose server never answers is an error that says so, with its URL', async () => {
    const result = await loadEpisode({ src: '/hang/episode.json' });
    expect(result.episode).to.equal(undefined);
    expect(result.errors).to.deep.equal([{ path: '', file: abs('/hang/episode.json'), message: `did not answer within 0.3 s (${abs('/hang/episode.json')})` }]);
  });

  it('a companion file whose body never ends is a warning; the rest of the episode shows', async () => {
    const result = await loadEpisode({
      data: { version: 1, title: 'Slow transcript', chapters: [{ start: 0, title: 'Only chapter' }], transcript: { src: '/hang/body/t.vtt' } },
    });
    expect(result.episode!.chapters.map((c) => c.title)).to.deep.equal(['Only chapter']);
    expect(result.warnings).to.deep.equal([{ path: 'transcript.src', file: abs('/hang/body/t.vtt'), message: 'the transcript file did not answer within 0.3 s' }]);
  });

  it('a provider whose transcript never comes still shows the chapters, and lists the problem', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider
      .episode=${{ version: 1, title: 'Slow', chapters: [{ start: 0, title: 'Hello' }, { start: 30, title: 'Bye' }], transcript: { src: '/hang/t.json' } }}
    >
      <key-moments></key-moments>
    </episode-provider>`);
    await waitUntil(() => provider.state.status === 'ready', 'the episode', 5000);
    const moments = provider.querySelector('key-moments')!;
    await waitUntil(() => moments.shadowRoot!.querySelectorAll('[part~="moment"]').length === 2, 'the chapters');
    const warnings = () => provider.shadowRoot!.querySelector('[part="warnings"]')?.textContent ?? '';
    await waitUntil(() => warnings().includes('did not answer within 0.3 s'), 'the problem listed');
    expect(warnings()).to.contain('t.json');
  });

  it('0 or Infinity means no limit; an abort still wins over a pending fetch', async () => {
    setFetchTimeout(0);
    const controller = new AbortController();
    const load = loadEpisode({ src: '/hang/episode.json' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 400);
    let error: unknown;
    try {
      await load;
    } catch (e) {
      error = e;
    }
    expect((error as DOMException).name).to.equal('AbortError');
  });
});

describe('file size limit', () => {
  let previous: number;
  beforeEach(() => (previous = setMaxFileSize(1000)));
  afterEach(() => setMaxFileSize(previous));

  it('a file over the limit is refused before it is parsed, with its size when the server says it', async () => {
    const result = await loadEpisode({ src: '/tests/fixtures/episodes/page-seed.json' });
    expect(result.episode).to.equal(undefined);
    expect(result.errors![0]!.message).to.match(/^(is [\d.]+ kB, over|is over) the 1000 bytes limit \(http/);
  });

  it('a body without a length stops downloading once it passes the limit', async () => {
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode(' '.repeat(600)));
        if (pulled === 10) controller.close();
      },
      cancel() {
        cancelled = true;
      },
    });
    const fetchFn = (() => Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }))) as typeof fetch;
    const result = await loadEpisode({ src: '/big.json' }, { fetch: fetchFn });
    expect(result.errors![0]!.message).to.match(/^is over the 1000 bytes limit/);
    expect(cancelled).to.equal(true);
    expect(pulled).to.be.below(10);
  });

  it('a companion file over the limit is a warning, said where its content would be; the rest shows', async () => {
    setMaxFileSize(2000);
    const result = await loadEpisode({ data: { version: 1, title: 'Big transcript', chapters: [{ start: 0, title: 'One' }], transcript: { src: '/tests/fixtures/formats/transcripts-example.srt' } } });
    expect(result.episode!.chapters).to.have.length(1);
    expect(result.warnings![0]!.message).to.match(/^the transcript file (is [\d.]+ kB, over|is over) the 2 kB limit/);
    expect(result.warnings![0]!.file).to.contain('transcripts-example.srt');
    expect(result.unavailable!.transcript!.path).to.equal('transcript.src');
  });
});

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
import { loadEpisode, setFetchTimeout } from '../../src/episode/load.js';
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

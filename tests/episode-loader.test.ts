import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { EpisodeState } from '../src/context.js';
import { EpisodeLoader } from '../src/widget/episode-loader.js';
import { nextTask } from '../src/scheduler.js';
import { waitUntil } from './helpers/media.js';

/** The smallest host of an EpisodeLoader: it keeps every state the loader reports, in order. */
class LoaderTestHost extends LitElement {
  states: EpisodeState[] = [];
  readonly loader = new EpisodeLoader(this, (state) => this.states.push(state));

  get last(): EpisodeState | undefined {
    return this.states[this.states.length - 1];
  }
}
if (!customElements.get('loader-test-host')) customElements.define('loader-test-host', LoaderTestHost);

const host = () => fixture<LoaderTestHost>(html`<loader-test-host></loader-test-host>`);

interface FetchCall {
  url: string;
  signal?: AbortSignal;
  /** Settles when the request ends (answered, failed or aborted). */
  ended: Promise<unknown>;
}

/** Every fetch the page makes from now on, with the signal it was given; `restore()` ends it. */
function recordFetches(): { calls: FetchCall[]; restore(): void } {
  const original = window.fetch;
  const calls: FetchCall[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const response = original.call(window, input, init);
    calls.push({ url: String(input instanceof Request ? input.url : input), signal: init?.signal ?? undefined, ended: response.catch(() => undefined) });
    return response;
  };
  return { calls, restore: () => (window.fetch = original) };
}

describe('EpisodeLoader', () => {
  let fetches: ReturnType<typeof recordFetches>;
  beforeEach(() => (fetches = recordFetches()));
  afterEach(() => fetches.restore());

  it('an episode object that needs nothing fetched is ready at once, with no "loading" before it and no fetch', async () => {
    const el = await host();
    el.loader.load({ episode: { version: 1, title: 'Inline', entities: [{ id: 'a', name: 'Alpha', type: 'concept' }] } });
    // Reported within load() itself: no task, no render, no request in between.
    expect(el.states.map((s) => s.status)).to.deep.equal(['ready']);
    expect(el.last!.episode!.title).to.equal('Inline');
    expect(el.last!.episode!.entities.map((e) => e.name)).to.deep.equal(['Alpha']);
    expect(fetches.calls).to.deep.equal([]);
  });

  it('a newer source wins over one still loading: the older request is aborted and never reported', async () => {
    const el = await host();
    el.loader.load({ src: '/hang/first.json' });
    await waitUntil(() => fetches.calls.length === 1, 'the first request');
    expect(el.states.map((s) => s.status)).to.deep.equal(['loading']);
    const first = fetches.calls[0];
    expect(first.url).to.contain('/hang/first.json');
    expect(first.signal!.aborted, 'before the newer load').to.equal(false);

    el.loader.load({ src: '/tests/fixtures/episodes/sample.json' });
    expect(first.signal!.aborted, 'once a newer load starts').to.equal(true);
    await waitUntil(() => el.last?.status === 'ready', 'the newer episode');
    expect(el.last!.episode!.title).to.equal('Open Weights and the Chip Race');
    // The aborted load reports neither an error nor anything else.
    expect(el.states.map((s) => s.status)).to.deep.equal(['loading', 'loading', 'ready']);
    expect(fetches.calls.map((c) => new URL(c.url, location.href).pathname)).to.deep.equal(['/hang/first.json', '/tests/fixtures/episodes/sample.json']);
  });

  it('an episode object given while a source loads wins over it at once', async () => {
    const el = await host();
    el.loader.load({ src: '/hang/slow.json' });
    await waitUntil(() => fetches.calls.length === 1, 'the request');
    el.loader.load({ episode: { version: 1, title: 'Given later' } });
    expect(fetches.calls[0].signal!.aborted).to.equal(true);
    expect(el.states.map((s) => s.status)).to.deep.equal(['loading', 'ready']);
    expect(el.last!.episode!.title).to.equal('Given later');
  });

  it('a src that is not found ends in the error state, naming the file', async () => {
    const el = await host();
    el.loader.load({ src: '/tests/fixtures/episodes/no-such-episode.json' });
    expect(el.states.map((s) => s.status)).to.deep.equal(['loading']);
    await waitUntil(() => el.last?.status === 'error', 'the error state');
    expect(el.states.map((s) => s.status)).to.deep.equal(['loading', 'error']);
    const { error, episode } = el.last!;
    expect(episode).to.equal(undefined);
    expect(error!.message).to.contain('no-such-episode.json');
    expect(error!.errors).to.have.length(1);
    expect(error!.errors[0].file).to.contain('/tests/fixtures/episodes/no-such-episode.json');
  });

  it('an episode with companion files is reported without them first (pending), then with them', async () => {
    const el = await host();
    el.loader.load({ src: '/tests/fixtures/formats/episode-companions.json' });
    await waitUntil(() => el.last?.status === 'ready' && !el.last.pending, 'the episode with its companions');
    expect(el.states.map((s) => s.status)).to.deep.equal(['loading', 'ready', 'ready']);
    const [, partial, full] = el.states;
    expect(partial.pending).to.have.members(['chapters', 'transcript']);
    expect(partial.episode!.title).to.equal('Podcast trailers');
    expect(partial.episode!.transcript).to.deep.equal([]);
    expect(partial.episode!.chapters).to.deep.equal([]);
    expect(full.pending).to.equal(undefined);
    expect(full.episode!.transcript.length).to.be.greaterThan(0);
    expect(full.episode!.chapters.length).to.be.greaterThan(0);
  });

  it('cancel() stops the running load: nothing it finds is reported', async () => {
    const el = await host();
    el.loader.load({ src: '/hang/cancelled.json' });
    await waitUntil(() => fetches.calls.length === 1, 'the request');
    el.loader.cancel();
    expect(fetches.calls[0].signal!.aborted).to.equal(true);
    // Once the aborted request has failed and its rejection has run its course, still nothing.
    await fetches.calls[0].ended;
    await nextTask();
    expect(el.states.map((s) => s.status)).to.deep.equal(['loading']);
    // A later load is reported as usual; the cancelled one added nothing in between.
    el.loader.load({ src: '/tests/fixtures/episodes/sample.json' });
    await waitUntil(() => el.last?.status === 'ready', 'the next episode');
    expect(el.states.map((s) => s.status)).to.deep.equal(['loading', 'loading', 'ready']);
  });
});

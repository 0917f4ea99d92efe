/**
 * Media that cannot play: a 404 enclosure, a missing file, sources that all fail. The provider
 * says which file and why, once, visibly; the episode still shows.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import { waitUntil, whenMetadata } from './helpers/media.js';

const SAMPLE = '/tests/fixtures/episodes/sample.json';
const mediaError = (provider: EpisodeProvider) => provider.shadowRoot!.querySelector<HTMLElement>('[part="media-error"]');

/** Records console.warn calls made by episode-kit while `run` runs. */
async function withWarnings(run: (warnings: unknown[][]) => Promise<void>) {
  const warnings: unknown[][] = [];
  const realWarn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (args[0] === 'episode-kit:') warnings.push(args);
    else realWarn(...args);
  };
  try {
    await run(warnings);
  } finally {
    console.warn = realWarn;
  }
}

describe('<episode-provider> and media that cannot play', () => {
  it('a missing media file: names the file and the 404, once, and the episode still shows', async () => {
    await withWarnings(async (warnings) => {
      const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SAMPLE}>
        <audio src="/media/not-there.mp3" preload="auto"></audio>
        <episode-summary></episode-summary>
      </episode-provider>`);
      if (provider.state.status !== 'ready') await oneEvent(provider, 'episode-load');
      await waitUntil(() => mediaError(provider)?.textContent?.includes('404') ?? false, 'the 404 named');
      const box = mediaError(provider)!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent).to.contain(new URL('/media/not-there.mp3', location.href).href).and.contain('the server answered 404');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![1])).to.contain('404');
      const summary = provider.querySelector('episode-summary')!;
      await waitUntil(() => !!summary.shadowRoot?.querySelector('h2, h1, [part~="title"]'), 'the summary');
      expect(summary.shadowRoot!.textContent).to.contain(provider.currentEpisode!.title);
      await expect(provider).to.be.accessible();
    });
  });

  it('a feed whose enclosure is gone: the page shows the item and says its media is missing', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // eslint-disable-next-line lit/no-invalid-html -- a page as a podcast site writes it
    wrapper.innerHTML = `<episode-provider feed="/tests/fixtures/feeds/captivate.xml" item="0">
      <audio preload="auto"></audio>
      <key-moments></key-moments>
    </episode-provider>`;
    const provider = wrapper.querySelector('episode-provider') as EpisodeProvider;
    await waitUntil(() => mediaError(provider)?.textContent?.includes('404') ?? false, 'the 404 named');
    expect(mediaError(provider)!.textContent).to.contain('missing-audio.mp3');
    const moments = wrapper.querySelector('key-moments')!;
    await waitUntil(() => (moments.shadowRoot?.querySelectorAll('[part~="moment"]').length ?? 0) === 3, 'the chapters from the show notes');
  });

  it('a <source> that fails before one that plays is no error; sources that all fail are', async () => {
    await withWarnings(async (warnings) => {
      const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SAMPLE}>
        <audio preload="auto"><source src="/media/not-there.ogg" type="audio/ogg" /><source src="/media/silence-240.wav" type="audio/wav" /></audio>
      </episode-provider>`);
      await whenMetadata(provider.querySelector('audio')!);
      await provider.updateComplete;
      expect(mediaError(provider)?.textContent ?? null, 'no media-error notice').to.equal(null);
      expect(warnings).to.have.length(0);

      const failing = await fixture<EpisodeProvider>(html`<episode-provider src=${SAMPLE}>
        <audio preload="auto"><source src="/media/gone-1.mp3" type="audio/mpeg" /><source src="/media/gone-2.wav" type="audio/wav" /></audio>
      </episode-provider>`);
      await waitUntil(() => mediaError(failing)?.textContent?.includes('404') ?? false, 'the 404 named');
      expect(mediaError(failing)!.textContent).to.contain('gone-2.wav');
    });
  });

  it('the notice goes once the page gives the media a source that plays', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SAMPLE}>
      <audio src="/media/not-there.mp3" preload="auto"></audio>
    </episode-provider>`);
    await withWarnings(async () => {
      await waitUntil(() => !!mediaError(provider), 'the notice');
      const audio = provider.querySelector('audio')!;
      audio.src = '/media/silence-240.wav';
      await whenMetadata(audio);
      await provider.updateComplete;
      expect(mediaError(provider)?.textContent ?? null, 'no media-error notice').to.equal(null);
    });
  });

  it('the server\'s answer about a file the page has since replaced brings no notice back', async () => {
    // The provider asks the server (HEAD) why the media failed; here that answer comes a second
    // late, after the page gave the media a source that plays (once, a CI run saw this race).
    const heads: Promise<unknown>[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      const answer = realFetch(input, init);
      if (init?.method === 'HEAD') heads.push(answer.catch(() => undefined));
      return answer;
    };
    try {
      const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SAMPLE}>
        <audio src="/slow-head/not-there.mp3" preload="auto"></audio>
      </episode-provider>`);
      await withWarnings(async () => {
        await waitUntil(() => !!mediaError(provider) && heads.length === 1, 'the first notice, and the question to the server');
        const audio = provider.querySelector('audio')!;
        audio.src = '/media/silence-240.wav';
        await whenMetadata(audio);
        await Promise.all(heads);
        await provider.updateComplete;
        expect(mediaError(provider)?.textContent ?? null, 'no media-error notice').to.equal(null);
      });
    } finally {
      window.fetch = realFetch;
    }
  });
});

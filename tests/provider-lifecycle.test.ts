/**
 * What frameworks and flaky networks do to a provider: a failed load retried, a source removed
 * while it loads, the provider moved while it loads, the media element that `for` names replaced
 * or created late.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import { silentWavUrl, waitUntil, whenMetadata } from './helpers/media.js';

const SAMPLE = '/tests/fixtures/episodes/sample.json';

describe('<episode-provider> lifecycle', () => {
  let realFetch: typeof fetch;
  beforeEach(() => (realFetch = window.fetch));
  afterEach(() => (window.fetch = realFetch));

  it('the error box\'s "Try again" fetches the same src again, and shows the episode when it comes', async () => {
    const asked: string[] = [];
    let fail = true;
    window.fetch = (input, init) => {
      asked.push(String(input));
      if (fail) return Promise.resolve(new Response('busy', { status: 503, statusText: 'Service Unavailable' }));
      return realFetch(input, init);
    };
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SAMPLE}><episode-summary></episode-summary></episode-provider>`);
    await waitUntil(() => provider.state.status === 'error', 'the error');
    await provider.updateComplete;
    const retry = provider.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] [part="retry"]')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    expect(provider.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('503');
    fail = false;
    const loaded = oneEvent(provider, 'episode-load');
    retry.focus();
    retry.click();
    await loaded;
    await provider.updateComplete;
    expect(asked.filter((url) => url.endsWith(SAMPLE))).to.have.length(2);
    expect(provider.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    await expect(provider).to.be.accessible();
  });

  it('removing src while it loads clears the episode: nothing is shown and nothing arrives late', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SAMPLE}><episode-summary></episode-summary></episode-provider>`);
    await waitUntil(() => provider.state.status === 'ready', 'the first episode');
    let loads = 0;
    provider.addEventListener('episode-load', () => loads++);
    provider.src = '/hang/episode.json';
    await waitUntil(() => provider.state.status === 'loading', 'loading the second');
    provider.removeAttribute('src');
    await waitUntil(() => provider.state.status === 'empty', 'no episode');
    expect(provider.currentEpisode).to.equal(undefined);
    const summary = provider.querySelector('episode-summary')!;
    await waitUntil(() => !!summary.shadowRoot!.querySelector('.hint'), 'the widget says it has no episode');
    expect(summary.shadowRoot!.textContent).to.not.contain('Open Weights');
    expect(loads).to.equal(0);
  });

  it('a provider moved while it loads still shows its episode', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><section></section></div>`);
    const provider = document.createElement('episode-provider') as EpisodeProvider;
    provider.src = SAMPLE;
    host.append(provider);
    await waitUntil(() => provider.state.status === 'loading', 'loading');
    host.querySelector('section')!.append(provider); // removed and added again: a framework's move
    await waitUntil(() => provider.state.status === 'ready', 'the episode after the move');
    expect(provider.currentEpisode!.title).to.equal('Open Weights and the Chip Race');
  });

  it('follows the element that for= names when a framework replaces it, or creates it late', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <audio id="late-player"></audio>
      <episode-provider src=${SAMPLE} for="framework-player"></episode-provider>
    </div>`);
    const provider = page.querySelector('episode-provider') as EpisodeProvider;
    await waitUntil(() => provider.state.status === 'ready', 'the episode');
    expect(provider.media).to.equal(null);

    // Created after the episode loaded.
    const first = document.createElement('audio');
    first.id = 'framework-player';
    first.src = silentWavUrl(120);
    page.prepend(first);
    await waitUntil(() => provider.media === first, 'the late element followed');

    // Replaced by a new element with the same id (a re-render).
    const second = document.createElement('audio');
    second.id = 'framework-player';
    second.src = silentWavUrl(120);
    first.replaceWith(second);
    await waitUntil(() => provider.media === second, 'the new element followed');
    await whenMetadata(second);
    provider.seekTo(42);
    await waitUntil(() => Math.abs(second.currentTime - 42) < 0.01, 'the seek reached the new element');
    expect(first.currentTime).to.equal(0);

    // An element that takes the id later.
    second.id = 'gone';
    const third = page.querySelector<HTMLAudioElement>('#late-player')!;
    third.id = 'framework-player';
    await waitUntil(() => provider.media === third, 'the element that took the id');
  });

  describe('widgets that come before their provider, or move to another', () => {
    const SEED = '/tests/fixtures/episodes/page-seed.json';
    const momentButtons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="moment"]')];
    const summaryTitle = (el: Element) => el.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim();

    it('a widget inside a provider element defined only later shows its episode once it is defined', async () => {
      const host = await fixture<HTMLDivElement>(html`<div><late-episode-provider src=${SAMPLE}><episode-summary></episode-summary></late-episode-provider></div>`);
      const summary = host.querySelector('episode-summary')!;
      await summary.updateComplete;
      expect(summary.shadowRoot!.querySelector('.hint'), 'no provider yet: the hint').to.exist;
      const { EpisodeProvider: Provider } = await import('../src/components/episode-provider/episode-provider.js');
      customElements.define('late-episode-provider', class extends Provider {});
      await waitUntil(() => summaryTitle(summary) === 'Open Weights and the Chip Race', 'the episode in the widget');
    });

    it('a widget with provider="ID" put on the page before that provider joins it when it comes, and seeks through it', async () => {
      const host = await fixture<HTMLDivElement>(html`<div><aside><key-moments provider="later-provider"></key-moments></aside></div>`);
      const widget = host.querySelector('key-moments')!;
      await widget.updateComplete;
      expect(widget.shadowRoot!.querySelector('.hint'), 'no provider yet: the hint').to.exist;
      const provider = document.createElement('episode-provider') as EpisodeProvider;
      provider.id = 'later-provider';
      provider.src = SAMPLE;
      host.append(provider);
      await waitUntil(() => momentButtons(widget).length === 4, 'the chapters in the widget');
      momentButtons(widget)[2]!.click();
      await waitUntil(() => provider.playback.currentTime === 120, 'the provider at 120 s');
    });

    it('a widget with provider="ID" inside another provider shows the episode of the one it names and seeks through it', async () => {
      const host = await fixture<HTMLDivElement>(html`<div>
        <episode-provider id="named-provider" src=${SAMPLE}></episode-provider>
        <episode-provider id="around-provider" src=${SEED}><key-moments provider="named-provider"></key-moments></episode-provider>
      </div>`);
      const [named, around] = [...host.querySelectorAll('episode-provider')] as EpisodeProvider[];
      const widget = host.querySelector('key-moments')!;
      await waitUntil(() => momentButtons(widget).length === 4, 'the named provider\'s chapters');
      await waitUntil(() => around.state.status === 'ready', 'the provider around it loaded');
      const aroundSeeks = around!.playback.seeks;
      momentButtons(widget)[3]!.click();
      await waitUntil(() => named!.playback.currentTime === 180, 'the named provider at 180 s');
      // The provider around it has its own episode and stays where it was.
      expect(around!.playback.seeks).to.equal(aroundSeeks);
      expect(around!.playback.currentTime).to.equal(0);
    });

    it('a widget moved from one provider to another shows the second\'s episode and seeks through it', async () => {
      const host = await fixture<HTMLDivElement>(html`<div>
        <episode-provider src=${SEED}><episode-summary></episode-summary><key-moments></key-moments></episode-provider>
        <episode-provider src=${SAMPLE}></episode-provider>
      </div>`);
      const [first, second] = [...host.querySelectorAll('episode-provider')] as EpisodeProvider[];
      const summary = first!.querySelector('episode-summary')!;
      const widget = first!.querySelector('key-moments')!;
      await waitUntil(() => !!summaryTitle(summary)?.startsWith('Dylan Patel'), 'the first episode');
      await waitUntil(() => second!.state.status === 'ready', 'the second provider loaded');
      second!.append(summary, widget);
      await waitUntil(() => summaryTitle(summary) === 'Open Weights and the Chip Race', 'the second episode');
      await waitUntil(() => momentButtons(widget).length === 4, 'the second episode\'s chapters');
      momentButtons(widget)[1]!.click();
      await waitUntil(() => second!.playback.currentTime === 60, 'the second provider at 60 s');
      expect(first!.playback.currentTime).to.equal(0);
    });

    it('a widget whose provider="ID" changes leaves the first provider for the one it names now', async () => {
      const host = await fixture<HTMLDivElement>(html`<div>
        <episode-provider id="first-named" src=${SEED}></episode-provider>
        <episode-provider id="second-named" src=${SAMPLE}></episode-provider>
        <aside><episode-summary provider="first-named"></episode-summary></aside>
      </div>`);
      const summary = host.querySelector('episode-summary')!;
      await waitUntil(() => !!summaryTitle(summary)?.startsWith('Dylan Patel'), 'the first provider\'s episode');
      summary.setAttribute('provider', 'second-named');
      await waitUntil(() => summaryTitle(summary) === 'Open Weights and the Chip Race', 'the second provider\'s episode');
    });
  });
});

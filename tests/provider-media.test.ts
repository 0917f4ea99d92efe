import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../src/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import type { PlaybackState } from '../src/context.js';
import type { Episode } from '../src/episode/types.js';
import { SeekEvent } from '../src/events.js';
import { EpisodeWidget } from '../src/widget/episode-widget.js';
import { defineFakeMedia, waitUntil, whenMetadata, type FakeMedia } from './helpers/media.js';

const SAMPLE = '/tests/fixtures/episodes/sample.json';

/** A widget of a developer's own, written on the exported base, that records every playback tick. */
class TickCounter extends EpisodeWidget {
  protected static override playbackMode = 'callback' as const;
  ticks: PlaybackState[] = [];
  renders = 0;
  protected override playbackChanged(state: PlaybackState): void {
    this.ticks.push(state);
  }
  protected renderEpisode(episode: Episode) {
    this.renders += 1;
    return litHtml`<p part="base">${episode.title}</p>`;
  }
}
customElements.define('tick-counter', TickCounter);

/** Anything with the HTMLMediaElement API can be followed: here, a custom element. */
const emptyRanges: TimeRanges = { length: 0, start: () => 0, end: () => 0 } as TimeRanges;

defineFakeMedia('fake-media', 300);

describe('<episode-provider> and media', () => {
  afterEach(() => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it('publishes the time every animation frame while playing, not only at timeupdate', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SAMPLE}>
      <audio src="/media/silence-240.wav" preload="auto" muted></audio>
      <tick-counter></tick-counter>
    </episode-provider>`);
    if (provider.state.status !== 'ready') await oneEvent(provider, 'episode-load');
    const audio = provider.querySelector('audio')!;
    const counter = provider.querySelector('tick-counter') as TickCounter;
    await whenMetadata(audio);
    let timeupdates = 0;
    audio.addEventListener('timeupdate', () => (timeupdates += 1));
    counter.ticks = [];
    const rendersBefore = counter.renders;
    await audio.play();
    // Published only at timeupdate, this would time out.
    await waitUntil(() => counter.ticks.length > timeupdates + 5, 'more ticks than timeupdates');
    audio.pause();
    const times = counter.ticks.map((t) => t.currentTime);
    expect([...times].sort((a, b) => a - b)).to.deep.equal(times);
    expect(counter.ticks.some((t) => !t.paused)).to.equal(true);
    await waitUntil(() => counter.ticks.at(-1)!.paused, 'pause published');
    // A widget that only needs the episode never re-renders on a time tick.
    expect(counter.renders).to.equal(rendersBefore);
  });

  it('media that cannot seek (its seekable ranges lack the time asked): said once, visibly and as a console warning', async () => {
    const warnings: unknown[][] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const wrapper = await fixture(html`<div>
        <fake-media id="unseekable"></fake-media>
        <episode-provider for="unseekable" src=${SAMPLE}><tick-counter></tick-counter></episode-provider>
      </div>`);
      const provider = wrapper.querySelector('episode-provider')!;
      if (provider.state.status !== 'ready') await oneEvent(provider, 'episode-load');
      const media = wrapper.querySelector('fake-media') as FakeMedia;
      media.seekable = emptyRanges;
      const notice = () => provider.shadowRoot!.querySelector('[part="notice"]');
      const told = () => warnings.filter((args) => args[0] === 'episode-kit:' && String(args[1]).includes('cannot seek') && args[2] === media);
      provider.querySelector('tick-counter')!.dispatchEvent(new SeekEvent(90));
      await waitUntil(() => !!notice(), 'the notice');
      expect(notice()!.textContent).to.contain('cannot seek').and.contain('Range requests');
      expect(told()).to.have.length(1);
      // Once: a second seek says nothing more.
      provider.querySelector('tick-counter')!.dispatchEvent(new SeekEvent(120));
      await waitUntil(() => media.currentTime === 120, 'the second seek applied');
      await provider.updateComplete;
      expect(told()).to.have.length(1);
      expect(provider.shadowRoot!.querySelectorAll('[part="notice"]')).to.have.length(1);
      await expect(provider).to.be.accessible();
    } finally {
      console.warn = realWarn;
    }
  });

  it('a real <audio> from a server that ignores Range requests: the notice says so exactly when the browser cannot seek there', async () => {
    const warnings: unknown[][] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SAMPLE}>
        <audio src="/media/no-range/silence-3600.wav" preload="metadata"></audio>
      </episode-provider>`);
      if (provider.state.status !== 'ready') await oneEvent(provider, 'episode-load');
      const audio = provider.querySelector('audio')!;
      await whenMetadata(audio);
      const ranges = audio.seekable;
      const canSeek = [...Array(ranges.length).keys()].some((i) => ranges.start(i) <= 3000 && 3000 <= ranges.end(i));
      provider.seekTo(3000);
      await oneEvent(audio, 'seeked');
      await provider.updateComplete;
      // Firefox seeks only in what it has downloaded; Chromium reads on to the time asked for.
      const notice = provider.shadowRoot!.querySelector('[part="notice"]');
      expect(!!notice, `notice (seekable: ${canSeek})`).to.equal(!canSeek);
      expect(warnings.filter((args) => args[2] === audio)).to.have.length(canSeek ? 0 : 1);
      if (canSeek) expect(audio.currentTime).to.equal(3000);
      else expect(audio.currentTime).to.be.below(3000);
    } finally {
      console.warn = realWarn;
    }
  });

  it('media served with Range requests seeks and shows no notice', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SAMPLE}>
      <audio src="/media/silence-240.wav" preload="auto"></audio>
    </episode-provider>`);
    if (provider.state.status !== 'ready') await oneEvent(provider, 'episode-load');
    const audio = provider.querySelector('audio')!;
    await whenMetadata(audio);
    provider.seekTo(90);
    await oneEvent(audio, 'seeked');
    await provider.updateComplete;
    expect(audio.currentTime).to.equal(90);
    expect(provider.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
  });

  it('follows a custom element that has the media API', async () => {
    const wrapper = await fixture(html`<div>
      <fake-media id="fake"></fake-media>
      <episode-provider for="fake" src=${SAMPLE}><tick-counter></tick-counter></episode-provider>
    </div>`);
    const provider = wrapper.querySelector('episode-provider')!;
    if (provider.state.status !== 'ready') await oneEvent(provider, 'episode-load');
    const media = wrapper.querySelector('fake-media') as FakeMedia;
    provider.querySelector('tick-counter')!.dispatchEvent(new SeekEvent(42));
    await waitUntil(() => media.currentTime === 42, 'custom media at 42 s');
    await waitUntil(() => provider.playback.currentTime === 42, 'playback published');
  });

  it('a #t=start,end range plays from start and pauses at end', async () => {
    history.replaceState(null, '', '#t=10,10.5');
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SAMPLE}>
      <audio src="/media/silence-240.wav" preload="auto" muted></audio>
    </episode-provider>`);
    const audio = provider.querySelector('audio')!;
    await waitUntil(() => audio.currentTime === 10, 'at the range start');
    await audio.play();
    await waitUntil(() => audio.paused, 'paused at the range end', 5000);
    expect(audio.currentTime).to.be.within(10.5, 11.5);
  });

  it('with several providers, only the one with deep-link follows #t=', async () => {
    history.replaceState(null, '', '#t=33');
    const wrapper = await fixture(html`<div>
      <episode-provider id="a" src=${SAMPLE}></episode-provider>
      <episode-provider id="b" src=${SAMPLE} deep-link></episode-provider>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('episode-provider')];
    await waitUntil(() => a.state.status === 'ready' && b.state.status === 'ready', 'both loaded');
    await waitUntil(() => b.playback.currentTime === 33, 'deep-link provider follows');
    expect(a.playback.currentTime).to.equal(0);
  });

  it('an inline JSON syntax error names the script and the line', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider>
      <script type="application/json" id="episode-data">
{
  "version": 1,
  "title": "Oops",
}
      </script>
    </episode-provider>`);
    await waitUntil(() => provider.state.status === 'error', 'error state');
    await provider.updateComplete;
    const box = provider.shadowRoot!.querySelector('[part~="error"]')!;
    expect(box.textContent).to.contain('#episode-data');
    expect(box.textContent).to.match(/line 5/);
  });
});

/**
 * Media as it comes: live streams with no end, seeks past the end, a media element removed while
 * the page is open.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import { defineFakeMedia, waitUntil, whenMetadata, type FakeMedia } from './helpers/media.js';

const SAMPLE = '/tests/fixtures/episodes/sample.json';

// A live stream: the media API with an infinite duration.
defineFakeMedia('live-media', Infinity);

describe('media quirks', () => {
  it('a live stream (infinite duration): seeks are not clamped, and every widget follows', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <live-media id="live"></live-media>
      <episode-provider for="live" src=${SAMPLE}>
        <key-moments></key-moments>
        <transcript-view></transcript-view>
        <episode-summary></episode-summary>
      </episode-provider>
    </div>`);
    const provider = page.querySelector('episode-provider') as EpisodeProvider;
    await waitUntil(() => provider.state.status === 'ready', 'the episode');
    const live = page.querySelector('live-media') as FakeMedia;
    provider.seekTo(100);
    await waitUntil(() => live.currentTime === 100, 'the stream at 100 s');
    await waitUntil(() => provider.playback.currentTime === 100, 'the time published');
    expect(provider.playback.duration).to.equal(Infinity);
    const moments = provider.querySelector('key-moments')!;
    await waitUntil(() => !!moments.shadowRoot!.querySelector('[part~="moment"][part~="current"]'), 'a current moment');
    const transcript = provider.querySelector('transcript-view')!;
    await waitUntil(() => !!transcript.shadowRoot!.querySelector('[part~="segment"][part~="current"]'), 'a current segment');
    expect(moments.shadowRoot!.textContent).to.not.match(/Infinity|NaN/);
  });

  it('a seek past the end lands at the end, and the last chapter is current', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SAMPLE}>
      <audio src="/media/silence-240.wav" preload="auto"></audio>
      <key-moments></key-moments>
    </episode-provider>`);
    await waitUntil(() => provider.state.status === 'ready', 'the episode');
    const audio = provider.querySelector('audio')!;
    await whenMetadata(audio);
    provider.seekTo(10_000);
    await waitUntil(() => Math.abs(audio.currentTime - audio.duration) < 0.5, 'at the end');
    const moments = provider.querySelector('key-moments')!;
    const items = moments.shadowRoot!.querySelectorAll('[part~="moment"]');
    await waitUntil(() => items[items.length - 1]!.getAttribute('part')!.includes('current'), 'the last chapter current');
  });

  it('media removed from the page: the provider goes on in reading mode', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SAMPLE}>
      <audio src="/media/silence-240.wav" preload="auto"></audio>
      <key-moments></key-moments>
    </episode-provider>`);
    await waitUntil(() => provider.state.status === 'ready', 'the episode');
    const audio = provider.querySelector('audio')!;
    await waitUntil(() => provider.media === audio, 'following the audio');
    audio.remove();
    await waitUntil(() => provider.media === null, 'no media');
    provider.seekTo(50);
    await waitUntil(() => provider.playback.currentTime === 50, 'the reading position moved');
    expect(audio.currentTime).to.equal(0);
  });
});

/**
 * A podcast site points the provider at its RSS feed and gets the page: chapters, transcript,
 * people, show notes, highlights, and the enclosure playing in an `<audio>` that had no source.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import { waitUntil, whenMetadata } from './helpers/media.js';
import { renderAndCatch } from './helpers/render.js';

const FEED = '/tests/fixtures/feeds/buzzsprout.xml';
const shadow = (el: Element) => el.shadowRoot!;
const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

async function feedPage(attributes = 'guid="Buzzsprout-2002"') {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  // eslint-disable-next-line lit/no-invalid-html -- the attributes vary per test
  wrapper.innerHTML = `<episode-provider feed="${FEED}" ${attributes}>
      <audio preload="auto"></audio>
      <episode-summary></episode-summary>
      <key-moments></key-moments>
      <transcript-view></transcript-view>
    </episode-provider>`;
  const provider = wrapper.querySelector('episode-provider') as EpisodeProvider;
  return {
    provider,
    audio: wrapper.querySelector('audio')!,
    summary: wrapper.querySelector('episode-summary')!,
    moments: wrapper.querySelector('key-moments')!,
    transcript: wrapper.querySelector('transcript-view')!,
  };
}

describe('<episode-provider feed>', () => {
  it('shows the item: chapters, transcript, people, show notes and highlights, with paths into the feed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = new Promise<CustomEvent>((resolve) => wrapper.addEventListener('episode-load', (e) => resolve(e as CustomEvent), { once: true }));
    const provider = document.createElement('episode-provider') as EpisodeProvider;
    provider.setAttribute('feed', FEED);
    provider.setAttribute('guid', 'Buzzsprout-2002');
    const moments = document.createElement('key-moments');
    const summary = document.createElement('episode-summary');
    const transcript = document.createElement('transcript-view');
    provider.append(summary, moments, transcript);
    wrapper.append(provider);
    const event = await loaded;
    expect(event.detail.episode.title).to.equal('Rooms that sound good');
    expect(event.detail.warnings.map((w: { path: string }) => w.path)).to.deep.equal(['item[0].podcast:transcript[1]']);
    await waitUntil(() => shadow(moments).querySelectorAll('[part~="moment"]').length === 4, 'the chapters');
    expect(texts(shadow(moments), '[part~="moment"] .title')).to.deep.equal(['Welcome', 'Small rooms', 'The closet trick', 'Microphones']);
    expect(texts(shadow(moments), '[part~="soundbite"] .title')).to.deep.equal(['The closet trick']);
    expect(shadow(moments).querySelector('.highlights-heading')!.textContent).to.equal('Highlights');
    await waitUntil(() => shadow(transcript).querySelectorAll('[part~="segment"]').length === 4, 'the transcript');
    expect(texts(shadow(transcript), '[part="speaker"]')).to.deep.equal(['Ana Ortiz', 'Ben Okafor', 'Ana Ortiz', 'Ben Okafor']);
    expect(texts(shadow(summary), '[part="people"] .name')).to.deep.equal(['Ben Okafor', 'Ana Ortiz']);
    expect(texts(shadow(summary), '[part="people"] .role')).to.deep.equal(['guest', 'host']);
    expect(shadow(summary).querySelector('.show')!.textContent).to.equal('Sound Advice');
    // The show notes are text (the feed's HTML is never inserted), open since there is no summary.
    const notes = shadow(summary).querySelector<HTMLDetailsElement>('[part="show-notes"]')!;
    expect(notes.open).to.equal(true);
    expect(texts(notes, 'p')).to.deep.equal(['Ana and Ben talk about rooms & microphones.', 'Links:', '• Mics we use']);
    expect(notes.querySelector('em, a, ul')).to.equal(null);
    expect(shadow(summary).querySelector('.hint')).to.equal(null);
  });

  it('gives an <audio> without a source the enclosure, plays it, and every widget follows', async () => {
    const { provider, audio, moments, transcript } = await feedPage();
    await waitUntil(() => provider.state.status === 'ready', 'the episode');
    expect(audio.getAttribute('src')).to.equal('/media/silence-240.wav');
    await whenMetadata(audio);
    await waitUntil(() => shadow(moments).querySelectorAll('[part~="moment"]').length === 4, 'the chapters');
    shadow(moments).querySelectorAll<HTMLButtonElement>('[part~="moment"]')[2]!.click();
    await waitUntil(() => audio.currentTime === 60, 'the audio at the third chapter');
    await waitUntil(() => shadow(transcript).querySelector('[part="segment current"]')?.getAttribute('data-index') === '2', 'the transcript follows');
    // A highlight seeks too, and is marked while it plays.
    shadow(moments).querySelector<HTMLButtonElement>('[part~="soundbite"]')!.click();
    await waitUntil(() => audio.currentTime === 62.5, 'the audio at the highlight');
    await waitUntil(() => shadow(moments).querySelector('[part~="soundbite"]')!.getAttribute('part') === 'soundbite current', 'the highlight is current');
    await audio.play();
    await waitUntil(() => audio.currentTime > 62.6, 'playing');
    audio.pause();
  });

  it('never replaces a source the page set', async () => {
    const { element: provider } = await renderAndCatch<EpisodeProvider>(
      html`<episode-provider feed=${FEED} guid="Buzzsprout-2002"><audio src="/media/silence-60.wav"></audio><key-moments></key-moments></episode-provider>`,
      'episode-load',
    );
    const audio = provider.querySelector('audio')!;
    expect(audio.getAttribute('src')).to.equal('/media/silence-60.wav');
  });

  it('item="N" chooses by position; a companion file that is missing is reported at its tag, the rest shows', async () => {
    const { provider, moments } = await feedPage('item="1"');
    const event = await oneEvent(provider, 'episode-load');
    expect(event.detail.episode.title).to.equal('Trailer');
    const missing = event.detail.warnings.find((w: { path: string }) => w.path === 'item[1].podcast:chapters' && /404/.test((w as unknown as { message: string }).message));
    expect(missing).to.exist;
    await moments.updateComplete;
    // Said where the chapters would be, with why and a retry (not "This episode has no chapters.").
    const notice = shadow(moments).querySelector('[part="unavailable"]')!;
    expect(notice.textContent).to.match(/The chapters could not be loaded: HTTP 404 Not Found \(.*missing-chapters\.json\)/);
    expect(notice.querySelector('[part="retry"]')).to.exist;
  });

  it('a feed that cannot be read is one clear error', async () => {
    const { event } = await renderAndCatch(html`<episode-provider feed="/tests/fixtures/feeds/nope.xml"></episode-provider>`, 'episode-error');
    expect(event.detail.message).to.match(/nope\.xml.*the feed HTTP 404/);
  });
});

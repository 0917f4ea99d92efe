import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import type { KeyMoments } from '../src/components/key-moments/key-moments.js';
import { SeekEvent, EntitySelectEvent } from '../src/events.js';
import { parseEpisode } from '../src/episode/validate.js';
import { isNormalizedEpisode } from '../src/episode/normalized.js';
import { recordSeeks, silentWavUrl, waitUntil, whenMetadata } from './helpers/media.js';
import { renderAndCatch } from './helpers/render.js';

const SAMPLE = '/tests/fixtures/episodes/sample.json';
const audioUrl = silentWavUrl(240);

function moments(el: KeyMoments): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="moment"]')];
}

async function page(template = html`<episode-provider src=${SAMPLE}>
  <audio src=${audioUrl} preload="auto"></audio>
  <key-moments></key-moments>
</episode-provider>`) {
  const provider = await fixture<EpisodeProvider>(template);
  if (provider.state.status !== 'ready') await oneEvent(provider, 'episode-load');
  const moments = provider.querySelector('key-moments') as KeyMoments;
  await moments.updateComplete;
  return { provider, audio: provider.querySelector('audio')!, moments };
}

describe('<episode-provider>', () => {
  afterEach(() => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it('loads src, fires episode-load and shares the episode with widgets inside', async () => {
    const { element: provider, event } = await renderAndCatch<EpisodeProvider>(html`<episode-provider src=${SAMPLE}><key-moments></key-moments></episode-provider>`, 'episode-load');
    expect(event.detail.episode.title).to.equal('Open Weights and the Chip Race');
    expect(event.detail.warnings).to.deep.equal([]);
    const widget = provider.querySelector('key-moments')!;
    await widget.updateComplete;
    expect(moments(widget).map((m) => m.querySelector('.title')!.textContent)).to.deep.equal([
      'Welcome',
      'Why open weights matter',
      'Chips and TSMC',
      'Wrap-up',
    ]);
  });

  it('a seek dispatched from inside moves the child audio', async () => {
    const { provider, audio, moments: widget } = await page();
    await whenMetadata(audio);
    const seen: number[] = [];
    provider.addEventListener('seek', (e) => seen.push(e.detail.time));
    moments(widget)[2].click();
    expect(seen).to.deep.equal([120]);
    await waitUntil(() => audio.currentTime === 120, 'audio at 120 s');
    await waitUntil(() => moments(widget)[2].getAttribute('part') === 'moment current', 'chapter 3 current');
    expect(moments(widget)[2].getAttribute('aria-current')).to.equal('true');
    expect(moments(widget)[0].getAttribute('aria-current')).to.equal(null);
  });

  it('leaves the media alone when a listener on window prevents the seek', async () => {
    const { audio, moments: widget } = await page();
    await whenMetadata(audio);
    const seeks = recordSeeks(audio);
    const veto = (e: Event) => e.preventDefault();
    window.addEventListener('seek', veto);
    try {
      moments(widget)[3].click();
    } finally {
      window.removeEventListener('seek', veto);
    }
    // Seeks are applied in the order they come: once a later one is applied, the vetoed one never will be.
    expect(audio.currentTime).to.equal(0);
    widget.dispatchEvent(new SeekEvent(60));
    await waitUntil(() => audio.currentTime === 60, 'the later seek applied');
    expect(seeks).to.deep.equal([60]);
  });

  it('ignores a seek whose time is not a finite number', async () => {
    const { audio, moments: widget } = await page();
    await whenMetadata(audio);
    audio.currentTime = 30;
    await oneEvent(audio, 'seeked');
    const seeks = recordSeeks(audio);
    widget.dispatchEvent(new SeekEvent(Number.NaN));
    widget.dispatchEvent(new CustomEvent('seek', { bubbles: true, detail: { time: 'soon' } }));
    widget.dispatchEvent(new SeekEvent(Infinity));
    expect(audio.currentTime).to.equal(30);
    // Seeks are applied in order: once this one is, none of the bad ones was.
    widget.dispatchEvent(new SeekEvent(45));
    await waitUntil(() => audio.currentTime === 45, 'the good seek applied');
    expect(seeks).to.deep.equal([45]);
  });

  it('applies a seek asked for before the media has metadata once it has', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SAMPLE}>
      <audio preload="auto"></audio>
    </episode-provider>`);
    if (provider.state.status !== 'ready') await oneEvent(provider, 'episode-load');
    const audio = provider.querySelector('audio')!;
    provider.dispatchEvent(new SeekEvent(75));
    // Published at once (widgets mark the moment), held for the media until it has metadata.
    await waitUntil(() => provider.playback.currentTime === 75, 'the asked time published');
    expect(audio.readyState).to.equal(0);
    expect(audio.currentTime).to.equal(0);
    audio.src = audioUrl;
    await waitUntil(() => audio.currentTime === 75, 'pending seek applied');
  });

  it('follows a media element named by for="ID", outside it', async () => {
    const wrapper = await fixture(html`<div>
      <audio id="outside-player" src=${audioUrl} preload="auto"></audio>
      <episode-provider for="outside-player" src=${SAMPLE}><key-moments></key-moments></episode-provider>
    </div>`);
    const provider = wrapper.querySelector('episode-provider')!;
    if (provider.state.status !== 'ready') await oneEvent(provider, 'episode-load');
    const audio = wrapper.querySelector('audio')!;
    await whenMetadata(audio);
    const widget = wrapper.querySelector('key-moments')!;
    await widget.updateComplete;
    moments(widget)[1].click();
    await waitUntil(() => audio.currentTime === 60, 'audio at 60 s');
  });

  it('lets a widget outside join with provider="ID" and seek through it', async () => {
    const wrapper = await fixture(html`<div>
      <episode-provider id="remote-provider" src=${SAMPLE}><audio src=${audioUrl} preload="auto"></audio></episode-provider>
      <aside><key-moments provider="remote-provider"></key-moments></aside>
    </div>`);
    const provider = wrapper.querySelector('episode-provider')!;
    if (provider.state.status !== 'ready') await oneEvent(provider, 'episode-load');
    const widget = wrapper.querySelector('key-moments')!;
    await waitUntil(() => moments(widget).length === 4, 'remote widget shows the chapters');
    const audio = provider.querySelector('audio')!;
    await whenMetadata(audio);
    moments(widget)[3].click();
    await waitUntil(() => audio.currentTime === 180, 'audio at 180 s');
    await waitUntil(() => moments(widget)[3].getAttribute('aria-current') === 'true', 'remote widget follows');
  });

  it('keeps its own reading position when there is no media', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SAMPLE}><key-moments></key-moments></episode-provider>`);
    if (provider.state.status !== 'ready') await oneEvent(provider, 'episode-load');
    const widget = provider.querySelector('key-moments')!;
    await widget.updateComplete;
    moments(widget)[2].click();
    await waitUntil(() => provider.playback.currentTime === 120, 'reading position 120');
    await waitUntil(() => moments(widget)[2].getAttribute('aria-current') === 'true', 'chapter 3 current');
  });

  it('keeps selected-entity in step with entity-select from inside', async () => {
    const { provider, moments: widget } = await page();
    widget.dispatchEvent(new EntitySelectEvent('tsmc'));
    await waitUntil(() => provider.getAttribute('selected-entity') === 'tsmc', 'attribute set');
    expect(provider.selectedEntity).to.equal('tsmc');
    expect(widget.selectedEntity).to.equal('tsmc');
    widget.dispatchEvent(new EntitySelectEvent(null));
    await waitUntil(() => !provider.hasAttribute('selected-entity'), 'attribute cleared');
    provider.setAttribute('selected-entity', 'deepseek');
    await provider.updateComplete;
    expect(widget.selectedEntity).to.equal('deepseek');
  });

  it('applies the #t= deep link once loaded, and again on hashchange', async () => {
    history.replaceState(null, '', '#t=1:30');
    const { audio } = await page();
    await waitUntil(() => audio.currentTime === 90, 'deep link to 90 s');
    location.hash = '#t=2m5s';
    await waitUntil(() => audio.currentTime === 125, 'hashchange to 125 s');
  });

  it('reads a child <script type="application/json">', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider>
      <script type="application/json">
        { "version": 1, "title": "Inline", "chapters": [{ "start": 0, "title": "Only" }] }
      </script>
      <key-moments></key-moments>
    </episode-provider>`);
    await waitUntil(() => provider.state.status === 'ready', 'inline episode ready');
    expect(provider.currentEpisode!.title).to.equal('Inline');
    const widget = provider.querySelector('key-moments')!;
    await widget.updateComplete;
    expect(moments(widget)).to.have.length(1);
  });

  it('uses an episode that parseEpisode normalized as it is, without parsing it again', async () => {
    const { episode } = parseEpisode({ version: 1, title: 'Parsed once', chapters: [{ start: 0, title: 'Only' }] });
    expect(isNormalizedEpisode(episode)).to.equal(true);
    expect(isNormalizedEpisode({ ...episode })).to.equal(false);
    const provider = await fixture<EpisodeProvider>(html`<episode-provider .episode=${episode}></episode-provider>`);
    await waitUntil(() => provider.state.status === 'ready', 'ready');
    expect(provider.currentEpisode).to.equal(episode);
  });

  it('the episode property wins over src', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider
      src=${SAMPLE}
      .episode=${{ version: 1, title: 'From a property', chapters: [] }}
    ></episode-provider>`);
    await waitUntil(() => provider.state.status === 'ready', 'ready');
    expect(provider.currentEpisode!.title).to.equal('From a property');
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { inDarkScheme } from './helpers/color-scheme.js';
import '../src/components/episode-provider/index.js';
import '../src/components/episode-topics/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import type { EpisodeTopics } from '../src/components/episode-topics/episode-topics.js';
import { waitUntil, whenMetadata } from './helpers/media.js';

const SEED = '/tests/fixtures/episodes/page-seed.json';

const topics = (el: EpisodeTopics) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="topic"]')];
const byLabel = (el: EpisodeTopics, label: string) => topics(el).find((t) => t.querySelector('.label')!.textContent === label)!;
const selectedLabels = (el: EpisodeTopics) =>
  topics(el)
    .filter((t) => t.getAttribute('part') === 'topic selected')
    .map((t) => t.querySelector('.label')!.textContent);

async function alone(): Promise<EpisodeTopics> {
  const el = await fixture<EpisodeTopics>(html`<episode-topics src=${SEED}></episode-topics>`);
  await waitUntil(() => topics(el).length > 0, 'topics');
  return el;
}

describe('<episode-topics>', () => {
  it('shows one chip per topic and counts them', async () => {
    const el = await alone();
    expect(topics(el)).to.have.length(15);
    expect(el.shadowRoot!.querySelector('[part="header"]')!.textContent).to.contain('15 themes');
    expect(topics(el)[0].textContent).to.contain('Deepseek AI Models');
    expect(byLabel(el, 'GPU Clusters').textContent).to.contain('47:40');
  });

  it('a topic with only a time seeks there', async () => {
    const el = await alone();
    let selects = 0;
    el.addEventListener('entity-select', () => selects++);
    const seek = oneEvent(el, 'seek');
    byLabel(el, 'GPU Clusters').click();
    expect((await seek).detail).to.deep.equal({ time: 2860 });
    expect(selects).to.equal(0);
  });

  it('a topic with only entities selects its first entity, and is marked selected', async () => {
    const el = await alone();
    let seeks = 0;
    el.addEventListener('seek', () => seeks++);
    const select = oneEvent(el, 'entity-select');
    byLabel(el, 'AI Arms Race').click();
    expect((await select).detail).to.deep.equal({ id: 'china' });
    await el.updateComplete;
    expect(seeks).to.equal(0);
    expect(selectedLabels(el)).to.deep.equal(['AI Arms Race']);
    expect(byLabel(el, 'AI Arms Race').getAttribute('aria-current')).to.equal('true');
  });

  it('a topic with both selects its first entity, then seeks (keyboard)', async () => {
    const el = await alone();
    const order: string[] = [];
    el.addEventListener('entity-select', (e) => order.push(`select ${e.detail.id}`));
    el.addEventListener('seek', (e) => order.push(`seek ${e.detail.time}`));
    byLabel(el, 'Export Controls').focus();
    await sendKeys({ press: 'Enter' });
    expect(order).to.deep.equal(['select export-controls', 'seek 3600']);
    await el.updateComplete;
    // Every topic that holds the selected entity is marked, not only the one chosen.
    expect(selectedLabels(el)).to.deep.equal(['Export Controls', 'AI Arms Race']);
  });

  it('marks the topics of an entity selected elsewhere (through the provider)', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SEED}><episode-topics></episode-topics></episode-provider>`);
    const el = provider.querySelector('episode-topics')!;
    await waitUntil(() => topics(el).length === 15, 'topics');
    provider.selectedEntity = 'tsmc';
    await waitUntil(() => selectedLabels(el).length > 0, 'selected');
    expect(selectedLabels(el)).to.deep.equal(['TSMC', 'Semiconductor Manufacturing']);
    provider.selectedEntity = null;
    await waitUntil(() => selectedLabels(el).length === 0, 'cleared');
  });

  it('in a provider with audio, a topic seeks the media and selects in the provider', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SEED}>
      <audio src="/media/silence-18200.wav" preload="auto"></audio>
      <episode-topics></episode-topics>
    </episode-provider>`);
    const el = provider.querySelector('episode-topics')!;
    const audio = provider.querySelector('audio')!;
    await waitUntil(() => topics(el).length === 15, 'topics');
    await whenMetadata(audio);
    byLabel(el, 'Scaling Laws').click();
    await waitUntil(() => audio.currentTime === 9880, 'audio at 9880 s');
    expect(provider.selectedEntity).to.equal('scaling-laws');
  });

  it('a topic with neither time nor entities is plain text, not a control', async () => {
    const el = await fixture<EpisodeTopics>(html`<episode-topics .episode=${{ version: 1, title: 'T', topics: [{ label: 'Just words' }] }}></episode-topics>`);
    await waitUntil(() => topics(el).length === 1, 'topic');
    expect(topics(el)[0].tagName).to.equal('SPAN');
    expect(el.shadowRoot!.querySelector('[part="header"]')!.textContent).to.contain('1 theme');
  });

  it('says so when there are no topics', async () => {
    const el = await fixture<EpisodeTopics>(html`<episode-topics .episode=${{ version: 1, title: 'T', chapters: [{ start: 0, title: 'x' }] }}></episode-topics>`);
    await waitUntil(() => !!el.shadowRoot!.querySelector('.hint'), 'hint');
    expect(el.shadowRoot!.querySelector('.hint')!.textContent).to.equal('This episode has no topics.');
  });

  it('is accessible, with a topic selected', async () => {
    const el = await alone();
    byLabel(el, 'TSMC').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark scheme (on a dark page)', async function () {
    await inDarkScheme(this, async () => {
      const el = await alone();
      byLabel(el, 'TSMC').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});

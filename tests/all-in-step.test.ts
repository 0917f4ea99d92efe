import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import { waitUntil, whenMetadata } from './helpers/media.js';

const SAMPLE = '/tests/fixtures/episodes/sample.json';

const parts = (el: Element, part: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
const hasPart = (el: Element, part: string) => (el.getAttribute('part') ?? '').split(/\s+/).includes(part);

/** The graph's node for an entity, found by its accessible name ("TSMC, company, …"). */
function graphNode(graph: Element, name: string): HTMLElement | undefined {
  return parts(graph, 'node').find((n) => (n.getAttribute('aria-label') ?? n.textContent ?? '').trim().startsWith(`${name},`));
}

describe('All in step: a full episode page', () => {
  it('a choice made in one widget shows in all, and a seek from any widget moves every widget', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SAMPLE}>
      <audio src="/media/silence-240.wav" preload="auto"></audio>
      <episode-summary></episode-summary>
      <knowledge-graph renderer="svg"></knowledge-graph>
      <key-moments></key-moments>
      <transcript-view></transcript-view>
      <episode-topics></episode-topics>
      <entity-list></entity-list>
    </episode-provider>`);
    if (provider.state.status !== 'ready') await oneEvent(provider, 'episode-load');
    const audio = provider.querySelector('audio')!;
    await whenMetadata(audio);
    const q = <T extends Element>(tag: string) => provider.querySelector(tag) as unknown as T;
    const graph = q<HTMLElement>('knowledge-graph');
    const moments = q<HTMLElement>('key-moments');
    const transcript = q<HTMLElement>('transcript-view');
    const topics = q<HTMLElement>('episode-topics');
    const list = q<HTMLElement>('entity-list');
    await waitUntil(() => parts(list, 'entity').length === 4 && !!graphNode(graph, 'TSMC') && parts(transcript, 'segment').length > 0, 'every widget shows the episode');

    // Select TSMC in the entity list.
    const tsmcRow = parts(list, 'entity').find((e) => e.textContent!.includes('TSMC'))!;
    tsmcRow.click();
    await waitUntil(() => provider.selectedEntity === 'tsmc', 'provider selected tsmc');
    await waitUntil(() => hasPart(graphNode(graph, 'TSMC')!, 'selected'), 'graph selects TSMC');
    await waitUntil(() => parts(transcript, 'mention').some((m) => hasPart(m, 'selected') && m.textContent === 'TSMC'), 'transcript marks TSMC');
    await waitUntil(() => parts(topics, 'topic').some((t) => hasPart(t, 'selected') && t.textContent!.includes('Chips')), 'topics mark Chips');
    expect(parts(topics, 'topic').filter((t) => hasPart(t, 'selected'))).to.have.length(1);
    expect(hasPart(graphNode(graph, 'DeepSeek')!, 'selected')).to.equal(false);

    // Seek from the transcript: the segment at 2:00 ("Then there is TSMC, in Taiwan.").
    const segment = parts(transcript, 'segment').find((s) => s.textContent!.includes('Then there is TSMC'))!;
    (segment.querySelector('[part~="time"]') as HTMLElement).click();
    await waitUntil(() => audio.currentTime === 120, 'audio at 120 s');
    await waitUntil(() => parts(moments, 'moment').find((m) => hasPart(m, 'current'))?.textContent?.includes('Chips and TSMC') ?? false, 'key moments follow');
    await waitUntil(() => parts(transcript, 'segment').find((s) => hasPart(s, 'current'))?.textContent?.includes('Then there is TSMC') ?? false, 'transcript follows');
    await waitUntil(() => hasPart(graphNode(graph, 'TSMC')!, 'mentioned') && hasPart(graphNode(graph, 'Taiwan')!, 'mentioned'), 'graph marks the mentioned entities');
    expect(hasPart(graphNode(graph, 'DeepSeek')!, 'mentioned')).to.equal(false);

    // Seek from key moments back to 1:00 ("DeepSeek published the weights…").
    parts(moments, 'moment').find((m) => m.textContent!.includes('Why open weights'))!.click();
    await waitUntil(() => audio.currentTime === 60, 'audio at 60 s');
    await waitUntil(() => parts(transcript, 'segment').find((s) => hasPart(s, 'current'))?.textContent?.includes('DeepSeek published') ?? false, 'transcript follows the moment');
    await waitUntil(() => hasPart(graphNode(graph, 'DeepSeek')!, 'mentioned') && !hasPart(graphNode(graph, 'TSMC')!, 'mentioned'), 'graph follows the moment');

    // Clear the selection from the graph with Escape: every widget drops it.
    graphNode(graph, 'TSMC')!.focus();
    graphNode(graph, 'TSMC')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitUntil(() => provider.selectedEntity === null, 'selection cleared');
    await waitUntil(() => !parts(topics, 'topic').some((t) => hasPart(t, 'selected')), 'topics cleared');
    await waitUntil(() => !parts(list, 'entity').some((e) => hasPart(e, 'selected')), 'list cleared');
  });
});

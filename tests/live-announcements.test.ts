/**
 * What a screen reader hears after an action, on the full page: the transcript's match count, the
 * graph's find result, the entity list's "N of M shown" and, once an entity is selected, the
 * transcript's mention count. Each must land in a live region (`aria-live` or `role="status"`) with
 * the right words; the search and filter regions must be on the page before the action, or the
 * change is not announced at all.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import { defaultStrings as t } from '../src/i18n/strings.js';
import { waitUntil } from './helpers/media.js';
import { fullPage } from './helpers/full-page.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The live region an element is in: itself or the closest ancestor that is one. */
function liveRegionOf(element: Element): Element | null {
  return element.closest('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]');
}

async function page(): Promise<{ root: HTMLElement; provider: EpisodeProvider; shadow: (tag: string) => ShadowRoot }> {
  const { root, provider } = await fullPage();
  return { root, provider, shadow: (tag) => root.querySelector(tag)!.shadowRoot! };
}

/** Occurrences of `word` in the transcript, ignoring case: what the search counts. */
function occurrences(provider: EpisodeProvider, word: string): number {
  const pattern = new RegExp(word, 'gi');
  return provider.state.episode!.transcript.reduce((n, segment) => n + (segment.text.match(pattern)?.length ?? 0), 0);
}

describe('live announcements', function () {
  this.timeout(30000);

  it('the transcript search announces "n of N" as the user types and steps, and "No matches"', async () => {
    const { provider, shadow } = await page();
    const transcript = shadow('transcript-view');
    const region = transcript.querySelector('[part~="match-count"]')!;
    expect(region, 'the count is on the page before any search').to.exist;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getAttribute('aria-atomic')).to.equal('true');
    const total = occurrences(provider, 'deepseek');
    expect(total).to.be.greaterThan(1);

    transcript.querySelector<HTMLInputElement>('input[part~="search"]')!.focus();
    await sendKeys({ type: 'DeepSeek' });
    const announced = () => text(transcript.querySelector('[part~="match-count"]'));
    const first = t.matchPosition(1, total, '1', String(total));
    // The first search fetches the search chunk: allow a busy machine its time.
    await waitUntil(() => announced() === first, `“${first}” announced (now “${announced()}”)`, 15000);
    expect(transcript.querySelector('[part~="match-count"]'), 'the same live region, not a new one').to.equal(region);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => announced() === t.matchPosition(2, total, '2', String(total)), 'the second match announced');

    await sendKeys({ type: 'zzq' });
    await waitUntil(() => announced() === t.noMatches, `“${t.noMatches}” announced`);
    expect(transcript.querySelector('[part~="match-count"]')).to.equal(region);
  });

  it('the graph’s find field announces what it found (and selects it), or that nothing matches', async () => {
    const { provider, shadow } = await page();
    const graph = shadow('knowledge-graph');
    const region = graph.querySelector('[role="status"]')!;
    expect(region, 'the status is on the page before any search').to.exist;
    expect(text(region)).to.equal('');
    const nvidia = provider.state.episode!.entities.find((e) => e.name === 'NVIDIA')!;

    graph.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await sendKeys({ type: 'nvidia' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(graph.querySelector('[role="status"]')) === t.graphFound('NVIDIA'), `“${t.graphFound('NVIDIA')}” announced`);
    expect(graph.querySelector('[role="status"]')).to.equal(region);
    expect(provider.selectedEntity).to.equal(nvidia.id);

    const input = graph.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'qqqz' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(graph.querySelector('[role="status"]')) === t.graphNoMatch('qqqz'), `“${t.graphNoMatch('qqqz')}” announced`);
    expect(graph.querySelector('[role="status"]')).to.equal(region);
  });

  it('the entity list’s filter announces how many entities are shown', async () => {
    const { provider, shadow } = await page();
    const list = shadow('entity-list');
    const region = list.querySelector('[role="status"]')!;
    expect(region, 'the status is on the page before any filtering').to.exist;
    expect(text(region)).to.equal('');
    const total = provider.state.episode!.entities.length;

    list.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await sendKeys({ type: 'open' });
    const shownRows = () => list.querySelectorAll('[part~="entity"]').length;
    await waitUntil(() => shownRows() < total, 'the list filtered');
    const expected = t.entityShown(shownRows(), String(shownRows()), total, String(total));
    expect(shownRows()).to.be.greaterThan(0);
    await waitUntil(() => text(list.querySelector('[role="status"]')) === expected, `“${expected}” announced`);
    expect(list.querySelector('[role="status"]')).to.equal(region);
  });

  it('selecting an entity announces its mention count in the transcript, and clearing the selection ends it', async () => {
    const { root, provider, shadow } = await page();
    const list = shadow('entity-list');
    const transcript = shadow('transcript-view');
    const nvidia = provider.state.episode!.entities.find((e) => e.name === 'NVIDIA')!;
    const regionBefore = transcript.querySelector('[part="mention-status"]');
    expect(text(regionBefore), 'silent before any selection').to.equal('');
    const row = [...list.querySelectorAll<HTMLElement>('[part~="entity"]')].find((el) => text(el).includes('NVIDIA'))!;
    row.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => provider.selectedEntity === nvidia.id, 'NVIDIA selected');

    const count = occurrences(provider, 'nvidia');
    const expected = t.mentionCount(count, String(count));
    const said = () => [...transcript.querySelectorAll('.navigator *')].find((el) => text(el) === expected);
    await waitUntil(() => !!said(), `“${expected}” shown in the transcript`);
    const region = transcript.querySelector('[part="mention-status"]');
    expect(region !== null && liveRegionOf(region) === region, 'the mention status is a live region').to.be.true;
    expect(regionBefore === region, 'the same live region was on the page before the selection').to.be.true;
    await waitUntil(() => text(region) === expected, `“${expected}” announced`);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => provider.selectedEntity === null, 'the selection cleared');
    await (root.querySelector('transcript-view') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(said(), 'no mention count once nothing is selected').to.equal(undefined);
    expect(text(region), 'the live region is silent again').to.equal('');
  });
});

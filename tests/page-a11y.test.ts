/**
 * The whole page, as the demo lays it out: axe finds nothing, landmarks included (two search
 * landmarks, each with its own name).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import { waitUntil } from './helpers/media.js';

describe('the full page', () => {
  it('has no axe violation, and its search landmarks have distinct names', async () => {
    const page = await fixture<HTMLElement>(html`<main>
      <episode-provider src="/tests/fixtures/episodes/page-seed.json">
        <episode-summary></episode-summary>
        <knowledge-graph></knowledge-graph>
        <key-moments></key-moments>
        <transcript-view></transcript-view>
        <episode-topics></episode-topics>
        <entity-list></entity-list>
      </episode-provider>
    </main>`);
    const provider = page.querySelector('episode-provider') as EpisodeProvider;
    await waitUntil(() => provider.state.status === 'ready', 'the episode');
    const graph = page.querySelector('knowledge-graph') as HTMLElement & { drawn: Promise<void> };
    await graph.drawn;
    const searches = ['knowledge-graph', 'transcript-view'].map((tag) => page.querySelector(tag)!.shadowRoot!.querySelector('[role="search"]')!);
    const names = searches.map((s) => s.getAttribute('aria-label'));
    expect(names).to.deep.equal(['Find an entity', 'Search the transcript']);
    await expect(page).to.be.accessible();
  });
});

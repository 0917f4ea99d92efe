import { fixture, html } from '@open-wc/testing';
import type { EpisodeProvider } from '../../src/components/episode-provider/episode-provider.js';
import { waitUntil } from './media.js';

/** The seed-shaped episode with every widget in one provider, loaded and its graph drawn. */
export async function fullPage(): Promise<{ root: HTMLElement; provider: EpisodeProvider }> {
  const root = await fixture<HTMLElement>(html`<main>
    <episode-provider src="/tests/fixtures/episodes/page-seed.json">
      <episode-summary></episode-summary>
      <knowledge-graph></knowledge-graph>
      <key-moments></key-moments>
      <transcript-view></transcript-view>
      <episode-topics></episode-topics>
      <entity-list></entity-list>
    </episode-provider>
  </main>`);
  const provider = root.querySelector('episode-provider') as EpisodeProvider;
  await waitUntil(() => provider.state.status === 'ready', 'the episode');
  await (root.querySelector('knowledge-graph') as HTMLElement & { drawn: Promise<void> }).drawn;
  return { root, provider };
}

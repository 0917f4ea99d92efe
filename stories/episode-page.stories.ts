import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import '../src/index.js';
import { manifestStory, type StoryArgs } from './manifest-story.js';

const provider = manifestStory('episode-provider', {
  sources: ['demo-episodes/seed.json', 'demo-episodes/demo.json', 'fixtures/episodes/page-seed.json', 'fixtures/episodes/sample.json'],
});

/** Every widget, laid out as the demo page lays them out; `media` adds an <audio> (none: reading mode). */
function page(media: unknown) {
  return html`<episode-summary></episode-summary>
    ${media ? html`<audio controls preload="metadata" src=${String(media)}></audio>` : ''}
    <div class="ek-page">
      <div>
        <knowledge-graph></knowledge-graph>
        <key-moments></key-moments>
        <episode-topics></episode-topics>
        <entity-list></entity-list>
      </div>
      <transcript-view></transcript-view>
    </div>`;
}

const meta: Meta<StoryArgs> = {
  title: 'Pages/Full episode page',
  component: 'episode-provider',
  args: { ...provider.args, src: 'demo-episodes/seed.json', media: '' },
  argTypes: {
    ...provider.argTypes,
    media: { control: 'text', description: 'URL of an <audio> inside the provider (empty: reading mode, no media).', table: { category: 'page' } },
  },
  // seek and entity-select come from the widgets: the provider's manifest does not list them.
  render: ({ media, ...args }) => html`<div @seek=${action('seek')} @entity-select=${action('entity-select')}>
    ${provider.render(args, page(media))}
  </div>`,
};
export default meta;

/**
 * The seed episode (demo/episodes/seed.json) at full scale: 40 entities, 84 connections,
 * 20 chapters and 1,125 transcript segments over 5 h 2 min, in reading mode (no media).
 */
export const SeedEpisode: StoryObj<StoryArgs> = {};

/** The demo's spoken episode: every widget in step with the audio. */
export const DemoEpisode: StoryObj<StoryArgs> = { args: { src: 'demo-episodes/demo.json', media: 'demo-episodes/demo.opus' } };

/** A dark page whatever the reader's scheme: `theme="dark"` on the provider. */
export const ForcedDark: StoryObj<StoryArgs> = { args: { theme: 'dark' } };

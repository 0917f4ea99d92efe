import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { action } from 'storybook/actions';
import '../src/index.js';

interface Args {
  src: string;
  media: string;
  'selected-entity': string;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Pages/Full episode page',
  component: 'episode-provider',
  args: { src: 'demo-episodes/demo.json', media: 'demo-episodes/demo.opus', 'selected-entity': '', theme: '' },
  argTypes: {
    src: { control: 'select', options: ['demo-episodes/demo.json', 'fixtures/episodes/page-seed.json', 'fixtures/episodes/sample.json'] },
    media: { control: 'text' },
    'selected-entity': { control: 'text' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'], description: 'Forces a colour scheme on every widget (none: the reader\'s).' },
  },
  render: (args) => html`<style>
      .ek-page { display: grid; gap: 1rem; }
      @media (min-width: 60rem) { .ek-page { grid-template-columns: 3fr 2fr; align-items: start; } }
      .ek-page transcript-view { --ek-transcript-height: 40rem; }
    </style>
    <episode-provider
      src=${args.src}
      selected-entity=${args['selected-entity'] || nothing}
      theme=${args.theme || nothing}
      @seek=${action('seek')}
      @entity-select=${action('entity-select')}
      @episode-load=${action('episode-load')}
      @episode-error=${action('episode-error')}
    >
      <episode-summary></episode-summary>
      <audio controls preload="metadata" src=${args.media}></audio>
      <div class="ek-page">
        <div>
          <knowledge-graph></knowledge-graph>
          <key-moments></key-moments>
          <episode-topics></episode-topics>
          <entity-list></entity-list>
        </div>
        <transcript-view></transcript-view>
      </div>
    </episode-provider>`,
};
export default meta;

/** The demo's spoken episode: every widget in step with the audio. */
export const DemoEpisode: StoryObj<Args> = {};

/** The seed page's shape: 40 entities, 84 links, 20 chapters, 15 topics (reading mode: no media). */
export const SeedShape: StoryObj<Args> = { args: { src: 'fixtures/episodes/page-seed.json', media: '' } };

/** A dark page whatever the reader's scheme: `theme="dark"` on the provider. */
export const ForcedDark: StoryObj<Args> = { args: { src: 'fixtures/episodes/page-seed.json', media: '', theme: 'dark' } };

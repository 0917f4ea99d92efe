import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/episode-provider/index.js';
import '../src/components/episode-topics/index.js';
import { manifestStory, type StoryArgs } from './manifest-story.js';

const story = manifestStory('episode-topics', {
  sources: ['fixtures/episodes/page-seed.json', 'fixtures/episodes/sample.json', 'fixtures/episodes/broken.json'],
});

const meta: Meta<StoryArgs> = {
  title: 'Elements/episode-topics',
  component: 'episode-topics',
  args: { ...story.args, src: 'fixtures/episodes/page-seed.json' },
  argTypes: story.argTypes,
  render: (args) => story.render(args),
};
export default meta;

/** The seed episode's 15 themes; choosing one seeks and/or selects its first entity. */
export const Seed: StoryObj<StoryArgs> = {};

/** Inside a provider with an entity selected: the topics that hold it are marked. */
export const WithSelection: StoryObj<StoryArgs> = {
  render: ({ src, ...args }) => html`<episode-provider src=${String(src)} selected-entity="tsmc">
    ${story.render(args)}
  </episode-provider>`,
};

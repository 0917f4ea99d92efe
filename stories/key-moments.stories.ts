import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/episode-provider/index.js';
import '../src/components/key-moments/index.js';
import { manifestStory, type StoryArgs } from './manifest-story.js';

const story = manifestStory('key-moments', {
  sources: ['fixtures/episodes/sample.json', 'fixtures/episodes/page-seed.json', 'fixtures/episodes/broken.json'],
});

const meta: Meta<StoryArgs> = {
  title: 'Elements/key-moments',
  component: 'key-moments',
  args: { ...story.args, src: 'fixtures/episodes/sample.json' },
  argTypes: story.argTypes,
  render: (args) => story.render(args),
};
export default meta;

/** Alone, from its own src (reading mode: choosing a moment marks it current). */
export const Alone: StoryObj<StoryArgs> = {};

/** The seed episode's 20 chapters (and one silent `toc: false` chapter, not listed). */
export const SeedEpisode: StoryObj<StoryArgs> = { args: { src: 'fixtures/episodes/page-seed.json' } };

/** Chapter marks on a bar over the episode's length; hover or focus a mark for its title. */
export const Timeline: StoryObj<StoryArgs> = { args: { src: 'fixtures/episodes/page-seed.json', layout: 'timeline' } };

/**
 * Both layouts inside one provider (no media: the provider keeps its own reading position). Two
 * regions named alike would be one landmark twice for a screen reader: the timeline's `strings`
 * give it a heading of its own.
 */
export const InAProvider: StoryObj<StoryArgs> = {
  args: { src: 'fixtures/episodes/page-seed.json' },
  render: ({ src, ...args }) => html`<episode-provider src=${String(src)}>
    ${story.render({ ...args, layout: 'timeline', strings: { momentsHeading: 'Chapters on a timeline' } })}
    ${story.render({ ...args, layout: 'list' })}
  </episode-provider>`,
};

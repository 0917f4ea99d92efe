import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/episode-summary/index.js';
import { manifestStory, type StoryArgs } from './manifest-story.js';

const story = manifestStory('episode-summary', {
  sources: ['fixtures/episodes/page-seed.json', 'fixtures/episodes/sample.json', 'fixtures/episodes/broken.json'],
});

const meta: Meta<StoryArgs> = {
  title: 'Elements/episode-summary',
  component: 'episode-summary',
  args: { ...story.args, src: 'fixtures/episodes/page-seed.json' },
  argTypes: story.argTypes,
  render: (args) => story.render(args),
};
export default meta;

/** The seed episode: header, five sections of three points. */
export const Seed: StoryObj<StoryArgs> = {};

/** Only sections 4 and 2, in that order, without the header. */
export const SomeSections: StoryObj<StoryArgs> = { args: { sections: '4,2', 'no-header': true } };

/** Collapsed sections, as on a narrow screen (here: collapse below 4000 px, so at any width). */
export const Collapsed: StoryObj<StoryArgs> = { args: { 'collapse-below': 4000 } };

/** Dates and numbers in German. */
export const German: StoryObj<StoryArgs> = { args: { lang: 'de' } };

/** Forced dark, whatever the reader's scheme. */
export const Dark: StoryObj<StoryArgs> = { args: { theme: 'dark' } };

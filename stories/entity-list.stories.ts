import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/episode-provider/index.js';
import '../src/components/entity-list/index.js';
import { manifestStory, type StoryArgs } from './manifest-story.js';

const story = manifestStory('entity-list', {
  sources: ['fixtures/episodes/page-seed.json', 'fixtures/episodes/sample.json', 'fixtures/episodes/broken.json'],
});

const meta: Meta<StoryArgs> = {
  title: 'Elements/entity-list',
  component: 'entity-list',
  args: { ...story.args, src: 'fixtures/episodes/page-seed.json' },
  argTypes: story.argTypes,
  render: (args) => story.render(args),
};
export default meta;

/** The seed episode's 40 entities by kind. Choose one for its details. */
export const Seed: StoryObj<StoryArgs> = {};

/** Filtered to "deep". */
export const Filtered: StoryObj<StoryArgs> = { args: { filter: 'deep' } };

/** Without the filter field and the kind toggles. */
export const NoFilter: StoryObj<StoryArgs> = { args: { 'no-filter': true } };

/** A file that is not JSON: the error box says where. */
export const BrokenFile: StoryObj<StoryArgs> = { args: { src: 'fixtures/episodes/broken.json' } };

/** Inside a provider with an entity selected elsewhere: it is expanded and scrolled into view. */
export const SelectedElsewhere: StoryObj<StoryArgs> = {
  render: ({ src, ...args }) => html`<episode-provider src=${String(src)} selected-entity="bitter-lesson">
    ${story.render(args)}
  </episode-provider>`,
};

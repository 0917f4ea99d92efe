import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import '../src/components/knowledge-graph/index.js';
import { generateGraphEpisode } from '../tests/graph/generate.js';
import { manifestStory, type StoryArgs } from './manifest-story.js';

const story = manifestStory('knowledge-graph', {
  sources: ['fixtures/episodes/graph-seed.json', 'fixtures/episodes/page-seed.json', 'fixtures/episodes/sample.json', 'fixtures/episodes/broken.json'],
});

const meta: Meta<StoryArgs> = {
  title: 'Elements/knowledge-graph',
  component: 'knowledge-graph',
  // The graph's own height property, not a style attribute on a container (the house rules write none).
  args: { ...story.args, src: 'fixtures/episodes/graph-seed.json', '--ek-graph-height': '560px' },
  argTypes: story.argTypes,
  render: (args) => story.render(args),
};
export default meta;

/** The seed page's graph: 40 entities, 84 connections (SVG). */
export const SeedSize: StoryObj<StoryArgs> = {};

/** The same graph drawn on canvas, with its accessible list of node buttons. */
export const Canvas: StoryObj<StoryArgs> = { args: { renderer: 'canvas' } };

/** A generated 2,000-node graph (canvas, laid out in frame-sized slices with a progress bar). */
export const TwoThousandNodes: StoryObj<StoryArgs> = {
  render: ({ src: _src, ...args }) => story.render({ ...args, episode: generateGraphEpisode(2000) }),
};

/** The graph alone on a blog page, from its `src`, in a narrow column: it fills its container. */
export const AloneFromSrc: StoryObj<StoryArgs> = {
  args: { '--ek-graph-height': '' },
  render: (args) => html`<article class="narrow-column">
    <p>An embedded map of the episode's people, companies and ideas:</p>
    ${story.render(args)}
  </article>`,
};

/** Inside a provider: the graph marks what the conversation is on. */
export const WithProvider: StoryObj<StoryArgs> = {
  render: ({ src, ...args }) => html`<episode-provider src=${String(src)}>${story.render(args)}</episode-provider>`,
};

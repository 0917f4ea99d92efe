import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { manifestStory, type StoryArgs } from './manifest-story.js';
import { silentWavDataUrl } from './silent-audio.js';

const story = manifestStory('episode-provider', {
  sources: ['fixtures/episodes/sample.json', 'fixtures/episodes/partial.json', 'fixtures/episodes/broken.json', 'fixtures/episodes/missing.json'],
});

/** What the provider serves in these stories: a seekable silent audio and the key moments. */
const withAudioAndMoments = () => html`<audio controls preload="metadata" src=${silentWavDataUrl(240)}></audio>
  <key-moments></key-moments>`;

const meta: Meta<StoryArgs> = {
  title: 'Elements/episode-provider',
  component: 'episode-provider',
  args: { ...story.args, src: 'fixtures/episodes/sample.json' },
  argTypes: story.argTypes,
  render: (args) => story.render(args, withAudioAndMoments()),
};
export default meta;

type Story = StoryObj<StoryArgs>;

/** The provider bound to a child <audio>, with key moments inside. */
export const WithAudio: Story = {};

/** A file with some bad parts: the good parts show, every drop is listed. */
export const SomeBadParts: Story = { args: { src: 'fixtures/episodes/partial.json' } };

/** A file that is not JSON: a visible error with the line, and Try again. */
export const BrokenFile: Story = { args: { src: 'fixtures/episodes/broken.json' } };

/** A missing file: a visible HTTP 404 error. */
export const Missing: Story = { args: { src: 'fixtures/episodes/missing.json' } };

/**
 * From an RSS feed (`feed` + `guid`): chapters from podcast:chapters, the best of three
 * podcast:transcript files, people, show notes and a soundbite, as a podcast host publishes them.
 */
export const FromAFeed: Story = {
  args: { src: undefined, feed: 'fixtures/feeds/buzzsprout.xml', guid: 'Buzzsprout-2002' },
  render: (args) => story.render(args, html`<audio controls preload="metadata" src=${silentWavDataUrl(240)}></audio>
    <episode-summary></episode-summary>
    <key-moments></key-moments>
    <transcript-view></transcript-view>`),
};

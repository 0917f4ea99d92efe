import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { action } from 'storybook/actions';
import '../src/index.js';
import { silentWavDataUrl } from './silent-audio.js';

interface Args {
  src: string;
  'selected-entity': string;
  'deep-link': boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/episode-provider',
  component: 'episode-provider',
  args: { src: 'fixtures/episodes/sample.json', 'selected-entity': '', 'deep-link': false },
  argTypes: {
    src: { control: 'select', options: ['fixtures/episodes/sample.json', 'fixtures/episodes/partial.json', 'fixtures/episodes/broken.json', 'fixtures/episodes/missing.json'] },
    'selected-entity': { control: 'text' },
    'deep-link': { control: 'boolean' },
  },
  render: (args) => html`<episode-provider
    src=${args.src}
    selected-entity=${args['selected-entity'] || nothing}
    ?deep-link=${args['deep-link']}
    @seek=${action('seek')}
    @entity-select=${action('entity-select')}
    @episode-load=${action('episode-load')}
    @episode-error=${action('episode-error')}
  >
    <audio controls preload="metadata" src=${silentWavDataUrl(240)}></audio>
    <key-moments></key-moments>
  </episode-provider>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The provider bound to a child <audio>, with key moments inside. */
export const WithAudio: Story = {};

/** A file with some bad parts: the good parts show, every drop is listed. */
export const SomeBadParts: Story = { args: { src: 'fixtures/episodes/partial.json' } };

/** A file that is not JSON: a visible error with the line. */
export const BrokenFile: Story = { args: { src: 'fixtures/episodes/broken.json' } };

/** A missing file: a visible HTTP 404 error. */
export const Missing: Story = { args: { src: 'fixtures/episodes/missing.json' } };

/**
 * From an RSS feed (`feed` + `guid`): chapters from podcast:chapters, the best of three
 * podcast:transcript files, people, show notes and a soundbite, as a podcast host publishes them.
 */
export const FromAFeed: Story = {
  render: () => html`<episode-provider feed="fixtures/feeds/buzzsprout.xml" guid="Buzzsprout-2002" @seek=${action('seek')} @episode-load=${action('episode-load')}>
    <audio controls preload="metadata" src=${silentWavDataUrl(240)}></audio>
    <episode-summary></episode-summary>
    <key-moments></key-moments>
    <transcript-view></transcript-view>
  </episode-provider>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/index.js';
import type { EpisodeFile } from '../src/episode/types.js';
import { manifestStory, type StoryArgs } from './manifest-story.js';
import { silentWavDataUrl } from './silent-audio.js';

const story = manifestStory('transcript-view', {
  sources: ['fixtures/episodes/sample.json', 'fixtures/episodes/transcript-words.json', 'fixtures/episodes/broken.json'],
});

const FILLER = [
  'we talked about chips and where they are made',
  'the market moves faster than anyone planned for',
  'that is the key point of the whole argument',
  'nobody expected TSMC to be this far ahead',
  'open weights change who gets to build on top',
];

/** A long episode made in the browser (as the tests do), not a committed fixture. */
function generated(n: number): EpisodeFile {
  return {
    version: 1,
    title: `Generated episode (${n} segments)`,
    duration: n * 5,
    people: [
      { id: 'ana', name: 'Ana Ortiz' },
      { id: 'ben', name: 'Ben Okafor' },
      { id: 'cy', name: 'Cy Tan' },
    ],
    entities: [
      { id: 'tsmc', name: 'TSMC', type: 'company' },
      { id: 'open-weights', name: 'open weights', type: 'concept' },
    ],
    transcript: Array.from({ length: n }, (_, i) => ({
      start: i * 5,
      end: i * 5 + 5,
      speaker: ['ana', 'ben', 'cy'][Math.floor(i / 3) % 3],
      text: `${FILLER[i % FILLER.length]}${i % 4 === 0 ? `, and ${FILLER[(i + 2) % FILLER.length]}` : ''}.`,
    })),
  };
}

/** Story args that are not the view's: they shape the provider around it. */
const pageArgTypes = {
  'selected-entity': {
    control: 'select',
    options: ['', 'tsmc', 'deepseek', 'open-weights', 'taiwan'],
    description: "The provider's `selected-entity`, to show the mention navigator.",
    table: { category: 'page' },
  },
  segments: {
    control: 'select',
    options: [0, 1000, 5000, 20000],
    description: 'A generated episode of this many segments instead of `src` (0: use `src`).',
    table: { category: 'page' },
  },
} as const;

const meta: Meta<StoryArgs> = {
  title: 'Elements/transcript-view',
  component: 'transcript-view',
  args: { ...story.args, src: 'fixtures/episodes/sample.json', 'selected-entity': '', segments: 0 },
  argTypes: { ...story.argTypes, ...pageArgTypes },
  // Inside a provider with an <audio>: the view's src goes to the provider, which serves it.
  render: ({ src, 'selected-entity': selected, segments, ...args }) => {
    const count = Number(segments) || 0;
    return html`<episode-provider
      .episode=${count ? generated(count) : undefined}
      src=${count ? nothing : String(src)}
      selected-entity=${selected || nothing}
    >
      <audio controls preload="metadata" src=${silentWavDataUrl(count ? Math.min(count * 5, 600) : 240)}></audio>
      ${story.render(args)}
    </episode-provider>`;
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

/** Inside a provider with an <audio>: play, scroll away, then "Back to now". */
export const WithAudio: Story = {};

/** An entity selected: its mentions are marked and the navigator steps through them. */
export const SelectedEntity: Story = { args: { 'selected-entity': 'tsmc' } };

/** Searching: hits marked, "1 of N", Enter / Shift+Enter to step. */
export const Search: Story = { args: { query: 'the' } };

/** Word timings: the playing word is marked; a click on a word seeks to it. */
export const WordTimings: Story = { args: { src: 'fixtures/episodes/transcript-words.json' } };

/** 20,000 segments: only the rows near the viewport are in the DOM. */
export const TwentyThousandSegments: Story = { args: { segments: 20000 } };

/** Alone, from its own src (reading mode), following off. */
export const AloneNoFollow: Story = {
  args: { 'no-follow': true },
  render: ({ 'selected-entity': _selected, segments: _segments, ...args }) => story.render(args),
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { action } from 'storybook/actions';
import '../src/index.js';
import { silentWavDataUrl } from './silent-audio.js';
import type { EpisodeFile } from '../src/episode/types.js';

interface Args {
  src: string;
  'no-follow': boolean;
  query: string;
  lang: string;
  /** Not an attribute of the view: the provider's, to show the mention navigator. */
  'selected-entity': string;
  /** Not an attribute: a generated episode of this many segments instead of `src` (0: use src). */
  segments: number;
}

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

const meta: Meta<Args> = {
  title: 'Elements/transcript-view',
  component: 'transcript-view',
  args: {
    src: 'fixtures/episodes/sample.json',
    'no-follow': false,
    query: '',
    lang: 'en',
    'selected-entity': '',
    segments: 0,
  },
  argTypes: {
    src: { control: 'select', options: ['fixtures/episodes/sample.json', 'fixtures/episodes/transcript-words.json', 'fixtures/episodes/broken.json'] },
    'no-follow': { control: 'boolean' },
    query: { control: 'text' },
    lang: { control: 'text' },
    'selected-entity': { control: 'select', options: ['', 'tsmc', 'deepseek', 'open-weights', 'taiwan'] },
    segments: { control: { type: 'select' }, options: [0, 1000, 5000, 20000] },
  },
  render: (args) => html`<episode-provider
    .episode=${args.segments ? generated(args.segments) : undefined}
    src=${args.segments ? nothing : args.src}
    selected-entity=${args['selected-entity'] || nothing}
    @entity-select=${action('entity-select')}
    @episode-load=${action('episode-load')}
    @episode-error=${action('episode-error')}
  >
    <audio controls preload="metadata" src=${silentWavDataUrl(args.segments ? Math.min(args.segments * 5, 600) : 240)}></audio>
    <transcript-view
      ?no-follow=${args['no-follow']}
      .query=${args.query}
      lang=${args.lang}
      @seek=${action('seek')}
    ></transcript-view>
  </episode-provider>`,
};
export default meta;

type Story = StoryObj<Args>;

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
  render: (args) => html`<transcript-view
    src=${args.src}
    ?no-follow=${args['no-follow']}
    .query=${args.query}
    lang=${args.lang}
    @seek=${action('seek')}
    @entity-select=${action('entity-select')}
    @episode-load=${action('episode-load')}
    @episode-error=${action('episode-error')}
  ></transcript-view>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import '../src/components/episode-provider/index.js';
import '../src/components/key-moments/index.js';

interface Args {
  src: string;
  layout: 'list' | 'timeline';
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/key-moments',
  component: 'key-moments',
  args: { src: 'fixtures/episodes/sample.json', layout: 'list', lang: 'en' },
  argTypes: {
    src: { control: 'select', options: ['fixtures/episodes/sample.json', 'fixtures/episodes/page-seed.json', 'fixtures/episodes/broken.json'] },
    layout: { control: 'inline-radio', options: ['list', 'timeline'] },
    lang: { control: 'text' },
  },
  render: (args) => html`<key-moments
    src=${args.src}
    layout=${args.layout}
    lang=${args.lang}
    @seek=${action('seek')}
    @episode-load=${action('episode-load')}
    @episode-error=${action('episode-error')}
  ></key-moments>`,
};
export default meta;

/** Alone, from its own src (reading mode: choosing a moment marks it current). */
export const Alone: StoryObj<Args> = {};

/** The seed episode's 20 chapters (and one silent `toc: false` chapter, not listed). */
export const SeedEpisode: StoryObj<Args> = { args: { src: 'fixtures/episodes/page-seed.json' } };

/** Chapter marks on a bar over the episode's length; hover or focus a mark for its title. */
export const Timeline: StoryObj<Args> = { args: { src: 'fixtures/episodes/page-seed.json', layout: 'timeline' } };

/** Both layouts inside one provider (no media: the provider keeps its own reading position). */
export const InAProvider: StoryObj<Args> = {
  args: { src: 'fixtures/episodes/page-seed.json' },
  render: (args) => html`<episode-provider src=${args.src} @seek=${action('seek')}>
    <key-moments layout="timeline" lang=${args.lang}></key-moments>
    <key-moments layout="list" lang=${args.lang}></key-moments>
  </episode-provider>`,
};

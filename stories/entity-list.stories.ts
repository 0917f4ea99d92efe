import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import '../src/components/episode-provider/index.js';
import '../src/components/entity-list/index.js';

interface Args {
  src: string;
  filter: string;
  'no-filter': boolean;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/entity-list',
  component: 'entity-list',
  args: { src: 'fixtures/episodes/page-seed.json', filter: '', 'no-filter': false, lang: 'en' },
  argTypes: {
    src: { control: 'select', options: ['fixtures/episodes/page-seed.json', 'fixtures/episodes/sample.json', 'fixtures/episodes/broken.json'] },
    filter: { control: 'text' },
    'no-filter': { control: 'boolean' },
    lang: { control: 'text' },
  },
  render: (args) => html`<entity-list
    src=${args.src}
    filter=${args.filter}
    ?no-filter=${args['no-filter']}
    lang=${args.lang}
    @entity-select=${action('entity-select')}
    @seek=${action('seek')}
    @episode-load=${action('episode-load')}
    @episode-error=${action('episode-error')}
  ></entity-list>`,
};
export default meta;

/** The seed episode's 40 entities by kind. Choose one for its details. */
export const Seed: StoryObj<Args> = {};

/** Filtered to "deep". */
export const Filtered: StoryObj<Args> = { args: { filter: 'deep' } };

/** Inside a provider with an entity selected elsewhere: it is expanded and scrolled into view. */
export const SelectedElsewhere: StoryObj<Args> = {
  render: (args) => html`<episode-provider src=${args.src} selected-entity="bitter-lesson" @seek=${action('seek')} @entity-select=${action('entity-select')}>
    <entity-list lang=${args.lang} ?no-filter=${args['no-filter']} filter=${args.filter}></entity-list>
  </episode-provider>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import '../src/components/episode-provider/index.js';
import '../src/components/episode-topics/index.js';

interface Args {
  src: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/episode-topics',
  component: 'episode-topics',
  args: { src: 'fixtures/episodes/page-seed.json', lang: 'en' },
  argTypes: {
    src: { control: 'select', options: ['fixtures/episodes/page-seed.json', 'fixtures/episodes/sample.json', 'fixtures/episodes/broken.json'] },
    lang: { control: 'text' },
  },
  render: (args) => html`<episode-topics
    src=${args.src}
    lang=${args.lang}
    @seek=${action('seek')}
    @entity-select=${action('entity-select')}
    @episode-load=${action('episode-load')}
    @episode-error=${action('episode-error')}
  ></episode-topics>`,
};
export default meta;

/** The seed episode's 15 themes; choosing one seeks and/or selects its first entity. */
export const Seed: StoryObj<Args> = {};

/** Inside a provider with an entity selected: the topics that hold it are marked. */
export const WithSelection: StoryObj<Args> = {
  render: (args) => html`<episode-provider src=${args.src} selected-entity="tsmc" @seek=${action('seek')} @entity-select=${action('entity-select')}>
    <episode-topics lang=${args.lang}></episode-topics>
  </episode-provider>`,
};

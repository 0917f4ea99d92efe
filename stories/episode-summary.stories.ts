import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { action } from 'storybook/actions';
import '../src/components/episode-summary/index.js';

interface Args {
  src: string;
  sections: string;
  'no-header': boolean;
  'collapse-below': number;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/episode-summary',
  component: 'episode-summary',
  args: { src: 'fixtures/episodes/page-seed.json', sections: '', 'no-header': false, 'collapse-below': 480, lang: 'en' },
  argTypes: {
    src: { control: 'select', options: ['fixtures/episodes/page-seed.json', 'fixtures/episodes/sample.json', 'fixtures/episodes/broken.json'] },
    sections: { control: 'text', description: 'Comma-separated section numbers from 1, e.g. "1,3"' },
    'no-header': { control: 'boolean' },
    'collapse-below': { control: { type: 'number', min: 0, step: 20 } },
    lang: { control: 'text' },
  },
  render: (args) => html`<episode-summary
    src=${args.src}
    sections=${args.sections || nothing}
    ?no-header=${args['no-header']}
    collapse-below=${args['collapse-below']}
    lang=${args.lang}
    @seek=${action('seek')}
    @episode-load=${action('episode-load')}
    @episode-error=${action('episode-error')}
  ></episode-summary>`,
};
export default meta;

/** The seed episode: header, five sections of three points. */
export const Seed: StoryObj<Args> = {};

/** Only sections 4 and 2, in that order, without the header. */
export const SomeSections: StoryObj<Args> = { args: { sections: '4,2', 'no-header': true } };

/** Collapsed sections, as on a narrow screen (here: collapse below 4000 px, so at any width). */
export const Collapsed: StoryObj<Args> = { args: { 'collapse-below': 4000 } };

/** Dates and numbers in German. */
export const German: StoryObj<Args> = { args: { lang: 'de' } };

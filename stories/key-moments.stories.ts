import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import '../src/index.js';

interface Args {
  src: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/key-moments',
  component: 'key-moments',
  args: { src: 'fixtures/episodes/sample.json', lang: 'en' },
  argTypes: { src: { control: 'text' }, lang: { control: 'text' } },
  render: (args) => html`<key-moments
    src=${args.src}
    lang=${args.lang}
    @seek=${action('seek')}
    @episode-load=${action('episode-load')}
    @episode-error=${action('episode-error')}
  ></key-moments>`,
};
export default meta;

/** Alone, from its own src (reading mode: choosing a moment marks it current). */
export const Alone: StoryObj<Args> = {};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { action } from 'storybook/actions';
import '../src/index.js';
import '../src/components/knowledge-graph/index.js';
import { generateGraphEpisode } from '../tests/graph/generate.js';

interface Args {
  src: string;
  renderer: 'auto' | 'svg' | 'canvas';
  sizeBy: 'degree' | 'mentions';
  noFollow: boolean;
  lang: string;
  height: string;
}

const meta: Meta<Args> = {
  title: 'Elements/knowledge-graph',
  component: 'knowledge-graph',
  args: { src: 'fixtures/episodes/graph-seed.json', renderer: 'auto', sizeBy: 'degree', noFollow: false, lang: 'en', height: '560px' },
  argTypes: {
    src: { control: 'text' },
    renderer: { control: 'inline-radio', options: ['auto', 'svg', 'canvas'] },
    sizeBy: { control: 'inline-radio', options: ['degree', 'mentions'] },
    noFollow: { control: 'boolean' },
    lang: { control: 'text' },
    height: { control: 'text' },
  },
  render: (args) => html`<div style=${styleMap({ height: args.height })}>
    <knowledge-graph
      src=${args.src}
      renderer=${args.renderer}
      size-by=${args.sizeBy}
      ?no-follow=${args.noFollow}
      lang=${args.lang}
      @entity-select=${action('entity-select')}
      @seek=${action('seek')}
      @episode-load=${action('episode-load')}
      @episode-error=${action('episode-error')}
    ></knowledge-graph>
  </div>`,
};
export default meta;

/** The seed page's graph: 40 entities, 84 connections (SVG). */
export const SeedSize: StoryObj<Args> = {};

/** A generated 2,000-node graph (canvas, laid out in frame-sized slices with a progress bar). */
export const TwoThousandNodes: StoryObj<Args> = {
  render: (args) => html`<div style=${styleMap({ height: args.height })}>
    <knowledge-graph
      .episode=${generateGraphEpisode(2000)}
      renderer=${args.renderer}
      size-by=${args.sizeBy}
      @entity-select=${action('entity-select')}
      @seek=${action('seek')}
    ></knowledge-graph>
  </div>`,
};

/** The graph alone on a blog page, from its `src`, in a narrow column: it fills its container. */
export const AloneFromSrc: StoryObj<Args> = {
  render: (args) => html`<article style=${styleMap({ maxWidth: '36rem' })}>
    <p>An embedded map of the episode's people, companies and ideas:</p>
    <knowledge-graph src=${args.src} @entity-select=${action('entity-select')} @seek=${action('seek')}></knowledge-graph>
  </article>`,
};

/** Inside a provider, beside a player: the graph marks what the conversation is on. */
export const WithProvider: StoryObj<Args> = {
  render: (args) => html`<episode-provider src=${args.src} @entity-select=${action('entity-select')} @seek=${action('seek')}>
    <div style=${styleMap({ height: args.height })}><knowledge-graph></knowledge-graph></div>
  </episode-provider>`,
};

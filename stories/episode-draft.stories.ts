import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import '../src/index.js';

interface Args {
  source: string;
  drafted: string;
}

/**
 * What `episode-kit draft` adds: on the left the source, a bare transcript (the panel of
 * tests/fixtures/draft, three role-labelled speakers, no chapters); on the right the file
 * `episode-kit draft --transcript panel.json --title "Who wins the battery race?" --show "The Charge"`
 * wrote from it, with its drafted summary, graph, key moments, topics and entities.
 */
const meta: Meta<Args> = {
  title: 'Pages/Drafted episode',
  component: 'episode-provider',
  args: { source: 'fixtures/draft/panel-source.json', drafted: 'fixtures/draft/panel-drafted.json' },
  render: (args) => html`<style>
      .ek-draft { display: grid; gap: 1.5rem; }
      @media (min-width: 60rem) { .ek-draft { grid-template-columns: 2fr 3fr; align-items: start; } }
      .ek-draft transcript-view { --ek-transcript-height: 40rem; }
    </style>
    <div class="ek-draft">
      <section aria-label="Source">
        <h2>Source: the transcript</h2>
        <episode-provider src=${args.source} @episode-error=${action('episode-error')}>
          <transcript-view></transcript-view>
        </episode-provider>
      </section>
      <section aria-label="Drafted">
        <h2>Drafted by episode-kit draft</h2>
        <episode-provider src=${args.drafted} @seek=${action('seek')} @entity-select=${action('entity-select')} @episode-error=${action('episode-error')}>
          <episode-summary></episode-summary>
          <knowledge-graph></knowledge-graph>
          <key-moments></key-moments>
          <episode-topics></episode-topics>
          <entity-list></entity-list>
        </episode-provider>
      </section>
    </div>`,
};
export default meta;

/** The panel: 75 segments in, 31 entities, their links, topics, 3 key moments and a quoted summary out. */
export const Panel: StoryObj<Args> = {};

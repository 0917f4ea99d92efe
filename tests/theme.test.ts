/**
 * `theme="light"` / `theme="dark"`: a site forces its scheme on the provider (every widget it serves
 * follows) or on one element; without it, the reader's `prefers-color-scheme` stays in charge.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import type { KnowledgeGraph } from '../src/components/knowledge-graph/knowledge-graph.js';
import { inDarkScheme } from './helpers/color-scheme.js';
import { waitUntil } from './helpers/media.js';

const SAMPLE = '/tests/fixtures/episodes/sample.json';
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 24, 28)';
const surface = (el: Element) => getComputedStyle(el).backgroundColor;
const textColour = (el: Element) => getComputedStyle(el).color;

async function ready(provider: EpisodeProvider): Promise<void> {
  await waitUntil(() => provider.state.status === 'ready', 'the episode');
  await provider.updateComplete;
}

describe('theme', () => {
  it('theme="dark" on the provider darkens every widget inside it and joined to it; a widget\'s own theme wins', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <episode-provider id="themed" src=${SAMPLE} theme="dark">
        <episode-summary></episode-summary>
        <entity-list></entity-list>
        <episode-topics theme="light"></episode-topics>
      </episode-provider>
      <key-moments provider="themed"></key-moments>
    </div>`);
    const provider = page.querySelector('episode-provider') as EpisodeProvider;
    await ready(provider);
    const [summary, list, topics, moments] = ['episode-summary', 'entity-list', 'episode-topics', 'key-moments'].map((tag) => page.querySelector(tag)!);
    await waitUntil(() => surface(moments!) === DARK, 'the joined widget dark');
    expect(surface(summary!)).to.equal(DARK);
    expect(surface(list!)).to.equal(DARK);
    expect(textColour(summary!)).to.equal('rgb(230, 232, 235)');
    expect(surface(topics!)).to.equal(LIGHT);
    expect(getComputedStyle(summary!).colorScheme).to.equal('dark');
    await expect(page).to.be.accessible();

    provider.removeAttribute('theme');
    await waitUntil(() => surface(summary!) === LIGHT, 'back to the reader\'s (light) scheme');
    expect(surface(moments!)).to.equal(LIGHT);
    expect(surface(list!)).to.equal(LIGHT);
  });

  it('a widget alone takes its own theme, and an invalid value follows the reader', async () => {
    const summary = await fixture(html`<episode-summary src=${SAMPLE} theme="dark"></episode-summary>`);
    await waitUntil(() => surface(summary) === DARK, 'dark');
    summary.setAttribute('theme', 'sepia');
    await waitUntil(() => surface(summary) === LIGHT, 'an unknown theme is the reader\'s scheme');
  });

  it('theme="light" keeps a light site light in a dark-scheme browser', async function () {
    await inDarkScheme(this, async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <episode-provider src=${SAMPLE} theme="light"><entity-list></entity-list></episode-provider>
        <episode-summary src=${SAMPLE}></episode-summary>
      </div>`);
      const provider = page.querySelector('episode-provider') as EpisodeProvider;
      await ready(provider);
      const list = page.querySelector('entity-list')!;
      const alone = page.querySelector('episode-summary')!;
      await waitUntil(() => surface(alone) === DARK, 'the unthemed widget follows the reader');
      expect(surface(list)).to.equal(LIGHT);
      expect(getComputedStyle(list).colorScheme).to.equal('light');
    });
  });

  it('the graph redraws its nodes in the forced scheme\'s kind colours', async () => {
    const graph = await fixture<KnowledgeGraph>(html`<knowledge-graph src=${SAMPLE} style="width: 600px; height: 400px"></knowledge-graph>`);
    await graph.drawn;
    const personFill = () => graph.shadowRoot!.querySelector('[part~="node"] circle')?.getAttribute('fill');
    const light = personFill();
    expect(light).to.be.a('string');
    graph.theme = 'dark';
    await waitUntil(() => personFill() !== light, 'the dark kind colours');
    expect(surface(graph)).to.equal(DARK);
    graph.theme = undefined;
    await waitUntil(() => personFill() === light, 'the light kind colours again');
  });
});

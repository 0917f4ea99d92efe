import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/episode-provider/index.js';
import '../src/components/entity-list/index.js';
import '../src/components/knowledge-graph/index.js';
import type { EntityList } from '../src/components/entity-list/entity-list.js';
import type { KnowledgeGraph } from '../src/components/knowledge-graph/knowledge-graph.js';
import { waitUntil } from './helpers/media.js';
import { parseEpisode } from '../src/episode/validate.js';
import { importCompanion, formatFromType, formatFromFileName } from '../src/episode/formats/detect.js';
import { importVttTranscript } from '../src/episode/formats/vtt.js';
import { readFeedItem } from '../src/episode/feed/index.js';

/** Episode data that names what `Object.prototype` has: it must show as written. */
const PROTOTYPE_KINDS = {
  version: 1,
  title: 'Prototype keys',
  entities: [
    { id: 'a', name: 'Alpha', type: '__proto__' },
    { id: 'b', name: 'Beta', type: 'constructor' },
    { id: 'c', name: 'Gamma', type: 'toString' },
    { id: 'd', name: 'Delta', type: 'hasOwnProperty' },
  ],
  links: [
    { source: 'a', target: 'b' },
    { source: 'c', target: 'd' },
  ],
};

describe('episode data keyed by prototype names', () => {
  it('<entity-list> labels kinds named __proto__, constructor, toString as the kind, never an object or function', async () => {
    const el = await fixture<EntityList>(html`<entity-list .episode=${PROTOTYPE_KINDS}></entity-list>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="entity"]').length === 4, 'entities');
    const text = el.shadowRoot!.textContent!;
    expect(text).to.not.contain('[object Object]');
    expect(text).to.not.contain('native code');
    const headings = [...el.shadowRoot!.querySelectorAll('[part="group"] h3')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    expect(headings).to.have.members(['Proto · 1', 'Constructor · 1', 'Tostring · 1', 'Hasownproperty · 1']);
  });

  it('<knowledge-graph> legend and node names show the kinds as written', async () => {
    const el = await fixture<KnowledgeGraph>(html`<knowledge-graph .episode=${PROTOTYPE_KINDS}></knowledge-graph>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="node"]').length === 4, 'nodes');
    const legend = el.shadowRoot!.querySelector('[part="legend"]')!.textContent!;
    expect(legend).to.not.contain('[object Object]');
    expect(legend).to.not.contain('native code');
    expect(legend).to.contain('Constructor');
    expect(legend).to.contain('__proto__');
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="node"]')].map((n) => n.getAttribute('aria-label'));
    expect(labels).to.include('Beta, constructor, 1 connection');
  });
});

describe('prototype names in files', () => {
  it('the validator reports keys named constructor, __proto__ and toString like any unknown key', () => {
    const input = JSON.parse('{"version":1,"title":"T","constructor":1,"__proto__":{"x":1},"entities":[{"id":"a","name":"A","toString":"x","__proto__":[]}]}');
    const result = parseEpisode(input);
    expect(result.episode!.entities.map((e) => e.name)).to.deep.equal(['A']);
    expect(result.warnings!.map((w) => w.path)).to.include.members(['constructor', '__proto__', 'entities[0].toString', 'entities[0].__proto__']);
  });

  it('a companion type or extension named after a prototype key is not a format', async () => {
    expect(formatFromType('constructor')).to.equal(undefined);
    expect(formatFromFileName('episode.constructor')).to.equal(undefined);
    const read = await importCompanion('transcript', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n', { type: 'toString' });
    expect(read.items.map((s) => s.text)).to.deep.equal(['Hi']);
  });

  it('an entity named &constructor; in a cue stays as written', async () => {
    const { items } = await importVttTranscript('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA &constructor; and &toString; B\n');
    expect(items[0]!.text).to.equal('A &constructor; and &toString; B');
  });

  it('a feed with __proto__ and constructor as prefixes, attributes and entities reads as written', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:__proto__="urn:x"><channel><title>S &constructor;</title>
      <item><title>E</title><guid>g</guid><constructor:x>1</constructor:x><__proto__:y __proto__="1">2</__proto__:y>
      <enclosure url="https://example.com/a.mp3" type="audio/mpeg" length="1" toString="x"/></item></channel></rss>`;
    const read = readFeedItem(xml, { file: 'feed.xml' });
    expect('errors' in read && read.errors).to.equal(false);
    if ('errors' in read) return;
    expect(read.input.title).to.equal('E');
    expect(JSON.stringify(read.input)).to.not.contain('native code');
  });
});

describe('episode objects that throw', () => {
  it('a throwing getter ends in episode-error on the provider and the widget alone, never an uncaught error', async () => {
    const hostile = () => ({
      version: 1,
      title: 'Throws',
      get entities(): unknown {
        throw new Error('getter says no');
      },
    });
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const provider = await fixture<HTMLElement & { episode: unknown }>(html`<episode-provider></episode-provider>`);
      const failed = new Promise<CustomEvent>((resolve) => provider.addEventListener('episode-error', (e) => resolve(e as CustomEvent), { once: true }));
      provider.episode = hostile();
      const event = await failed;
      expect(event.detail.message).to.contain('getter says no');
      await waitUntil(() => !!provider.shadowRoot!.querySelector('[part="error"]'), 'the error box');

      const list = await fixture<EntityList>(html`<entity-list></entity-list>`);
      const listFailed = new Promise<CustomEvent>((resolve) => list.addEventListener('episode-error', (e) => resolve(e as CustomEvent), { once: true }));
      list.episode = hostile() as never;
      expect((await listFailed).detail.message).to.contain('getter says no');
      await waitUntil(() => !!list.shadowRoot!.querySelector('[part~="error"]'), 'the widget\'s error box');
      expect(uncaught).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});

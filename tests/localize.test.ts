import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../src/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import type { KeyMoments } from '../src/components/key-moments/key-moments.js';
import type { EntityList } from '../src/components/entity-list/entity-list.js';
import { LocalizeController } from '../src/i18n/localize.js';
import { defaultStrings, plural, registerStrings, stringsFor, type EkStrings } from '../src/i18n/strings.js';
import type { EpisodeFile } from '../src/episode/types.js';
import { waitUntil } from './helpers/media.js';

/** Polish: 1 → one, 2–4 (not 12–14) → few, 5–21, 25… → many. */
const polishMoments = plural({
  one: (f) => `${f} moment`,
  few: (f) => `${f} momenty`,
  many: (f) => `${f} momentów`,
  other: (f) => `${f} momentu`,
});

registerStrings('pl', { momentsHeading: 'Kluczowe momenty', momentsCount: polishMoments });
registerStrings('de', { momentsHeading: 'Schlüsselmomente' });
registerStrings('fr', {
  momentsHeading: 'Moments clés',
  momentsCount: plural({ one: (f) => `${f} moment`, other: (f) => `${f} moments (fr)` }),
});

function chapters(count: number): EpisodeFile {
  return {
    version: 1,
    title: 'Counting',
    duration: count * 60,
    chapters: Array.from({ length: count }, (_, i) => ({ start: i * 60, title: `Chapter ${i + 1}` })),
  };
}

const shadowText = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';
const heading = (el: KeyMoments) => shadowText(el, '[part~="header"] h2');
const count = (el: KeyMoments) => shadowText(el, '[part~="header"] .count');

async function moments(template = html`<key-moments .episode=${chapters(3)}></key-moments>`): Promise<KeyMoments> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('key-moments')!;
  await waitUntil(() => heading(el) !== '', 'header');
  return el;
}

describe('strings: plural forms', () => {
  it('choose the form with the plural rules of the language the table is registered for', () => {
    const pl = stringsFor('pl');
    expect([1, 2, 4, 5, 12, 22, 25].map((n) => pl.momentsCount(n, String(n)))).to.deep.equal([
      '1 moment',
      '2 momenty',
      '4 momenty',
      '5 momentów',
      '12 momentów',
      '22 momenty',
      '25 momentów',
    ]);
    // French says 0 in the singular; English, the plural.
    expect(stringsFor('fr').momentsCount(0, '0')).to.equal('0 moment');
    expect(stringsFor('en').momentsCount(0, '0')).to.equal('0 moments');
  });

  it('keep English forms for English strings on a page in another language', () => {
    // No Polish table for this string: it stays English, English plurals and all.
    expect(stringsFor('pl').topicsCount(2, '2')).to.equal('2 themes');
    expect(stringsFor('fr').highlightsCount(0, '0')).to.equal('0 highlights');
    expect(defaultStrings.momentsCount(1, '1')).to.equal('1 moment');
  });

  it("an element's own plural strings follow the element's language", async () => {
    const el = await moments(html`<key-moments lang="pl" .episode=${chapters(22)} .strings=${{ momentsCount: polishMoments }}></key-moments>`);
    expect(count(el)).to.equal('22 momenty');
  });

  it('an element shows the count in the form its language needs', async () => {
    const five = await moments(html`<key-moments lang="pl" .episode=${chapters(5)}></key-moments>`);
    expect(count(five)).to.equal('5 momentów');
    const three = await moments(html`<key-moments lang="pl" .episode=${chapters(3)}></key-moments>`);
    expect(count(three)).to.equal('3 momenty');
  });
});

describe('strings: lang followed as it changes', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    if (pageLang) document.documentElement.lang = pageLang;
    else document.documentElement.removeAttribute('lang');
  });

  it('re-renders in the new language when lang changes on the element', async () => {
    const el = await moments();
    expect(heading(el)).to.equal('Key moments');
    el.setAttribute('lang', 'de');
    await waitUntil(() => heading(el) === 'Schlüsselmomente', 'German heading');
    el.setAttribute('lang', 'pl');
    await waitUntil(() => heading(el) === 'Kluczowe momenty', 'Polish heading');
    expect(count(el)).to.equal('3 momenty');
    el.removeAttribute('lang');
    await waitUntil(() => heading(el) === 'Key moments', 'English again');
    expect(count(el)).to.equal('3 moments');
  });

  it('re-renders when lang changes on an ancestor', async () => {
    const el = await moments();
    const section = el.parentElement!;
    section.setAttribute('lang', 'fr');
    await waitUntil(() => heading(el) === 'Moments clés', 'French heading');
    section.lang = 'de-AT';
    await waitUntil(() => heading(el) === 'Schlüsselmomente', 'German (base language) heading');
  });

  it('re-renders when the page (<html lang>) changes language', async () => {
    const el = await moments();
    document.documentElement.lang = 'de';
    await waitUntil(() => heading(el) === 'Schlüsselmomente', 'German heading');
  });

  it('a widget inside a shadow root follows a lang changed inside that shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('div');
    const el = document.createElement('key-moments') as KeyMoments;
    el.episode = chapters(2);
    wrapper.append(el);
    root.append(wrapper);
    await waitUntil(() => heading(el) === 'Key moments', 'English heading');
    wrapper.lang = 'pl';
    await waitUntil(() => heading(el) === 'Kluczowe momenty', 'Polish heading');
  });

  it('a widget moved under another lang speaks it', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <div lang="de" id="german"></div>
      <key-moments .episode=${chapters(2)}></key-moments>
    </div>`);
    const el = wrapper.querySelector('key-moments')!;
    await waitUntil(() => heading(el) === 'Key moments', 'English heading');
    wrapper.querySelector('#german')!.append(el);
    await waitUntil(() => heading(el) === 'Schlüsselmomente', 'German heading');
  });

  it('the provider re-words its own notices when lang changes', async () => {
    registerStrings('de', { warningsTitle: plural({ one: (f) => `${f} Teil ausgelassen`, other: (f) => `${f} Teile ausgelassen` }) });
    const provider = await fixture<EpisodeProvider>(html`<episode-provider
      .episode=${{ version: 1, title: 'One bad', transcript: [{ start: 0, text: 'ok' }, { text: 'no start' }] }}
    ></episode-provider>`);
    const summary = () => shadowText(provider, '[part~="warnings"] summary');
    await waitUntil(() => summary() !== '', 'warnings');
    expect(summary()).to.equal('1 part of the episode file was left out');
    provider.lang = 'de';
    await waitUntil(() => summary() === '1 Teil ausgelassen', 'German warnings');
  });

  it('the entity list is accessible after a change of language', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <entity-list src="/tests/fixtures/episodes/page-seed.json"></entity-list>
    </div>`);
    const el = wrapper.querySelector<EntityList>('entity-list')!;
    await waitUntil(() => !!el.shadowRoot!.querySelector('[part~="entity"]'), 'entities');
    registerStrings('de', { entitiesHeading: 'Objekte' });
    wrapper.lang = 'de';
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Objekte'), 'German heading');
    await expect(el).to.be.accessible();
  });
});

/** The controller on an element of one's own: what a developer writing a widget uses. */
class LocalizedThing extends LitElement {
  strings?: Partial<EkStrings>;
  readonly localize = new LocalizeController(this);
  renders = 0;
  override render() {
    this.renders++;
    return html`<p>${this.localize.text.momentsHeading} · ${this.localize.formatNumber(1234.5)}</p>`;
  }
}
customElements.define('localized-thing', LocalizedThing);

describe('LocalizeController', () => {
  it('gives a plain Lit element its language, strings and numbers, and re-renders it on a lang change', async () => {
    const el = await fixture<LocalizedThing>(html`<localized-thing></localized-thing>`);
    expect(el.shadowRoot!.textContent).to.equal('Key moments · 1,234.5');
    el.lang = 'de';
    await waitUntil(() => el.shadowRoot!.textContent === 'Schlüsselmomente · 1.234,5', 'German');
    expect(el.localize.lang).to.equal('de');
  });

  it('does not re-render for a lang change that leaves its language as it was', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"><localized-thing lang="fr"></localized-thing></div>`);
    const el = wrapper.querySelector<LocalizedThing>('localized-thing')!;
    await el.updateComplete;
    const renders = el.renders;
    wrapper.lang = 'pl';
    // A definite signal that the observer has run: a sibling that does change re-renders.
    const sibling = document.createElement('localized-thing') as LocalizedThing;
    wrapper.append(sibling);
    await sibling.updateComplete;
    sibling.lang = 'de';
    await waitUntil(() => sibling.shadowRoot!.textContent!.startsWith('Schlüsselmomente'), 'sibling re-rendered');
    expect(el.renders).to.equal(renders);
    expect(el.shadowRoot!.textContent).to.contain('Moments clés');
  });
});

describe('strings: inline words moved into the table', () => {
  it("a load error's place is worded by the element's strings", async () => {
    const el = await fixture<KeyMoments>(html`<key-moments
      src="/tests/fixtures/episodes/syntax.json"
      .strings=${{ problemLine: (line: number) => `ligne ${line}`, problemColumn: (column: number) => `colonne ${column}` }}
    ></key-moments>`);
    await waitUntil(() => !!el.shadowRoot!.querySelector('[part~="error"]'), 'error');
    expect(shadowText(el, '[part~="error"]')).to.match(/syntax\.json, ligne 4, colonne 30: /);
  });

  it("a provider names its inline JSON with the table's words", async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider .strings=${{ inlineJson: 'JSON en ligne' }}>
      <script type="application/json">
{
  "version": 1,
  "title": "Oops",
}
      </script>
    </episode-provider>`);
    await waitUntil(() => provider.state.status === 'error', 'error state');
    await provider.updateComplete;
    expect(shadowText(provider, '[part~="error"]')).to.contain('JSON en ligne, line 5');
  });
});

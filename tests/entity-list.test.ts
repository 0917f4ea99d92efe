import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { inDarkScheme } from './helpers/color-scheme.js';
import '../src/components/episode-provider/index.js';
import '../src/components/entity-list/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import { EntityList, groupEntities } from '../src/components/entity-list/entity-list.js';
import type { Entity } from '../src/episode/types.js';
import { waitUntil, whenMetadata } from './helpers/media.js';

const SEED = '/tests/fixtures/episodes/page-seed.json';

const root = (el: EntityList) => el.shadowRoot!;
const entities = (el: EntityList) => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="entity"]')];
const entity = (el: EntityList, name: string) => entities(el).find((b) => b.querySelector('.name')!.textContent === name)!;
const groupHeadings = (el: EntityList) => [...root(el).querySelectorAll('[part="group"] h3')].map((h) => h.textContent);
const names = (el: EntityList) => entities(el).map((b) => b.querySelector('.name')!.textContent);
const details = (el: EntityList) => root(el).querySelector<HTMLElement>('.details');
const kindToggle = (el: EntityList, kind: string) => root(el).querySelector<HTMLButtonElement>(`.kind[data-kind="${kind}"]`)!;

async function alone(template = html`<entity-list src=${SEED}></entity-list>`): Promise<EntityList> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('entity-list')!;
  await waitUntil(() => entities(el).length > 0, 'entities');
  return el;
}

async function type(el: EntityList, text: string): Promise<void> {
  root(el).querySelector('input')!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<entity-list>', () => {
  it('groups by kind: known kinds in a fixed order, then others by name, labelled from the kind', () => {
    const make = (id: string, type: string): Entity => ({ id, name: id, type, aliases: [], mentions: [], mentionsSource: 'none' });
    const groups = groupEntities(
      [make('b', 'podcast-episode'), make('z', 'company'), make('a', 'company'), make('p', 'person'), make('c', 'book')],
      new Intl.Collator('en'),
    );
    expect(groups.map((g) => g.kind)).to.deep.equal(['person', 'company', 'book', 'podcast-episode']);
    expect(groups[1].entities.map((e) => e.id)).to.deep.equal(['a', 'z']);
  });

  it('shows the seed’s groups with their counts, each entity with its mention count', async () => {
    const el = await alone();
    expect(root(el).querySelector('[part="header"]')!.textContent).to.contain('40 · 84 links');
    expect(groupHeadings(el)).to.deep.equal(['People · 3', 'Companies · 14', 'Products · 13', 'Concepts · 7', 'Locations · 2', 'Media · 1']);
    expect(entities(el)).to.have.length(40);
    expect(names(el).slice(0, 3)).to.deep.equal(['Dylan Patel', 'Lex Fridman', 'Nathan Lambert']);
    expect(entity(el, 'OpenAI').textContent).to.contain('5 mentions');
    expect(entity(el, 'TSMC').textContent).to.contain('1 mention');
  });

  it('labels a kind it does not know with the kind itself', async () => {
    const el = await alone(html`<entity-list
      .episode=${{ version: 1, title: 'T', entities: [{ id: 'x', name: 'Dune', type: 'book' }, { id: 'y', name: 'Ada', type: 'person' }] }}
    ></entity-list>`);
    expect(groupHeadings(el)).to.deep.equal(['People · 1', 'Book · 1']);
  });

  it('click selects and expands: description, link, connections, mentions; a second click clears', async () => {
    const el = await alone();
    let select = oneEvent(el, 'entity-select');
    entity(el, 'TSMC').click();
    expect((await select).detail).to.deep.equal({ id: 'tsmc' });
    await el.updateComplete;
    expect(entity(el, 'TSMC').getAttribute('part')).to.equal('entity selected');
    expect(entity(el, 'TSMC').getAttribute('aria-expanded')).to.equal('true');
    const box = details(el)!;
    expect(box.textContent).to.contain('Taiwan Semiconductor Manufacturing Company');
    expect(box.querySelector('a')!.getAttribute('href')).to.equal('https://www.tsmc.com');
    const connections = [...box.querySelectorAll('.connections button')].map((b) => b.textContent!.trim());
    expect(connections).to.include('based in Taiwan');
    expect(connections).to.include('NVIDIA manufactures at');
    expect(connections).to.have.length(7);
    expect([...box.querySelectorAll('.mentions-list button')].map((b) => b.textContent)).to.deep.equal(['1:58:20']);
    select = oneEvent(el, 'entity-select');
    entity(el, 'TSMC').click();
    expect((await select).detail).to.deep.equal({ id: null });
    await el.updateComplete;
    expect(details(el)).to.equal(null);
    expect(entity(el, 'TSMC').getAttribute('part')).to.equal('entity');
  });

  it('keyboard: arrows move between entities, Enter selects, a connection moves focus to its entity', async () => {
    const el = await alone();
    entity(el, 'Dylan Patel').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement).to.equal(entity(el, 'Lex Fridman'));
    await sendKeys({ press: 'End' });
    expect(root(el).activeElement).to.equal(entity(el, 'The Bitter Lesson'));
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement).to.equal(entity(el, 'Nathan Lambert'));
    let select = oneEvent(el, 'entity-select');
    await sendKeys({ press: 'Enter' });
    expect((await select).detail).to.deep.equal({ id: 'nathan-lambert' });
    await el.updateComplete;
    const toAi2 = [...details(el)!.querySelectorAll<HTMLButtonElement>('.connections button')].find((b) => b.textContent!.includes('Allen Institute'))!;
    toAi2.focus();
    select = oneEvent(el, 'entity-select');
    await sendKeys({ press: 'Enter' });
    expect((await select).detail).to.deep.equal({ id: 'ai2' });
    await waitUntil(() => root(el).activeElement === entity(el, 'Allen Institute for AI'), 'focus on the connected entity');
    expect(entity(el, 'Allen Institute for AI').getAttribute('part')).to.equal('entity selected');
  });

  it('is one tab stop: Tab from before the list to after it passes the filter, the kind toggles and one entity', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <button id="before">before</button><entity-list src=${SEED}></entity-list><button id="after">after</button>
    </div>`);
    const el = wrapper.querySelector('entity-list')!;
    await waitUntil(() => entities(el).length === 40, 'entities');
    const fixedControls = 1 + root(el).querySelectorAll('.kind').length;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    let tabs = 0;
    while (document.activeElement !== wrapper.querySelector('#after') && tabs < 100) {
      await sendKeys({ press: 'Tab' });
      tabs++;
    }
    // The filter field and each kind toggle, one stop for all the entities, and the Tab that leaves.
    expect(tabs).to.equal(fixedControls + 1 + 1);
    expect(entities(el).filter((b) => b.tabIndex === 0)).to.deep.equal([entity(el, 'Dylan Patel')]);
  });

  it('keyboard: ↓/↑ cross group boundaries and skip a kind toggled off; Home/End go to the ends', async () => {
    const el = await alone();
    entity(el, 'Nathan Lambert').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement).to.equal(entity(el, 'Allen Institute for AI'));
    await sendKeys({ press: 'ArrowUp' });
    expect(root(el).activeElement).to.equal(entity(el, 'Nathan Lambert'));
    kindToggle(el, 'company').click();
    await el.updateComplete;
    entity(el, 'Nathan Lambert').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement).to.equal(entity(el, 'ChatGPT'));
    await sendKeys({ press: 'ArrowUp' });
    expect(root(el).activeElement).to.equal(entity(el, 'Nathan Lambert'));
    await sendKeys({ press: 'End' });
    expect(root(el).activeElement).to.equal(entity(el, 'The Bitter Lesson'));
    await sendKeys({ press: 'Home' });
    expect(root(el).activeElement).to.equal(entity(el, 'Dylan Patel'));
    expect(entities(el).filter((b) => b.tabIndex === 0)).to.deep.equal([entity(el, 'Dylan Patel')]);
  });

  it('type-ahead: a letter moves to the next entity whose name starts with it, letters typed together refine it, accents ignored; Space selects', async () => {
    const el = await alone();
    entity(el, 'Dylan Patel').focus();
    await sendKeys({ press: 'n' });
    expect(root(el).activeElement).to.equal(entity(el, 'Nathan Lambert'));
    await sendKeys({ press: 'n' });
    expect(root(el).activeElement).to.equal(entity(el, 'NVIDIA'));
    await sendKeys({ type: 'tu' });
    expect(root(el).activeElement).to.equal(entity(el, 'Tülu 3'));
    const select = oneEvent(el, 'entity-select');
    await sendKeys({ press: ' ' });
    expect((await select).detail).to.deep.equal({ id: 'tulu-3' });
  });

  it('the selected entity is the tab stop; Tab from it goes through its details, then out of the list', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><entity-list src=${SEED}></entity-list><button id="after">after</button></div>`);
    const el = wrapper.querySelector('entity-list')!;
    await waitUntil(() => entities(el).length === 40, 'entities');
    entity(el, 'TSMC').click();
    await el.updateComplete;
    kindToggle(el, 'media').focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(entity(el, 'TSMC'));
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(details(el)!.querySelector('a'));
    const inDetails = details(el)!.querySelectorAll('a, button').length;
    for (let i = 1; i < inDetails; i++) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(details(el)!.querySelector('.mentions-list button'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
  });

  it('a selection made elsewhere does not take focus from the entity the reader is on; Tab back in lands on it after', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SEED}><entity-list></entity-list></episode-provider>`);
    const el = provider.querySelector('entity-list')!;
    await waitUntil(() => entities(el).length === 40, 'entities');
    entity(el, 'Dylan Patel').focus();
    provider.selectedEntity = 'bitter-lesson';
    await waitUntil(() => entity(el, 'The Bitter Lesson').getAttribute('part') === 'entity selected', 'selected');
    expect(root(el).activeElement).to.equal(entity(el, 'Dylan Patel'));
    kindToggle(el, 'media').focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(entity(el, 'The Bitter Lesson'));
  });

  it('the filter matches names and aliases, ignoring case and accents, and says how many show', async () => {
    const el = await alone();
    await type(el, 'nv');
    expect(names(el)).to.deep.equal(['NVIDIA']);
    expect(root(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('1 of 40 shown');
    expect(groupHeadings(el)).to.deep.equal(['Companies · 1']);
    el.filter = 'taiwan semi';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['TSMC']);
    el.filter = 'TULU';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Tülu 3']);
    el.filter = 'zzz';
    await el.updateComplete;
    expect(entities(el)).to.have.length(0);
    expect(root(el).textContent).to.contain('Nothing matches the filter.');
  });

  it('kind toggles hide and show a group; the selected entity always stays', async () => {
    const el = await alone();
    entity(el, 'NVIDIA').click();
    await el.updateComplete;
    kindToggle(el, 'company').click();
    await el.updateComplete;
    expect(kindToggle(el, 'company').getAttribute('aria-pressed')).to.equal('false');
    expect(groupHeadings(el)).to.deep.equal(['People · 3', 'Companies · 1', 'Products · 13', 'Concepts · 7', 'Locations · 2', 'Media · 1']);
    expect(names(el)).to.include('NVIDIA');
    expect(names(el)).not.to.include('OpenAI');
    kindToggle(el, 'company').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(kindToggle(el, 'company').getAttribute('aria-pressed')).to.equal('true');
    expect(groupHeadings(el)[1]).to.equal('Companies · 14');
  });

  it('no-filter hides the filter and the toggles', async () => {
    const el = await alone(html`<entity-list no-filter src=${SEED}></entity-list>`);
    expect(root(el).querySelector('input, .kind')).to.equal(null);
  });

  it('never links an unsafe URL', async () => {
    const el = await alone(html`<entity-list
      .episode=${{ version: 1, title: 'T', entities: [{ id: 'x', name: 'X', type: 'company', href: 'javascript:alert(1)', description: 'd' }] }}
    ></entity-list>`);
    entities(el)[0].click();
    await el.updateComplete;
    expect(details(el)!.textContent).to.contain('d');
    expect(details(el)!.querySelector('a')).to.equal(null);
  });

  it('an entity selected elsewhere is marked and scrolled into view inside the list, not the page', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SEED}>
      <entity-list style="--ek-entity-list-max-height: 12rem"></entity-list>
    </episode-provider>`);
    const el = provider.querySelector('entity-list')!;
    await waitUntil(() => entities(el).length === 40, 'entities');
    const list = root(el).querySelector<HTMLElement>('.groups')!;
    expect(list.scrollTop).to.equal(0);
    const pageScroll = window.scrollY;
    provider.selectedEntity = 'bitter-lesson';
    await waitUntil(() => entity(el, 'The Bitter Lesson').getAttribute('part') === 'entity selected', 'selected');
    await waitUntil(() => {
      const row = entity(el, 'The Bitter Lesson').getBoundingClientRect();
      const box = list.getBoundingClientRect();
      return row.top >= box.top - 1 && row.bottom <= box.bottom + 1;
    }, 'scrolled into view');
    expect(list.scrollTop).to.be.above(0);
    expect(window.scrollY).to.equal(pageScroll);
  });

  it('in a provider with audio, a mention seeks the media and a click selects everywhere', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SEED}>
      <audio src="/media/silence-18200.wav" preload="auto"></audio>
      <entity-list></entity-list>
    </episode-provider>`);
    const el = provider.querySelector('entity-list')!;
    const audio = provider.querySelector('audio')!;
    await waitUntil(() => entities(el).length === 40, 'entities');
    await whenMetadata(audio);
    entity(el, 'OpenAI').click();
    await waitUntil(() => provider.selectedEntity === 'openai', 'provider selection');
    await waitUntil(() => !!details(el), 'details');
    const times = [...details(el)!.querySelectorAll<HTMLButtonElement>('.mentions-list button')];
    expect(times.map((b) => b.textContent)).to.deep.equal(['24:50', '1:10:10', '2:30:05', '3:28:30', '4:10:20']);
    expect(times[2].getAttribute('aria-label')).to.equal('Play from 2:30:05');
    times[2].click();
    await waitUntil(() => audio.currentTime === 9005, 'audio at 9005 s');
  });

  it('shows the first twelve mentions, then the rest on request', async () => {
    const mentions = Array.from({ length: 15 }, (_, i) => i * 60);
    const el = await alone(html`<entity-list .episode=${{ version: 1, title: 'T', entities: [{ id: 'x', name: 'X', type: 'concept', mentions }] }}></entity-list>`);
    entities(el)[0].click();
    await el.updateComplete;
    const more = details(el)!.querySelector<HTMLButtonElement>('.more')!;
    expect(details(el)!.querySelectorAll('.mentions-list .time')).to.have.length(12);
    expect(more.textContent!.trim()).to.equal('3 more');
    more.click();
    await el.updateComplete;
    expect(details(el)!.querySelectorAll('.mentions-list .time')).to.have.length(15);
  });

  it('is accessible, with an entity expanded and a filter', async () => {
    const el = await alone();
    entity(el, 'TSMC').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.filter = 'deep';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark scheme (on a dark page)', async function () {
    await inDarkScheme(this, async () => {
      const el = await alone();
      entity(el, 'TSMC').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});

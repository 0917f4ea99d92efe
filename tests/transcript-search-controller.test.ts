import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SearchController } from '../src/components/transcript-view/search-controller.js';
import type { Segment } from '../src/episode/types.js';
import { defaultStrings } from '../src/i18n/strings.js';
import { waitUntil } from './helpers/media.js';

const TEXTS = ['Chips are made in fabs.', 'A fab costs billions.', 'Nothing here.', 'Fabs, fabs and more FABS.', 'Café chips'];
const segments: Segment[] = TEXTS.map((text, i) => ({ index: i, start: i * 10, end: i * 10 + 10, text }));

/** A host without DOM: what the controller asks of it, and what it did. */
function setup(topRow = 0) {
  const revealed: number[] = [];
  let changes = 0;
  const host: ReactiveControllerHost & { query: string } = {
    query: '',
    addController: (_c: ReactiveController) => undefined,
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
  const search = new SearchController(host, {
    text: () => defaultStrings,
    topRow: () => topRow,
    reveal: (index) => revealed.push(index),
    changed: () => changes++,
  });
  search.reset(segments);
  return { host, search, revealed, changes: () => changes };
}

const count = (search: SearchController) => search.countText(defaultStrings, (n) => new Intl.NumberFormat('en').format(n));

describe('SearchController', () => {
  it('searches once typing pauses: every hit in every segment, the first from the top row focused and shown', async () => {
    const { host, search, revealed } = setup(2);
    search.input('fab');
    expect(search.inputValue).to.equal('fab');
    expect(search.hits).to.deep.equal([]);
    await waitUntil(() => search.hits.length > 0, 'hits');
    expect(search.hits.map((h) => h.segment)).to.deep.equal([0, 1, 3, 3, 3]);
    expect(search.matchIndex).to.equal(2);
    expect(revealed).to.deep.equal([3]);
    expect(host.query).to.equal('fab');
    expect(count(search)).to.equal('3 of 5');
  });

  it('Enter on the searched text steps to the next hit, Shift+Enter to the previous, round the ends', async () => {
    const { search, revealed } = setup();
    search.enter(false);
    search.input('chips');
    search.enter(false);
    await waitUntil(() => search.hits.length > 0, 'hits');
    expect(search.hits.map((h) => h.segment)).to.deep.equal([0, 4]);
    expect(search.matchIndex).to.equal(0);
    search.enter(false);
    expect(search.matchIndex).to.equal(1);
    search.enter(false);
    expect(search.matchIndex).to.equal(0);
    search.enter(true);
    expect(search.matchIndex).to.equal(1);
    expect(revealed).to.deep.equal([0, 4, 0, 4]);
  });

  it('ignores case and accents; says when nothing matches; Escape clears the search', async () => {
    const { host, search } = setup();
    search.queryChanged('CAFE');
    await waitUntil(() => search.hits.length > 0, 'hits');
    expect(search.hits).to.deep.equal([{ segment: 4, start: 0, end: 4 }]);
    search.enter(false);
    search.queryChanged('silicon');
    await waitUntil(() => search.hits.length === 0, 'no hits');
    expect(count(search)).to.equal('No matches');
    search.clear();
    expect(search.inputValue).to.equal('');
    expect(host.query).to.equal('');
    expect(count(search)).to.equal('');
  });

  it('new segments drop the hits, and a query already set searches them', async () => {
    const { host, search } = setup();
    search.queryChanged('fab');
    await waitUntil(() => search.hits.length === 5, 'hits');
    host.query = 'nothing';
    search.reset(segments.slice(2));
    expect(search.hits).to.deep.equal([]);
    await waitUntil(() => search.hits.length === 1, 'the query searched in the new segments');
    expect(search.hits[0]!.segment).to.equal(0);
  });
});

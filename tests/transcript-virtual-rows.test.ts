import { expect, fixture, html } from '@open-wc/testing';
import { RowsTestHost, renderedIndices, segments, shownAt } from './helpers/rows-host.js';
import { waitUntil } from './helpers/media.js';

async function list(n: number, heightOf: (i: number) => number): Promise<RowsTestHost> {
  const el = await fixture<RowsTestHost>(html`<rows-test-host></rows-test-host>`);
  el.heightOf = heightOf;
  el.load(segments(n));
  await el.updateComplete;
  return el;
}

const viewport = (el: RowsTestHost) => el.viewport;

describe('VirtualRows', () => {
  it('renders only the rows near the viewport, of 10,000', async () => {
    const el = await list(10_000, () => 30);
    const shown = renderedIndices(el);
    expect(shown[0]).to.equal(0);
    expect(shown.length).to.be.within(400 / 30, 100);
    // The scrolled height is every row's: measured ones and estimates.
    expect(viewport(el).scrollHeight).to.be.greaterThan(10_000 * 20);
  });

  it('renders the rows a scroll brings in, and drops the ones it leaves', async () => {
    const el = await list(10_000, () => 30);
    viewport(el).scrollTop = 30 * 5000;
    await waitUntil(() => renderedIndices(el)[0]! > 4000, 'rows at the new place are rendered');
    // What shows is covered: a rendered row crosses the viewport's top edge, another its bottom.
    const edges = renderedIndices(el).map((i) => shownAt(el, i)!);
    expect(edges.some((top) => top <= 0 && top > -30)).to.equal(true);
    expect(edges.some((top) => top < 400 && top + 30 >= 400)).to.equal(true);
    expect(renderedIndices(el)).to.not.include(0);
  });

  it('jumps to a far row and lands it where asked, though its estimate was wrong', async () => {
    // Rows are 90 px, estimated from one short line of text: each estimate is far off.
    const el = await list(5000, () => 90);
    el.rows.jumpTo({ index: 3000, delta: 100 });
    await el.updateComplete;
    await waitUntil(() => shownAt(el, 3000) !== null, 'row 3000 is rendered');
    expect(shownAt(el, 3000)).to.be.closeTo(100, 1.5);
    expect(el.rows.rowElement(3000)?.dataset.index).to.equal('3000');
    expect(el.rows.isRowVisible(3000)).to.equal(true);
    expect(el.rows.isRowVisible(0)).to.equal(false);
  });

  it('keeps the row the reader sees in place when rows measured above it turn out taller', async () => {
    const el = await list(2000, (i) => (i % 2 ? 120 : 20));
    el.rows.jumpTo({ index: 1000, delta: 0 });
    await el.updateComplete;
    await waitUntil(() => shownAt(el, 1000) !== null, 'row 1000 is rendered');
    const before = shownAt(el, 1000)!;
    // Scrolling up brings in unmeasured rows above; row 1000 stays where the reader saw it, less the scroll.
    viewport(el).scrollTop -= 150;
    await waitUntil(() => renderedIndices(el)[0]! < 995, 'rows above are rendered');
    await el.updateComplete;
    expect(shownAt(el, 1000)).to.be.closeTo(before + 150, 1.5);
  });

  it('places a row at the bottom edge with "nearest" when it is below the view', async () => {
    const el = await list(1000, () => 50);
    el.rows.scrollToIndex(500, 'nearest');
    await el.updateComplete;
    await waitUntil(() => shownAt(el, 500) !== null, 'row 500 is rendered');
    expect(shownAt(el, 500)).to.be.closeTo(400 - 50, 1.5);
    expect(el.rows.indexAtTop()).to.be.within(491, 493);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import '../src/components/transcript-view/index.js';
import { FIND_BLOCK_SIZE, FindInPage, findInPageSupported } from '../src/components/transcript-view/find-in-page.js';
import type { TranscriptView } from '../src/components/transcript-view/transcript-view.js';
import type { EpisodeFile, Segment } from '../src/episode/types.js';
import { waitUntil } from './helpers/media.js';

/** Skipped where the browser has no hidden="until-found" (no beforematch): the transcript builds no blocks there. */
function skipUnlessSupported(test: Mocha.Context): void {
  if (!findInPageSupported) test.skip();
}

function segments(n: number): Segment[] {
  return Array.from({ length: n }, (_, i) => ({ index: i, start: i * 5, end: i * 5 + 5, text: `Line ${i + 1}: word${i + 1} was said.` }));
}

function episode(n: number): EpisodeFile {
  return { version: 1, title: `Generated ${n}`, duration: n * 5, transcript: segments(n).map(({ start, end, text }) => ({ start, end, text })) };
}

/** The shadow-DOM queries, in one place. */
function harness(el: TranscriptView) {
  const root = el.shadowRoot!;
  const viewport = () => root.querySelector<HTMLElement>('.viewport')!;
  return {
    viewport,
    blocks: () => [...root.querySelectorAll<HTMLElement>('.found > div')],
    rendered: () => [...root.querySelectorAll<HTMLElement>('[part~="segment"]')].map((row) => Number(row.dataset.index)),
    segment: (i: number) => root.querySelector<HTMLElement>(`[part~="segment"][data-index="${i}"]`),
    followButton: () => root.querySelector('[part="follow-button"]'),
    /** The text the blocks (a block and, around the window, its tail) hold for segment `i`. */
    blockText(i: number): string | undefined {
      const first = Math.floor(i / FIND_BLOCK_SIZE) * FIND_BLOCK_SIZE;
      const nodes = this.blocks()
        .filter((block) => Number(block.dataset.first) === first)
        .map((block) => block.childNodes[i - first] as Text | undefined);
      return nodes.some(Boolean) ? nodes.map((node) => node?.data ?? '').join('') : undefined;
    },
    /** Every segment whose text the viewport holds (a rendered row, or a block's text node), in DOM order. */
    textOrder(): number[] {
      const order: number[] = [];
      const walker = document.createTreeWalker(viewport(), NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof HTMLElement && node.matches('[part~="segment"]')) {
          order.push(Number(node.dataset.index));
          // The row's own text nodes are not walked: the row counts once.
          while (node.lastChild) node = node.lastChild;
          walker.currentNode = node;
        } else if (node instanceof Text && node.data && node.parentElement!.matches('.found > div')) {
          order.push(Number(node.parentElement!.dataset.first) + [...node.parentElement!.childNodes].indexOf(node));
        }
      }
      return order;
    },
    inView(row: HTMLElement | null): boolean {
      if (!row) return false;
      const box = row.getBoundingClientRect();
      const view = viewport().getBoundingClientRect();
      return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
    },
  };
}

async function transcript(n: number) {
  const el = await fixture<TranscriptView>(html`<transcript-view .episode=${episode(n)}></transcript-view>`);
  const h = harness(el);
  await waitUntil(() => h.rendered().length > 0, 'rows');
  await waitUntil(() => h.blocks().length === Math.ceil(n / FIND_BLOCK_SIZE) && h.blockText(n - 1) !== undefined, 'every block built');
  return { el, h };
}

/** Every segment's text is either in its rendered row or in its block, never both. */
function expectEveryTextOnce(h: ReturnType<typeof harness>, n: number): void {
  const rendered = new Set(h.rendered());
  const missing: number[] = [];
  for (let i = 0; i < n; i++) {
    const text = `Line ${i + 1}: word${i + 1} was said.`;
    const inBlock = h.blockText(i) === `${text}\n`;
    const inRow = rendered.has(i) && h.segment(i)!.textContent!.includes(text);
    if (inBlock === inRow) missing.push(i);
    if (rendered.has(i) && h.blockText(i) !== '') missing.push(i);
  }
  expect(missing).to.deep.equal([]);
}

describe('<transcript-view> find in page', () => {
  it('every segment\'s text is in the shadow tree, rendered or in a hidden block, once', async function () {
    skipUnlessSupported(this);
    const { el, h } = await transcript(2000);
    expectEveryTextOnce(h, 2000);
    for (const block of h.blocks()) {
      expect(block.getAttribute('hidden')).to.equal('until-found');
      expect(block.getBoundingClientRect().height).to.equal(0);
    }
    expect(el.shadowRoot!.querySelector('.found')!.getAttribute('aria-hidden')).to.equal('true');
    const sizer = el.shadowRoot!.querySelector<HTMLElement>('.sizer')!;
    expect(h.viewport().scrollHeight).to.equal(Math.round(sizer.getBoundingClientRect().height));

    // The window moves: rows that left give their text back to the blocks, rows that came take it.
    h.viewport().scrollTop = h.viewport().scrollHeight / 2;
    await waitUntil(() => h.rendered().some((i) => i > 900 && i < 1100), 'middle rendered');
    await el.updateComplete;
    expectEveryTextOnce(h, 2000);
    await expect(el).to.be.accessible();
  });

  it('find-next meets the segments in transcript order: the hidden text before the rendered rows comes before them in the DOM, the rest after', async function () {
    skipUnlessSupported(this);
    const n = 2000;
    const { el, h } = await transcript(n);
    const everySegment = Array.from({ length: n }, (_, i) => i);
    expect(h.textOrder()).to.deep.equal(everySegment);

    // The window moves to the middle of a block (text of that block on both sides of it), then
    // far down, then back up into another block.
    for (const fraction of [0.3, 0.9, 0.55]) {
      const top = Math.round(h.viewport().scrollHeight * fraction);
      h.viewport().scrollTop = top;
      const middle = Math.round(n * fraction);
      await waitUntil(() => h.rendered().some((i) => Math.abs(i - middle) < 30), `rows near ${middle} rendered`);
      await el.updateComplete;
      expect(h.rendered()[0]).to.be.greaterThan(0);
      expect(h.textOrder(), `after scrolling to ${fraction}`).to.deep.equal(everySegment);
    }
  });

  it('a beforematch on a hidden block renders the row the browser showed, in view', async function () {
    skipUnlessSupported(this);
    const { el, h } = await transcript(2000);
    expect(h.segment(1500)).to.be.null;
    const block = h.blocks()[Math.floor(1500 / FIND_BLOCK_SIZE)]!;

    // What the browser does on Ctrl+F: beforematch, then it shows the block and scrolls to the hit.
    block.dispatchEvent(new Event('beforematch', { bubbles: true }));
    block.removeAttribute('hidden');
    const range = document.createRange();
    range.selectNodeContents(block.childNodes[1500 % FIND_BLOCK_SIZE]!);
    h.viewport().scrollTop += range.getBoundingClientRect().top - h.viewport().getBoundingClientRect().top - 100;

    await waitUntil(() => h.inView(h.segment(1500)), 'row 1500 rendered and in view');
    expect(h.segment(1500)!.textContent).to.contain('Line 1501: word1501 was said.');
    expect(block.getAttribute('hidden')).to.equal('until-found');
    expect(h.followButton()).to.exist;
    await el.updateComplete;
    expectEveryTextOnce(h, 2000);
  });

  it('a beforematch sent from code renders the block\'s first row, in view', async function () {
    skipUnlessSupported(this);
    const { h } = await transcript(2000);
    const block = h.blocks()[3]!;
    block.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await waitUntil(() => h.inView(h.segment(3 * FIND_BLOCK_SIZE)), 'first row of block 3 rendered and in view');
  });
});

class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {}
}

describe('FindInPage', () => {
  it('keeps one text node per segment, emptied while its row is rendered; a window change rewrites only rows that came or went', async function () {
    skipUnlessSupported(this);
    const container = document.createElement('div');
    const before = document.createElement('div');
    document.body.append(before, container);
    try {
      const finder = new FindInPage(new FakeHost(), { offsetOf: () => 0, viewport: () => null, reveal: () => undefined });
      finder.setWindow(10, 20);
      finder.attach(before, container, segments(450));
      // Block 0 before the window (rows 0–9), its tail (rows 21–199) and blocks 1 and 2 after it.
      await waitUntil(() => container.childNodes.length === 3 && container.lastChild!.childNodes.length === 50, 'three blocks');
      expect(before.childNodes.length).to.equal(1);
      const blocks = () => [...before.children, ...container.children] as HTMLElement[];
      const text = (i: number) =>
        blocks()
          .filter((block) => Number(block.dataset.first) === Math.floor(i / FIND_BLOCK_SIZE) * FIND_BLOCK_SIZE)
          .map((block) => (block.childNodes[i % FIND_BLOCK_SIZE] as Text).data)
          .join('');
      expect([text(9), text(10), text(20), text(21)]).to.deep.equal(['Line 10: word10 was said.\n', '', '', 'Line 22: word22 was said.\n']);

      const writes: Node[] = [];
      const observer = new MutationObserver((records) => writes.push(...records.map((r) => r.target)));
      observer.observe(before, { characterData: true, subtree: true });
      observer.observe(container, { characterData: true, subtree: true });
      finder.setWindow(15, 25);
      await Promise.resolve();
      observer.disconnect();
      expect(writes).to.have.length(10); // 10–14 back, 21–25 out
      expect([text(14), text(15), text(25), text(26)]).to.deep.equal(['Line 15: word15 was said.\n', '', '', 'Line 27: word27 was said.\n']);
    } finally {
      container.remove();
      before.remove();
    }
  });
});

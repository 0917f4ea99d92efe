import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/episode-provider/index.js';
import '../src/components/transcript-view/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import type { TranscriptView } from '../src/components/transcript-view/transcript-view.js';
import type { EpisodeFile } from '../src/episode/types.js';
import { waitUntil } from './helpers/media.js';

const SECONDS = 5;

/** A paragraph of `length` characters, in words that wrap. */
function paragraph(i: number, length: number): string {
  const words = `Segment ${i + 1} goes on and on about chips, fabs and lithography. `;
  return words.repeat(Math.ceil(length / words.length)).slice(0, length).trim();
}

/** `n` segments of 5 s; `lengthOf(i)` characters each. */
function episode(n: number, lengthOf: (i: number) => number): EpisodeFile {
  return {
    version: 1,
    title: `Tall rows ${n}`,
    duration: n * SECONDS,
    transcript: Array.from({ length: n }, (_, i) => ({ start: i * SECONDS, end: (i + 1) * SECONDS, text: paragraph(i, lengthOf(i)) })),
  };
}

async function page(file: EpisodeFile) {
  const provider = await fixture<EpisodeProvider>(html`<episode-provider .episode=${file}>
    <transcript-view></transcript-view>
  </episode-provider>`);
  const el = provider.querySelector('transcript-view') as TranscriptView;
  const root = el.shadowRoot!;
  const viewport = () => root.querySelector<HTMLElement>('.viewport')!;
  const h = {
    viewport,
    segment: (i: number) => root.querySelector<HTMLElement>(`[part~="segment"][data-index="${i}"]`),
    current: () => root.querySelector<HTMLElement>('[part="segment current"]'),
    followButton: () => root.querySelector('[part="follow-button"]'),
    /**
     * Whether the rendered rows reach well past both edges of the viewport (or the transcript's
     * ends): the scrolling margin, rendered the frame after a jump, is in.
     */
    marginRendered(): boolean {
      const rows = [...root.querySelectorAll<HTMLElement>('[part~="segment"]')];
      const view = viewport().getBoundingClientRect();
      const first = rows[0];
      const last = rows.at(-1);
      if (!first || !last) return false;
      const aboveDone = first.dataset.index === '0' || first.getBoundingClientRect().top <= view.top - 200;
      const belowDone = !last.nextElementSibling && last.getBoundingClientRect().bottom >= view.bottom + 200;
      return aboveDone && (belowDone || Number(last.dataset.index) === Number(last.getAttribute('aria-setsize')) - 1);
    },
    /**
     * Whether the row shows as much as it can: whole, or when taller than the viewport, from its
     * top (at the viewport's top) over the whole viewport.
     */
    inView(row: HTMLElement | null): boolean {
      if (!row) return false;
      const box = row.getBoundingClientRect();
      const view = viewport().getBoundingClientRect();
      return box.top >= view.top - 1 && Math.min(box.bottom, box.top + view.height) <= view.bottom + 1;
    },
  };
  await waitUntil(() => !!h.segment(0), 'transcript shown');
  return { provider, el, h };
}

type Page = Awaited<ReturnType<typeof page>>;

/** Seeks through the provider, and waits until the window has settled (its scrolling margin rendered). */
async function seekAndSettle({ provider, el, h }: Page, index: number): Promise<void> {
  provider.seekTo(index * SECONDS + 1);
  const settled = () => {
    const row = h.segment(index);
    return h.current() === row && h.inView(row) && h.marginRendered();
  };
  await waitUntil(settled, `segment ${index} current and in view`);
  await el.updateComplete;
}

function expectCurrentShown(h: Page['h'], index: number): void {
  const row = h.segment(index);
  // Booleans and strings only: chai describing a failing element here once crashed Chromium.
  expect(!!row, `segment ${index} rendered`).to.be.true;
  expect(row!.getAttribute('part')).to.equal('segment current');
  expect(row!.getAttribute('aria-current')).to.equal('true');
  expect(h.inView(row), `segment ${index} in view`).to.be.true;
  expect(h.followButton()?.textContent?.trim() ?? null, `no "Back to now" after seeking to ${index}`).to.equal(null);
}

describe('<transcript-view> following through rows of any height', () => {
  it('one 100,000-character segment: seeking past it and back before it shows the current row, in view, still following', async () => {
    const p = await page(episode(200, (i) => (i === 40 ? 100_000 : 60)));
    for (const index of [120, 20, 41, 150, 39, 5, 40, 199, 190, 60, 199]) {
      await seekAndSettle(p, index);
      expectCurrentShown(p.h, index);
    }
  });

  it('rows of one height: seeking to the last rows and back shows the current row, still following', async () => {
    const p = await page(episode(200, () => 60));
    for (const index of [199, 100, 198, 0, 199]) {
      await seekAndSettle(p, index);
      expectCurrentShown(p.h, index);
    }
  });

  it('3,000-character paragraphs every third segment: far seeks forward and back each show the current row, in view', async () => {
    const p = await page(episode(330, (i) => (i % 3 === 2 ? 3000 : 80)));
    for (const index of [300, 40, 250, 7, 329, 150, 2, 328]) {
      await seekAndSettle(p, index);
      expectCurrentShown(p.h, index);
    }
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/episode-provider/index.js';
import '../src/components/key-moments/index.js';
import '../src/components/transcript-view/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import type { TranscriptView } from '../src/components/transcript-view/transcript-view.js';
import type { EpisodeFile } from '../src/episode/types.js';
import { waitUntil, whenMetadata } from './helpers/media.js';

/** `n` segments of 5 s; a chapter at 0 and one at 600 s (segment 120). */
function longEpisode(n: number): EpisodeFile {
  return {
    version: 1,
    title: `Generated ${n}`,
    duration: n * 5,
    chapters: [
      { start: 0, title: 'Opening' },
      { start: 600, title: 'Twenty lines on' },
    ],
    transcript: Array.from({ length: n }, (_, i) => ({ start: i * 5, end: i * 5 + 5, text: `Line ${i + 1}: we talked about chips.` })),
  };
}

async function page(n = 2000) {
  const provider = await fixture<EpisodeProvider>(html`<episode-provider .episode=${longEpisode(n)}>
    <audio src="/media/silence-${n * 5}.wav" preload="auto"></audio>
    <key-moments></key-moments>
    <transcript-view></transcript-view>
  </episode-provider>`);
  const audio = provider.querySelector('audio')!;
  const el = provider.querySelector('transcript-view') as TranscriptView;
  const moments = provider.querySelector('key-moments')!;
  const root = el.shadowRoot!;
  const viewport = () => root.querySelector<HTMLElement>('.viewport')!;
  const h = {
    segment: (i: number) => root.querySelector<HTMLElement>(`[part~="segment"][data-index="${i}"]`),
    current: () => root.querySelector<HTMLElement>('[part="segment current"]'),
    followButton: () => root.querySelector<HTMLButtonElement>('[part="follow-button"]'),
    viewport,
    inView(row: HTMLElement | null): boolean {
      if (!row) return false;
      const box = row.getBoundingClientRect();
      const view = viewport().getBoundingClientRect();
      return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
    },
    moment: (title: string) =>
      [...moments.shadowRoot!.querySelectorAll<HTMLElement>('[part~="moment"]')].find((m) => m.textContent!.includes(title)),
  };
  await waitUntil(() => !!h.segment(0) && !!h.moment('Twenty lines on'), 'transcript and moments shown');
  await whenMetadata(audio);
  return { provider, audio, el, h };
}

/** Scrolls away as a reader does (a wheel, then the scroll), until "Back to now" shows. */
async function scrollAway(h: Awaited<ReturnType<typeof page>>['h']): Promise<void> {
  h.viewport().dispatchEvent(new WheelEvent('wheel', { deltaY: 400, bubbles: true }));
  h.viewport().scrollTop += 3000;
  await waitUntil(() => !!h.followButton(), 'Back to now');
}

describe('<transcript-view> following after a seek', () => {
  it('a key moment chosen after the reader scrolled away brings the transcript to the new line', async () => {
    const { audio, h } = await page();
    audio.currentTime = 500;
    await waitUntil(() => h.current()?.dataset.index === '100' && h.inView(h.current()), 'segment 100 in view');
    await scrollAway(h);
    expect(h.inView(h.segment(120))).to.be.false;

    h.moment('Twenty lines on')!.click();
    await waitUntil(() => audio.currentTime === 600, 'audio at 600 s');
    await waitUntil(() => h.current()?.dataset.index === '120' && h.inView(h.current()), 'segment 120 current and in view');
    expect(h.current()!.textContent).to.contain('Line 121');
    await waitUntil(() => !h.followButton(), '"Back to now" gone');
  });

  it('a deep link followed after the reader scrolled away brings the transcript there', async () => {
    const { audio, h } = await page();
    await scrollAway(h);
    const hash = location.hash;
    try {
      location.hash = '#t=1500';
      await waitUntil(() => audio.currentTime === 1500, 'audio at 1500 s');
      await waitUntil(() => h.current()?.dataset.index === '300' && h.inView(h.current()), 'segment 300 current and in view');
      expect(h.followButton()).to.be.null;
    } finally {
      history.replaceState(null, '', hash || location.pathname + location.search);
    }
  });

  it('a scroll that lands just after a click on a line does not stop following; the reader\'s next scroll does', async () => {
    const { audio, provider, el, h } = await page();
    audio.currentTime = 500;
    await waitUntil(() => h.current()?.dataset.index === '100' && h.inView(h.current()), 'segment 100 in view');
    const rows = [...h.viewport().querySelectorAll<HTMLElement>('[part~="segment"]')];
    const target = rows.at(-1)!;
    const index = Number(target.dataset.index);
    expect(h.inView(target)).to.be.false;

    // The scroll event of a scroll-into-view comes with the next frame: after the click's seek.
    const landed = oneEvent(h.viewport(), 'scroll');
    target.scrollIntoView({ block: 'center' });
    target.querySelector<HTMLElement>('.text')!.click();
    await landed;
    await waitUntil(() => provider.playback.currentTime === index * 5, 'the click seeked');
    await el.updateComplete;

    audio.currentTime = (index + 20) * 5;
    await waitUntil(() => h.current()?.dataset.index === String(index + 20) && h.inView(h.current()), 'following went on, 20 lines later');
    expect(h.followButton()).to.be.null;

    await scrollAway(h);
  });
});

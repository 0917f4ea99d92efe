import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/components/episode-provider/index.js';
import '../src/components/transcript-view/index.js';
import { TranscriptView } from '../src/components/transcript-view/transcript-view.js';
import { HeightIndex, indexAtTime, textRuns, wordAt } from '../src/components/transcript-view/transcript-model.js';
import { foldText, searchFolded } from '../src/components/transcript-view/transcript-search.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import type { EpisodeFile, Segment } from '../src/episode/types.js';
import { waitUntil, whenMetadata } from './helpers/media.js';

const SAMPLE = '/tests/fixtures/episodes/sample.json';
const WORDS = '/tests/fixtures/episodes/transcript-words.json';

const FILLER = ['we talked about chips', 'the market moves fast', 'that is the key point', 'nobody expected this', 'it scales with demand'];

/** A generated episode of `n` segments, 5 s each, speakers changing every 3 segments. */
function makeEpisode(n: number, extra: (i: number) => string = () => ''): EpisodeFile {
  const transcript = Array.from({ length: n }, (_, i) => ({
    start: i * 5,
    end: i * 5 + 5,
    speaker: Math.floor(i / 3) % 2 ? 'ben' : 'ana',
    text: `Line ${i + 1}: ${FILLER[i % FILLER.length]}${i % 7 === 0 ? ' and TSMC said so' : ''}.${extra(i)}`,
  }));
  return {
    version: 1,
    title: `Generated ${n}`,
    duration: n * 5,
    people: [
      { id: 'ana', name: 'Ana Ortiz' },
      { id: 'ben', name: 'Ben Okafor' },
    ],
    entities: [{ id: 'tsmc', name: 'TSMC', type: 'company' }],
    transcript,
  };
}

/** The shadow-DOM queries, in one place. */
function harness(el: TranscriptView) {
  const root = el.shadowRoot!;
  return {
    root,
    segments: () => [...root.querySelectorAll<HTMLElement>('[part~="segment"]')],
    segment: (index: number) => root.querySelector<HTMLElement>(`[part~="segment"][data-index="${index}"]`),
    current: () => root.querySelector<HTMLElement>('[part="segment current"]'),
    viewport: () => root.querySelector<HTMLElement>('.viewport')!,
    header: () => root.querySelector<HTMLElement>('[part="header"]')!,
    search: () => root.querySelector<HTMLInputElement>('[part="search"]')!,
    count: () => root.querySelector<HTMLElement>('[part="match-count"]')!.textContent!.trim(),
    followButton: () => root.querySelector<HTMLButtonElement>('[part="follow-button"]'),
    navigator: () => root.querySelector<HTMLElement>('.navigator'),
    inView(row: HTMLElement | null): boolean {
      if (!row) return false;
      const box = row.getBoundingClientRect();
      const view = this.viewport().getBoundingClientRect();
      return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
    },
  };
}

async function ready(el: TranscriptView): Promise<ReturnType<typeof harness>> {
  const h = harness(el);
  await waitUntil(() => h.segments().length > 0, 'segments');
  await el.updateComplete;
  return h;
}

async function alone(episode: EpisodeFile | string, attrs: { noFollow?: boolean } = {}): Promise<TranscriptView> {
  const el = await fixture<TranscriptView>(
    typeof episode === 'string'
      ? html`<transcript-view src=${episode} ?no-follow=${attrs.noFollow}></transcript-view>`
      : html`<transcript-view .episode=${episode} ?no-follow=${attrs.noFollow}></transcript-view>`,
  );
  await ready(el);
  return el;
}

async function withProvider(episode: EpisodeFile | string, seconds = 600) {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <audio id="tv-audio" src="/media/silence-${seconds}.wav" preload="auto"></audio>
    <episode-provider for="tv-audio" .episode=${typeof episode === 'string' ? undefined : episode} src=${typeof episode === 'string' ? episode : ''}>
      <transcript-view></transcript-view>
    </episode-provider>
  </div>`);
  const audio = wrapper.querySelector('audio')!;
  const provider = wrapper.querySelector('episode-provider') as EpisodeProvider;
  const el = wrapper.querySelector('transcript-view')!;
  const h = await ready(el);
  await whenMetadata(audio);
  return { audio, provider, el, h };
}

describe('transcript-view model', () => {
  it('finds the segment at a time by binary search', () => {
    const starts = [0, 10, 30, 60].map((start) => ({ start }));
    expect(indexAtTime(starts, -1)).to.equal(-1);
    expect(indexAtTime(starts, 0)).to.equal(0);
    expect(indexAtTime(starts, 29.9)).to.equal(1);
    expect(indexAtTime(starts, 30)).to.equal(2);
    expect(indexAtTime(starts, 1e6)).to.equal(3);
  });

  it('keeps offsets and the row at an offset in a height index', () => {
    const heights = new HeightIndex(5, 30);
    [10, 20, 30, 40, 50].forEach((height, i) => heights.set(i, height));
    expect(heights.total).to.equal(150);
    expect(heights.offset(3)).to.equal(60);
    expect(heights.indexAt(0)).to.equal(0);
    expect(heights.indexAt(29.9)).to.equal(1);
    expect(heights.indexAt(30)).to.equal(2);
    expect(heights.indexAt(1000)).to.equal(4);
    heights.set(1, 5);
    expect(heights.offset(3)).to.equal(45);
    expect(heights.indexAt(15)).to.equal(2);
    // Rows not measured count as the estimate; measured ones as themselves.
    const estimated = new HeightIndex(7, 10);
    expect([estimated.total, estimated.offset(5), estimated.indexAt(39.9), estimated.indexAt(40)]).to.deep.equal([70, 50, 3, 4]);
    expect([estimated.isMeasured(0), estimated.height(0)]).to.deep.equal([false, 10]);
    expect(estimated.set(0, 30)).to.equal(20);
    expect([estimated.total, estimated.offset(1), estimated.indexAt(30), estimated.height(0)]).to.deep.equal([90, 30, 1, 30]);
    estimated.set(6, 4);
    expect([estimated.total, estimated.offset(6), estimated.indexAt(79.9), estimated.indexAt(80), estimated.indexAt(1e6)]).to.deep.equal([84, 80, 5, 6, 6]);
  });

  it('searches case- and accent-insensitively and maps hits back to the text', () => {
    const texts = ['José met JOSE', 'nothing', 'e\u0301te\u0301 jose'].map(foldText);
    const hits = searchFolded(texts, 'jose');
    expect(hits.map((m) => m.segment)).to.deep.equal([0, 0, 2]);
    expect('José met JOSE'.slice(hits[0]!.start, hits[0]!.end)).to.equal('José');
    expect('e\u0301te\u0301 jose'.slice(hits[2]!.start, hits[2]!.end)).to.equal('jose');
    expect(searchFolded(texts, 'ete')[0]).to.deep.equal({ segment: 2, start: 0, end: 5 });
  });

  it('finds the current word, and cuts text at mention, word and match edges', () => {
    const segment = { index: 0, start: 0, end: 2, text: 'New York', words: [{ start: 0, end: 1, text: 'New' }, { start: 1, end: 2, text: 'York' }] } as Segment;
    expect(wordAt(segment, 0.5)).to.equal(0);
    expect(wordAt(segment, 1.5)).to.equal(1);
    expect(wordAt(segment, 2.5)).to.equal(-1);
    const runs = textRuns(8, [{ start: 0, end: 8, entityId: 'ny' }], [{ start: 0, end: 3 }, { start: 4, end: 8 }], [{ segment: 0, start: 2, end: 5 }], 0, 0);
    expect(runs.map((r) => [r.start, r.end, r.mention, r.word, r.match])).to.deep.equal([
      [0, 2, 0, 0, -1],
      [2, 3, 0, 0, 0],
      [3, 4, 0, -1, 0],
      [4, 5, 0, 1, 0],
      [5, 8, 0, 1, -1],
    ]);
  });
});

/** Emulates prefers-reduced-motion where the browser allows it (Firefox over BiDi does not). */
async function reduceMotion(on: boolean): Promise<boolean> {
  try {
    await emulateMedia({ reducedMotion: on ? 'reduce' : 'no-preference' });
    return true;
  } catch {
    return false;
  }
}

describe('<transcript-view>', () => {
  let emulated = false;
  afterEach(async () => {
    if (emulated) await reduceMotion(false);
    emulated = false;
  });

  it('shows speaker, time and text per segment, one speaker name per turn, and the count', async () => {
    const el = await alone(SAMPLE);
    const h = harness(el);
    expect(h.header().textContent).to.contain('6 segments');
    const rows = h.segments();
    expect(rows.map((r) => r.querySelector('[part="time"]')!.textContent)).to.deep.equal(['0:00', '0:10', '0:30', '1:00', '2:00', '3:00']);
    expect(rows.map((r) => r.querySelector('[part="speaker"]')?.textContent ?? '')).to.deep.equal(['Ana Ortiz', '', 'Ben Okafor', '', 'Ana Ortiz', 'Ben Okafor']);
    expect(rows[0]!.textContent).to.contain('Welcome to the sample show.');
    const ana = getComputedStyle(rows[0]!.querySelector('[part="speaker"]')!).color;
    const ben = getComputedStyle(rows[2]!.querySelector('[part="speaker"]')!).color;
    expect(ana).to.not.equal(ben);
    expect(getComputedStyle(rows[4]!.querySelector('[part="speaker"]')!).color).to.equal(ana);
  });

  it('formats the count with Intl and shows h:mm:ss times', async () => {
    const el = await alone(makeEpisode(1125));
    const h = harness(el);
    expect(h.header().textContent).to.contain('1,125 segments');
    el.setAttribute('lang', 'de');
    el.requestUpdate();
    await el.updateComplete;
    expect(h.header().textContent).to.contain('1.125 segments');
    h.viewport().scrollTop = 1e7;
    await waitUntil(() => !!h.segment(1124), 'last row');
    expect(h.segment(1124)!.querySelector('[part="time"]')!.textContent).to.equal('1:33:40');
  });

  it('with a provider: clicking a time or pressing Enter on a segment seeks the audio', async () => {
    const { audio, el, h } = await withProvider(SAMPLE);
    const seek = oneEvent(el, 'seek');
    h.segment(3)!.querySelector<HTMLButtonElement>('[part="time"]')!.click();
    expect((await seek).detail).to.deep.equal({ time: 60 });
    await waitUntil(() => Math.abs(audio.currentTime - 60) < 0.01, 'audio at 60');
    await waitUntil(() => h.current()?.dataset.index === '3', 'segment 3 current');
    expect(h.current()!.getAttribute('aria-current')).to.equal('true');

    h.segment(1)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => Math.abs(audio.currentTime - 10) < 0.01, 'audio at 10');
    await waitUntil(() => h.current()?.dataset.index === '1', 'segment 1 current');
    expect(h.segment(3)!.getAttribute('part')).to.equal('segment');
    expect(h.segment(3)!.hasAttribute('aria-current')).to.be.false;

    h.segment(4)!.querySelector<HTMLElement>('.text')!.click();
    await waitUntil(() => Math.abs(audio.currentTime - 120) < 0.01, 'audio at 120 after a click on the text');
  });

  it('a seek while paused moves the current segment, far ones too, already laid out and in view', async () => {
    const { audio, h } = await withProvider(makeEpisode(2000), 10000);
    expect(audio.paused).to.be.true;
    audio.currentTime = 42;
    await waitUntil(() => h.current()?.dataset.index === '8', 'segment 8 current');
    audio.currentTime = 9000;
    await waitUntil(() => h.current()?.dataset.index === '1800', 'segment 1800 current');
    expect(h.current()!.textContent).to.contain('Line 1801');
    expect(h.inView(h.current())).to.be.true;
    expect(h.segments().length).to.be.below(120);
  });

  it('following pauses when the reader scrolls, and "Back to now" resumes it', async () => {
    const { audio, provider, el, h } = await withProvider(makeEpisode(2000), 10000);
    audio.currentTime = 500;
    await waitUntil(() => h.current()?.dataset.index === '100' && h.inView(h.current()), 'segment 100 in view');
    expect(h.followButton()).to.be.null;

    h.viewport().dispatchEvent(new WheelEvent('wheel', { deltaY: 400, bubbles: true }));
    h.viewport().scrollTop += 3000;
    await waitUntil(() => !!h.followButton(), 'Back to now');
    expect(h.followButton()!.textContent).to.contain('Back to now');

    // Paused: the view stays where the reader is. Following scrolls (a glide, or a jump) in the
    // same call that marks the new segment current, so once the time is published this is definite.
    const viewport = h.viewport();
    const glides: unknown[] = [];
    viewport.scrollTo = ((...args: unknown[]) => glides.push(args)) as typeof viewport.scrollTo;
    const topRow = () => h.segments().find((row) => row.getBoundingClientRect().bottom > viewport.getBoundingClientRect().top + 1)?.dataset.index;
    const rowBefore = topRow();
    audio.currentTime = 700;
    await waitUntil(() => provider.playback.currentTime >= 700, 'time moved');
    await el.updateComplete;
    expect(glides).to.deep.equal([]);
    expect(topRow()).to.equal(rowBefore);
    expect(h.inView(h.segment(140))).to.be.false;
    delete (viewport as { scrollTo?: unknown }).scrollTo;

    h.followButton()!.click();
    await waitUntil(() => h.inView(h.current()) && h.current()?.dataset.index === '140', 'current back in view');
    await waitUntil(() => !h.followButton(), 'button gone');
  });

  it('following pauses when focus moves inside the transcript', async () => {
    const el = await alone(makeEpisode(300));
    const h = harness(el);
    expect(h.followButton()).to.be.null;
    h.segment(2)!.focus();
    await el.updateComplete;
    expect(h.followButton()).to.exist;
    h.followButton()!.click();
    await el.updateComplete;
    expect(h.followButton()).to.be.null;
  });

  it('follows playback into view, instantly under prefers-reduced-motion', async function () {
    emulated = await reduceMotion(true);
    if (!emulated) this.skip();
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
    const el = await alone(makeEpisode(2000));
    const h = harness(el);
    h.segment(0)!.querySelector<HTMLButtonElement>('[part="time"]')!.click();
    // Standalone reading position: seek from a row, then a far jump through the provider-less path.
    (el as unknown as { playbackChanged(s: object): void }).playbackChanged({ currentTime: 5000, duration: 10000, paused: true });
    await el.updateComplete;
    await el.updateComplete;
    expect(h.current()?.dataset.index).to.equal('1000');
    expect(h.inView(h.current())).to.be.true;
    // One more segment: with reduced motion the view is there at once, no glide.
    const before = h.viewport().scrollTop;
    (el as unknown as { playbackChanged(s: object): void }).playbackChanged({ currentTime: 5000 + 5 * 40, duration: 10000, paused: true });
    await el.updateComplete;
    await el.updateComplete;
    expect(h.viewport().scrollTop).to.be.above(before);
    expect(h.inView(h.current())).to.be.true;
  });

  it('no-follow: never scrolls to the playing segment and offers no "Back to now"', async () => {
    const el = await alone(makeEpisode(2000), { noFollow: true });
    const h = harness(el);
    (el as unknown as { playbackChanged(s: object): void }).playbackChanged({ currentTime: 5000, duration: 10000, paused: true });
    await el.updateComplete;
    expect(h.viewport().scrollTop).to.equal(0);
    const scrolled = oneEvent(h.viewport(), 'scroll');
    h.viewport().scrollTop = 2000;
    await scrolled;
    await el.updateComplete;
    expect(h.viewport().scrollTop).to.equal(2000);
    expect(h.followButton()).to.be.null;
  });

  it('search counts hits across segments that are not rendered, steps through them, and clears', async () => {
    const n = 5000;
    const el = await alone(makeEpisode(n, (i) => (i === 10 || i === 2500 || i === 4990 ? ' A zèbra appeared.' : '')));
    const h = harness(el);
    expect(h.segment(2500)).to.be.null;
    h.search().focus();
    await sendKeys({ type: 'ZEBRA' });
    await waitUntil(() => h.count() === '1 of 3', 'count 1 of 3');
    expect(h.root.querySelector('[part="match current"]')!.textContent).to.equal('zèbra');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(h.count()).to.equal('2 of 3');
    await waitUntil(() => !!h.segment(2500)?.querySelector('[part="match current"]'), 'hit 2 rendered');
    expect(h.inView(h.segment(2500))).to.be.true;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(h.count()).to.equal('1 of 3');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(h.search().value).to.equal('');
    expect(h.count()).to.equal('');
    expect(h.root.querySelector('[part~="match"]')).to.be.null;
    expect(el.query).to.equal('');
  });

  it('fits a phone: at 300 px nothing in the header sticks out of the element', async () => {
    const el = await alone(makeEpisode(50));
    el.style.width = '300px';
    await el.updateComplete;
    const host = el.getBoundingClientRect();
    for (const part of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="header"] *')) {
      const box = part.getBoundingClientRect();
      if (box.width) expect(box.right, part.className || part.tagName).to.be.at.most(host.right + 0.5);
    }
  });

  it('the query property searches from code; the count is announced', async () => {
    const el = await alone(makeEpisode(300));
    const h = harness(el);
    el.query = 'key point';
    // The first search of a page may wait for the search code.
    await waitUntil(() => h.count() === '1 of 60', 'count 1 of 60');
    expect(h.search().value).to.equal('key point');
    expect(h.root.querySelector('[part="match-count"]')!.getAttribute('aria-live')).to.equal('polite');
    el.query = 'nothing like this';
    await el.updateComplete;
    expect(h.count()).to.equal('No matches');
  });

  it('marks mentions; a click selects the entity; the navigator steps through the selected one', async () => {
    const { provider, el, h, audio } = await withProvider(makeEpisode(400), 2000);
    const mention = h.segment(0)!.querySelector<HTMLButtonElement>('[part="mention"]')!;
    expect(mention.textContent).to.equal('TSMC');
    const select = oneEvent(el, 'entity-select');
    mention.click();
    expect((await select).detail).to.deep.equal({ id: 'tsmc' });
    await waitUntil(() => provider.selectedEntity === 'tsmc' && !!h.navigator(), 'selected');
    await el.updateComplete;
    expect(h.segment(0)!.querySelector('[part~="mention"]')!.getAttribute('part')).to.equal('mention selected');
    expect(h.navigator()!.textContent).to.contain('58 mentions');
    const next = h.navigator()!.querySelector<HTMLButtonElement>('[aria-label="Next mention"]')!;
    next.click();
    next.click();
    await el.updateComplete;
    expect(h.navigator()!.textContent).to.contain('mention 2 of 58');
    const prev = h.navigator()!.querySelector<HTMLButtonElement>('[aria-label="Previous mention"]')!;
    prev.click();
    prev.click();
    await el.updateComplete;
    expect(h.navigator()!.textContent).to.contain('mention 58 of 58');
    await waitUntil(() => h.inView(h.segment(399)), 'last mention scrolled into view');
    h.navigator()!.querySelector<HTMLButtonElement>('[aria-label="Play from this mention"]')!.click();
    await waitUntil(() => Math.abs(audio.currentTime - 399 * 5) < 0.01, 'audio at the mention');
    provider.selectedEntity = null;
    await waitUntil(() => !h.navigator(), 'navigator gone');
    expect(h.root.querySelector('[part="mention selected"]')).to.be.null;
  });

  it('copies a link to a segment and its text', async () => {
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void written.push(t) } });
    try {
      const el = await alone(SAMPLE);
      const h = harness(el);
      expect(h.segment(3)!.querySelector('[aria-label="Copy link"]')).to.be.null; // only on the row in use
      h.segment(3)!.focus();
      await el.updateComplete;
      h.segment(3)!.querySelector<HTMLButtonElement>('[aria-label="Copy link"]')!.click();
      h.segment(3)!.querySelector<HTMLButtonElement>('[aria-label="Copy text"]')!.click();
      await waitUntil(() => written.length === 2, 'two copies');
      expect(written[0]).to.equal(`${location.href.split('#')[0]}#t=60`);
      expect(written[1]).to.equal('DeepSeek published the weights and a detailed paper.');
      await el.updateComplete;
      expect(h.root.querySelector('[role="status"]')!.textContent).to.equal('Copied');
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('colours speakers who are not among the people in the order they first speak, whichever row shows first', async () => {
    const episode = makeEpisode(1000);
    (episode.transcript as { speaker?: string; text: string }[]).forEach((segment, i) => {
      segment.speaker = i >= 990 ? 'yan' : i >= 500 && i < 510 ? 'zed' : 'ana';
      if (i === 500) segment.text = 'Zed speaks here first.';
    });
    const el = await alone(episode);
    el.style.setProperty('--ek-speaker-3', 'rgb(1, 2, 3)');
    el.style.setProperty('--ek-speaker-4', 'rgb(4, 5, 6)');
    const h = harness(el);
    const speakerColour = (index: number) => getComputedStyle(h.segment(index)!.querySelector('[part="speaker"]')!).color;
    // Yan's row is shown before Zed's, but Zed spoke first: Zed takes the third colour.
    h.viewport().scrollTop = 1e7;
    await waitUntil(() => !!h.segment(990), 'row 990');
    expect(speakerColour(990)).to.equal('rgb(4, 5, 6)');
    el.query = 'Zed speaks';
    await waitUntil(() => !!h.segment(500), 'row 500');
    expect(speakerColour(500)).to.equal('rgb(1, 2, 3)');
  });

  it('marks the current word and seeks to a clicked word', async () => {
    const { audio, h } = await withProvider(WORDS, 60);
    audio.currentTime = 1.2;
    await waitUntil(() => h.root.querySelector('[part="word current"]')?.textContent === 'brown', 'brown current');
    audio.currentTime = 1.6;
    await waitUntil(() => h.root.querySelector('[part="word current"]')?.textContent === 'fox', 'fox current');
    expect(h.root.querySelectorAll('[part="word current"]').length).to.equal(1);
    const jumps = [...h.root.querySelectorAll<HTMLElement>('[part~="word"]')].find((w) => w.textContent === 'jumps.')!;
    jumps.click();
    await waitUntil(() => Math.abs(audio.currentTime - 2.1) < 0.01, 'audio at jumps');
    await waitUntil(() => h.root.querySelector('[part="word current"]')?.textContent === 'jumps.', 'jumps current');
  });

  it('keeps 20,000 segments to a few hundred elements, and lands far seeks on the right row', async () => {
    const el = await alone(makeEpisode(20000));
    const h = harness(el);
    expect(h.header().textContent).to.contain('20,000 segments');
    expect(h.segments().length).to.be.below(100);
    expect(h.root.querySelectorAll('*').length).to.be.below(1500);
    (el as unknown as { playbackChanged(s: object): void }).playbackChanged({ currentTime: 19999 * 5 - 1, duration: 1e5, paused: true });
    await el.updateComplete;
    await el.updateComplete;
    expect(h.current()?.dataset.index).to.equal('19998');
    expect(h.inView(h.current())).to.be.true;
    h.viewport().scrollTop = h.viewport().scrollHeight / 2;
    await waitUntil(() => h.segments().some((s) => Number(s.dataset.index) > 9000 && Number(s.dataset.index) < 11000), 'middle rendered');
    expect(h.segments().length).to.be.below(100);
  });

  it('keyboard: roving tabindex, Up/Down, Home/End', async () => {
    const el = await alone(makeEpisode(500));
    const h = harness(el);
    expect(h.segments().filter((s) => s.tabIndex === 0).map((s) => s.dataset.index)).to.deep.equal(['0']);
    h.search().focus();
    await sendKeys({ press: 'Tab' }); // past the match buttons (disabled without a query)
    expect(h.root.activeElement?.getAttribute('data-index')).to.equal('0');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(h.root.activeElement?.getAttribute('data-index')).to.equal('1');
    expect(h.segments().filter((s) => s.tabIndex === 0).map((s) => s.dataset.index)).to.deep.equal(['1']);
    await sendKeys({ press: 'End' });
    await waitUntil(() => h.root.activeElement?.getAttribute('data-index') === '499', 'last focused');
    expect(h.root.activeElement!.getAttribute('aria-posinset')).to.equal('500');
    expect(h.inView(h.segment(499))).to.be.true;
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => h.root.activeElement?.getAttribute('data-index') === '498', '498 focused');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => h.root.activeElement?.getAttribute('data-index') === '0', 'first focused');
    const seek = oneEvent(el, 'seek');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => h.root.activeElement?.getAttribute('data-index') === '1', '1 focused');
    await sendKeys({ press: 'Enter' });
    expect((await seek).detail).to.deep.equal({ time: 5 });
  });

  it('is accessible, with a labelled region and named controls', async () => {
    const el = await alone(SAMPLE);
    const h = harness(el);
    expect(h.root.querySelector('section')!.getAttribute('aria-labelledby')).to.equal('heading');
    el.query = 'the';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

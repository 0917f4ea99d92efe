import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/components/episode-provider/index.js';
import '../src/components/key-moments/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import { KeyMoments, chapterAt, listedMoments, momentAt } from '../src/components/key-moments/key-moments.js';
import type { Chapter } from '../src/episode/types.js';
import { waitUntil, whenMetadata } from './helpers/media.js';

const SAMPLE = '/tests/fixtures/episodes/sample.json';

function moments(el: KeyMoments): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="moment"]')];
}

async function alone(): Promise<KeyMoments> {
  const el = await fixture<KeyMoments>(html`<key-moments src=${SAMPLE}></key-moments>`);
  await waitUntil(() => moments(el).length > 0, 'moments');
  return el;
}

describe('<key-moments>', () => {
  it('finds the playing chapter by binary search', () => {
    const chapters = [0, 60, 120].map((start, i, all) => ({ start, end: all[i + 1] ?? 200, title: `c${i}`, toc: true })) as Chapter[];
    expect(chapterAt(chapters, 0)).to.equal(0);
    expect(chapterAt(chapters, 59.9)).to.equal(0);
    expect(chapterAt(chapters, 60)).to.equal(1);
    expect(chapterAt(chapters, 199)).to.equal(2);
    // The last chapter holds its end (media that ended there still shows it), nothing after.
    expect(chapterAt(chapters, 200)).to.equal(2);
    expect(chapterAt(chapters, 200.5)).to.equal(-1);
    // A chapter that ends where a gap begins does not hold its end.
    const gap = [{ start: 0, end: 10, title: 'a', toc: true }, { start: 20, end: 30, title: 'b', toc: true }] as Chapter[];
    expect(chapterAt(gap, 10)).to.equal(-1);
    expect(chapterAt([], 5)).to.equal(-1);
  });

  it('alone from src: shows each chapter with its time and the count', async () => {
    const el = await alone();
    expect(el.shadowRoot!.querySelector('[part="header"]')!.textContent).to.contain('4 moments');
    expect(moments(el).map((m) => m.querySelector('[part="time"]')!.textContent)).to.deep.equal(['0:00', '1:00', '2:00', '3:00']);
    expect(moments(el)[1].textContent).to.contain('What DeepSeek published.');
  });

  it('Enter on a focused moment dispatches seek with its start and marks it current', async () => {
    const el = await alone();
    moments(el)[2].focus();
    const seek = oneEvent(el, 'seek');
    await sendKeys({ press: 'Enter' });
    expect((await seek).detail).to.deep.equal({ time: 120 });
    await el.updateComplete;
    expect(moments(el)[2].getAttribute('part')).to.equal('moment current');
    expect(el.shadowRoot!.activeElement).to.equal(moments(el)[2]);
  });

  it('shows progress through the playing chapter', async () => {
    const el = await alone();
    moments(el)[1].click();
    await el.updateComplete;
    const bar = moments(el)[1].querySelector('[part="progress"]') as HTMLElement;
    expect(bar).to.exist;
    expect(getComputedStyle(bar).getPropertyValue('--_progress').trim()).to.equal('0');
  });

  it('takes its strings from the string table', async () => {
    const el = await fixture<KeyMoments>(html`<key-moments
      src=${SAMPLE}
      .strings=${{ momentsCount: (_n: number, f: string) => `${f} momentos`, momentsHeading: 'Momentos clave' }}
    ></key-moments>`);
    await waitUntil(() => moments(el).length > 0, 'moments');
    expect(el.shadowRoot!.querySelector('[part="header"]')!.textContent).to.contain('4 momentos');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Momentos clave');
  });

  it('is accessible', async () => {
    const el = await alone();
    await expect(el).to.be.accessible();
  });
});

const SEED = '/tests/fixtures/episodes/page-seed.json';

function marks(el: KeyMoments): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="mark"]')];
}

function chapters(list: [number, number | undefined, boolean?][]): Chapter[] {
  return list.map(([start, end, toc = true], i) => ({ start, end: end ?? list[i + 1]?.[0] ?? 100, title: `c${i}`, toc }));
}

describe('<key-moments>: chapters as the Podcasting 2.0 spec has them', () => {
  it('a silent (toc: false) chapter is not listed and does not cut the listed chapter it falls in', () => {
    const list = listedMoments(chapters([[0, undefined], [40, undefined, false], [60, undefined]]));
    expect(list.map((m) => [m.start, m.end])).to.deep.equal([[0, 60], [60, 100]]);
  });

  it('keeps gaps: before a first chapter that starts late, and after an endTime', () => {
    const list = listedMoments(chapters([[10, 30], [50, 80]]));
    expect(list.map((m) => [m.start, m.end])).to.deep.equal([[10, 30], [50, 80]]);
    expect(momentAt(list, 5)).to.equal(-1);
    expect(momentAt(list, 10)).to.equal(0);
    expect(momentAt(list, 40)).to.equal(-1);
    expect(momentAt(list, 79)).to.equal(1);
    expect(momentAt(list, 90)).to.equal(-1);
  });

  it('cuts an overlapping chapter at the next listed start', () => {
    const list = listedMoments(chapters([[0, 70], [50, 90]]));
    expect(list.map((m) => [m.start, m.end])).to.deep.equal([[0, 50], [50, 90]]);
  });

  it('in the seed episode: 20 moments, the silent ad-break chapter left out and folded into its neighbour', async () => {
    const el = await fixture<KeyMoments>(html`<key-moments src=${SEED}></key-moments>`);
    await waitUntil(() => moments(el).length > 0, 'moments');
    expect(el.shadowRoot!.querySelector('[part="header"]')!.textContent).to.contain('20 moments');
    expect(moments(el)).to.have.length(20);
    const coldWar = moments(el).find((m) => m.textContent!.includes('Cold war with China'))!;
    expect(coldWar.querySelector('[part="time"]')!.textContent).to.equal('1:45:00');
    expect(coldWar.textContent).to.contain('13:20 long');
  });

  it('marks no moment current before a chapter list that starts late', async () => {
    const el = await fixture<KeyMoments>(html`<key-moments
      layout="timeline"
      .episode=${{ version: 1, title: 'Late', duration: 100, chapters: [{ start: 20, end: 50, title: 'Middle' }] }}
    ></key-moments>`);
    await waitUntil(() => marks(el).length > 0, 'marks');
    expect(marks(el)[0].getAttribute('part')).to.equal('mark');
    expect(el.shadowRoot!.querySelector('.now')!.textContent).to.contain('No chapter at this point');
    // The mark sits over its span of the episode: 20 % in, 30 % long.
    const bar = el.shadowRoot!.querySelector('[part="timeline"]')!.getBoundingClientRect();
    const mark = marks(el)[0].getBoundingClientRect();
    expect((mark.left - bar.left) / bar.width).to.be.closeTo(0.2, 0.01);
    expect(mark.width / bar.width).to.be.closeTo(0.3, 0.02);
  });
});

describe('<key-moments layout="timeline">', () => {
  async function timeline(): Promise<KeyMoments> {
    const el = await fixture<KeyMoments>(html`<key-moments layout="timeline" src=${SEED}></key-moments>`);
    await waitUntil(() => marks(el).length > 0, 'marks');
    return el;
  }

  it('shows one named mark per listed chapter, and no list', async () => {
    const el = await timeline();
    expect(marks(el)).to.have.length(20);
    expect(moments(el)).to.have.length(0);
    expect(marks(el)[8].getAttribute('aria-label')).to.equal('TSMC and Taiwan, 1:58:20');
    expect(el.shadowRoot!.querySelector('[part="timeline"]')!.getAttribute('role')).to.equal('toolbar');
  });

  it('a click on a mark seeks to its chapter and makes it current', async () => {
    const el = await timeline();
    const seek = oneEvent(el, 'seek');
    marks(el)[8].click();
    expect((await seek).detail).to.deep.equal({ time: 7100 });
    await el.updateComplete;
    expect(marks(el)[8].getAttribute('part')).to.equal('mark current');
    expect(marks(el)[8].getAttribute('aria-current')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.now')!.textContent).to.contain('TSMC and Taiwan');
  });

  it('hovering a mark shows its title', async () => {
    const el = await timeline();
    const tooltip = marks(el)[3].querySelector('.tooltip') as HTMLElement;
    expect(getComputedStyle(tooltip).display).to.equal('none');
    const box = marks(el)[3].getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => getComputedStyle(tooltip).display !== 'none', 'tooltip');
    expect(tooltip.textContent).to.equal('DeepSeek compute cluster, 47:40');
    // Near an edge the tooltip is shifted to stay inside the element.
    const last = marks(el)[19].getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(last.right - 2), Math.round(last.top + last.height / 2)] });
    const lastTip = marks(el)[19].querySelector('.tooltip') as HTMLElement;
    await waitUntil(() => getComputedStyle(lastTip).display !== 'none', 'last tooltip');
    expect(lastTip.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('keyboard: Tab reaches the playing mark, arrows/Home/End move without seeking, Enter seeks', async () => {
    const wrapper = await fixture(html`<div><button>before</button><key-moments layout="timeline" src=${SEED}></key-moments></div>`);
    const el = wrapper.querySelector('key-moments')!;
    await waitUntil(() => marks(el).length > 0, 'marks');
    marks(el)[5].click();
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    let seeks = 0;
    el.addEventListener('seek', () => seeks++);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[5]);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[6]);
    expect(getComputedStyle(marks(el)[6].querySelector('.tooltip')!).display).to.equal('block');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[4]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[19]);
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[0]);
    expect(seeks).to.equal(0);
    expect(marks(el).filter((m) => m.tabIndex === 0)).to.deep.equal([marks(el)[0]]);
    const seek = oneEvent(el, 'seek');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    expect((await seek).detail).to.deep.equal({ time: 251 });
  });

  it('keyboard: typing a chapter’s first letters moves to its mark without seeking; leaving and Tabbing back lands on the playing mark', async () => {
    const wrapper = await fixture(html`<div><button>before</button><key-moments layout="timeline" src=${SEED}></key-moments></div>`);
    const el = wrapper.querySelector('key-moments')!;
    await waitUntil(() => marks(el).length > 0, 'marks');
    marks(el)[5].click();
    await el.updateComplete;
    let seeks = 0;
    el.addEventListener('seek', () => seeks++);
    marks(el)[5].focus();
    await sendKeys({ press: 'd' });
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[15]);
    await sendKeys({ press: 'd' });
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[1]);
    await sendKeys({ type: 'ts' });
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[8]);
    expect(marks(el).filter((m) => m.tabIndex === 0)).to.deep.equal([marks(el)[8]]);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[5]);
    expect(seeks).to.equal(0);
  });

  it('is accessible', async () => {
    const el = await timeline();
    marks(el)[2].click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<key-moments> with a real provider and media', () => {
  it('a moment and a mark seek the audio; the current moment follows the media', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SEED}>
      <audio src="/media/silence-18200.wav" preload="auto"></audio>
      <key-moments></key-moments>
      <key-moments layout="timeline"></key-moments>
    </episode-provider>`);
    const audio = provider.querySelector('audio')!;
    const [list, line] = [...provider.querySelectorAll('key-moments')];
    await waitUntil(() => moments(list).length === 20 && marks(line).length === 20, 'both layouts');
    await whenMetadata(audio);
    moments(list)[4].click();
    await waitUntil(() => audio.currentTime === 3600, 'audio at 3600 s');
    await waitUntil(() => marks(line)[4].getAttribute('part') === 'mark current', 'timeline follows');
    expect(moments(list)[4].getAttribute('aria-current')).to.equal('true');
    marks(line)[17].click();
    await waitUntil(() => audio.currentTime === 15000, 'audio at 15000 s');
    await waitUntil(() => moments(list)[17].getAttribute('part') === 'moment current', 'list follows');
  });

  it('re-renders on a playback tick only when the current moment or its progress visibly changes', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SEED}><key-moments></key-moments></episode-provider>`);
    const el = provider.querySelector('key-moments')!;
    await waitUntil(() => moments(el).length === 20, 'moments');
    let renders = 0;
    const original = (el as any).renderEpisode;
    (el as any).renderEpisode = function (this: KeyMoments, ...args: unknown[]) {
      renders++;
      return original.apply(this, args);
    };
    provider.seekTo(7100);
    await waitUntil(() => moments(el)[8].getAttribute('part') === 'moment current', 'current');
    const after = renders;
    provider.seekTo(7100.2); // 0.2 s of a 600 s chapter: under a thousandth
    // Without media the time is published at once, and a render it asked for is done by updateComplete.
    expect(provider.playback.currentTime).to.equal(7100.2);
    await el.updateComplete;
    expect(renders).to.equal(after);
    provider.seekTo(7400); // half way
    await waitUntil(() => renders > after, 'a render');
    const bar = moments(el)[8].querySelector('[part="progress"]') as HTMLElement;
    expect(getComputedStyle(bar).getPropertyValue('--_progress').trim()).to.equal('0.5');
  });
});

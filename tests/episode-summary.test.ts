import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { inDarkScheme } from './helpers/color-scheme.js';
import '../src/components/episode-provider/index.js';
import '../src/components/episode-summary/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import { EpisodeSummary, parseSectionList } from '../src/components/episode-summary/episode-summary.js';
import { waitUntil, whenMetadata } from './helpers/media.js';

const SEED = '/tests/fixtures/episodes/page-seed.json';

const q = (el: EpisodeSummary, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const all = (el: EpisodeSummary, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const headings = (el: EpisodeSummary) => all(el, '[part~="heading"]').map((h) => h.textContent!.trim());

async function summary(attrs = html`<episode-summary src=${SEED}></episode-summary>`): Promise<EpisodeSummary> {
  const wrapper = await fixture<HTMLElement>(html`<div>${attrs}</div>`);
  const el = wrapper.querySelector('episode-summary')!;
  await waitUntil(() => all(el, '[part~="section"]').length > 0, 'sections');
  return el;
}

describe('<episode-summary>', () => {
  it('reads a sections list: numbers from 1, in the order written, without repeats or junk', () => {
    expect(parseSectionList('1, 3', 5)).to.deep.equal([1, 3]);
    expect(parseSectionList('3,1,3', 5)).to.deep.equal([3, 1]);
    expect(parseSectionList('0, 6, x, 2.5, 2', 5)).to.deep.equal([2]);
    expect(parseSectionList('', 5)).to.deep.equal([]);
    expect(parseSectionList(undefined, 5)).to.deep.equal([]);
  });

  it('header: show, title, people with roles, date and length in the reader’s language, counts', async () => {
    const el = await summary();
    const header = q(el, '[part="header"]')!;
    expect(header.textContent).to.contain('Lex Fridman Podcast');
    expect(q(el, '[part="title"]')!.textContent).to.equal('Dylan Patel & Nathan Lambert Explain the AI Arms Race With China');
    const people = all(el, '[part="people"] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(people).to.deep.equal(['Lex Fridman host', 'Dylan Patel guest', 'Nathan Lambert guest']);
    expect(q(el, 'time')!.textContent).to.equal('December 24, 2025');
    expect(header.textContent).to.contain('5 h 2 min');
    expect(header.textContent).to.contain('84 connections · 40 entities');
    expect(q(el, '[part="people"] a')!.getAttribute('href')).to.equal('https://lexfridman.com');
  });

  it('formats the date and numbers in the element’s lang', async () => {
    const el = await summary(html`<episode-summary lang="de" src=${SEED}></episode-summary>`);
    expect(q(el, 'time')!.textContent).to.equal('24. Dezember 2025');
  });

  it('five sections of three points, each with its emoji as text', async () => {
    const el = await summary();
    expect(headings(el)).to.deep.equal([
      "Deepseek's AI Innovations",
      'Advanced Training Methodologies',
      'User Experience and Efficiency',
      'Geopolitical AI Race and Compute',
      'Semiconductor Industry Dynamics',
    ]);
    const sections = all(el, '[part="section"]');
    expect(sections.map((s) => s.querySelectorAll('[part~="point"]').length)).to.deep.equal([3, 3, 3, 3, 3]);
    const icons = all(el, '[part~="point"] .icon');
    expect(icons[0].textContent).to.equal('💡');
    expect(icons[0].children.length).to.equal(0);
  });

  it('never parses text as HTML', async () => {
    const el = await summary(html`<episode-summary
      .episode=${{ version: 1, title: '<b>T</b>', summary: [{ title: '<i>S</i>', points: [{ text: '<img src=x onerror=alert(1)>', icon: '<b>!</b>' }] }] }}
    ></episode-summary>`);
    expect(q(el, '[part="title"]')!.textContent).to.equal('<b>T</b>');
    expect(q(el, '[part~="point"]')!.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(q(el, '[part~="point"] img, [part~="point"] b, [part~="heading"] i')).to.equal(null);
  });

  it('a point with a time is a button that seeks (click and Enter); one without is plain text', async () => {
    const el = await summary();
    const points = all(el, '[part~="point"]');
    expect(points[0].tagName).to.equal('BUTTON');
    expect(points[2].tagName).to.equal('DIV');
    let seek = oneEvent(el, 'seek');
    points[0].click();
    expect((await seek).detail).to.deep.equal({ time: 251 });
    points[3].focus();
    seek = oneEvent(el, 'seek');
    await sendKeys({ press: 'Enter' });
    expect((await seek).detail).to.deep.equal({ time: 1205 });
    expect(points[3].textContent).to.contain('Play from 20:05');
  });

  it('sections="4,2" shows only those, in that order', async () => {
    const el = await summary(html`<episode-summary sections="4,2" src=${SEED}></episode-summary>`);
    expect(headings(el)).to.deep.equal(['Geopolitical AI Race and Compute', 'Advanced Training Methodologies']);
    el.sections = '9';
    await el.updateComplete;
    expect(headings(el)).to.have.length(5);
  });

  it('no-header hides the header', async () => {
    const el = await summary(html`<episode-summary no-header src=${SEED}></episode-summary>`);
    expect(q(el, '[part="header"]')).to.equal(null);
  });

  it('on a narrow element the sections collapse into disclosures that the keyboard opens', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 360px"><episode-summary src=${SEED}></episode-summary></div>`);
    const el = wrapper.querySelector('episode-summary')!;
    await waitUntil(() => all(el, 'details[part="section"]').length === 5, 'collapsed sections');
    const details = all(el, 'details[part="section"]') as HTMLDetailsElement[];
    expect(details.map((d) => d.open)).to.deep.equal([true, false, false, false, false]);
    const point = details[1].querySelector<HTMLElement>('[part~="point"]')!;
    expect(point.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions)).to.equal(false);
    details[1].querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details[1].open, 'opened');
    expect(point.checkVisibility()).to.equal(true);
    await expect(el).to.be.accessible();
    // Wide again: plain sections, every point visible.
    wrapper.style.width = '900px';
    await waitUntil(() => all(el, 'section[part="section"]').length === 5, 'expanded sections');
  });

  it('an episode under a minute says its length in seconds, in the element\'s language', async () => {
    const short = { version: 1, title: 'Short', duration: 29.4, summary: [{ title: 'All of it', points: [{ text: 'Hi' }] }] };
    const el = await summary(html`<episode-summary .episode=${short}></episode-summary>`);
    expect(q(el, '[part="header"]')!.textContent).to.contain('29 s').and.not.contain('min');
    const arabic = await summary(html`<episode-summary lang="ar-EG" .episode=${short}></episode-summary>`);
    const digits = new Intl.NumberFormat('ar-EG').format(29);
    expect(digits).to.not.equal('29');
    expect(q(arabic, '[part="header"]')!.textContent).to.contain(`${digits} s`);
  });

  it('collapse-below="0" never collapses', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 300px"><episode-summary collapse-below="0" src=${SEED}></episode-summary></div>`);
    const el = wrapper.querySelector('episode-summary')!;
    await waitUntil(() => all(el, '[part~="section"]').length === 5, 'sections');
    // Our own observer of the strip the element measures: once it has reported, so has the element's.
    const strip = el.shadowRoot!.querySelector<HTMLElement>('.measure')!;
    await new Promise<void>((resolve) => {
      const observer = new ResizeObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(strip);
    });
    await el.updateComplete;
    expect(strip.getBoundingClientRect().width).to.be.above(0).and.below(480);
    expect(all(el, 'details')).to.have.length(0);
  });

  it('takes its strings from the string table', async () => {
    const el = await summary(html`<episode-summary
      src=${SEED}
      .strings=${{ summaryCounts: (_n: number, fn: string, _l: number, fl: string) => `${fn} entités · ${fl} liens` }}
    ></episode-summary>`);
    expect(q(el, '[part="header"]')!.textContent).to.contain('40 entités · 84 liens');
  });

  it('in a provider, a point seeks the audio; it ignores playback ticks', async () => {
    const provider = await fixture<EpisodeProvider>(html`<episode-provider src=${SEED}>
      <audio src="/media/silence-18200.wav" preload="auto"></audio>
      <episode-summary></episode-summary>
    </episode-provider>`);
    const el = provider.querySelector('episode-summary')!;
    const audio = provider.querySelector('audio')!;
    await waitUntil(() => all(el, '[part~="point"]').length === 15, 'points');
    await whenMetadata(audio);
    let renders = 0;
    const original = (el as any).renderEpisode;
    (el as any).renderEpisode = function (this: EpisodeSummary, ...args: unknown[]) {
      renders++;
      return original.apply(this, args);
    };
    const seeked = oneEvent(audio, 'seeked');
    all(el, 'button[part~="point"]')[5].click(); // "Deepseek achieves efficiency", 25:20
    await seeked;
    // The provider published the new time on `seeked`; a widget that followed it would have re-rendered by now.
    await waitUntil(() => provider.playback.currentTime === 1520, 'time published');
    await el.updateComplete;
    expect(audio.currentTime).to.equal(1520);
    expect(renders).to.equal(0);
  });

  it('is accessible', async () => {
    const el = await summary();
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark scheme (on a dark page)', async function () {
    await inDarkScheme(this, async () => {
      const el = await summary();
      await expect(el).to.be.accessible();
    });
  });
});

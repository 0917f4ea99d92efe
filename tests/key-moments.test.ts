import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/key-moments/index.js';
import { KeyMoments, chapterAt } from '../src/components/key-moments/key-moments.js';
import type { Chapter } from '../src/episode/types.js';
import { waitUntil } from './helpers/media.js';

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
    expect(chapterAt(chapters, 200)).to.equal(-1);
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

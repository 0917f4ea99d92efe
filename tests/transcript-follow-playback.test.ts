import { expect, fixture, html } from '@open-wc/testing';
import { RowsTestHost, segments, shownAt } from './helpers/rows-host.js';
import { waitUntil } from './helpers/media.js';

async function host(n: number, words = false): Promise<RowsTestHost> {
  const el = await fixture<RowsTestHost>(html`<rows-test-host></rows-test-host>`);
  el.load(segments(n, words));
  await el.updateComplete;
  return el;
}

const part = (el: RowsTestHost, selector: string) => el.shadowRoot!.querySelector(selector)?.getAttribute('part');
/** Whether row `i` shows whole in the 400 px viewport. */
const inView = (el: RowsTestHost, i: number) => {
  const top = shownAt(el, i);
  return top !== null && top >= -1 && top + 30 <= 401;
};

describe('FollowPlayback', () => {
  it('marks the playing segment and word in place, without rendering the rows again', async () => {
    const el = await host(100, true);
    const renders = el.renders;
    el.play(5.7);
    expect(part(el, '[data-index="5"]')).to.equal('segment current');
    expect(el.shadowRoot!.querySelector('[data-index="5"]')!.getAttribute('aria-current')).to.equal('true');
    expect(part(el, '[data-index="5"] [data-w="1"]')).to.equal('word current');
    el.play(6.2);
    expect(part(el, '[data-index="5"]')).to.equal('segment');
    expect(el.shadowRoot!.querySelector('[data-index="5"]')!.hasAttribute('aria-current')).to.equal(false);
    expect(part(el, '[data-index="5"] [data-w="1"]')).to.equal('word');
    expect(part(el, '[data-index="6"]')).to.equal('segment current');
    expect(part(el, '[data-index="6"] [data-w="0"]')).to.equal('word current');
    expect(el.renders).to.equal(renders);
  });

  it('brings the playing row into view while following', async () => {
    const el = await host(2000);
    el.play(900);
    await waitUntil(() => inView(el, 900), 'row 900 in view');
    expect(part(el, '[data-index="900"]')).to.equal('segment current');
    expect(el.follow.following).to.equal(true);
  });

  it("the reader's scrolling pauses following; playback moving on then leaves the view alone; a seek resumes it", async () => {
    const el = await host(2000);
    el.viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: 100 }));
    expect(el.follow.following).to.equal(false);
    const top = el.viewport.scrollTop;
    el.play(900);
    expect(el.viewport.scrollTop).to.equal(top);
    el.play(1200, 1);
    expect(el.follow.following).to.equal(true);
    await waitUntil(() => inView(el, 1200), 'row 1200 in view');
  });

  it('a scroll already under way when a seek comes does not pause following; one that starts later does', async () => {
    const el = await host(2000);
    el.play(40, 1);
    el.follow.scrolled(123, performance.now());
    expect(el.follow.following).to.equal(true);
    el.follow.scrolled(456, performance.now() + 10_000);
    expect(el.follow.following).to.equal(false);
  });

  it('"Back to now" brings the playing row back into view and follows again', async () => {
    const el = await host(2000);
    el.play(700);
    await waitUntil(() => inView(el, 700), 'row 700 in view');
    el.viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: 100 }));
    el.viewport.scrollTop = 0;
    await waitUntil(() => !inView(el, 700), 'row 700 scrolled away');
    el.follow.resume();
    expect(el.follow.following).to.equal(true);
    await waitUntil(() => inView(el, 700), 'row 700 back in view');
  });

  it('no-follow: the reader scrolling never pauses it, and playback never scrolls', async () => {
    const el = await host(2000);
    el.noFollow = true;
    el.viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: 100 }));
    expect(el.follow.following).to.equal(true);
    el.play(900, 1);
    expect(el.viewport.scrollTop).to.equal(0);
    expect(part(el, '[data-index="900"]')).to.equal(undefined);
  });
});

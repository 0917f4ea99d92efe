/**
 * The find-in-page blocks come in a chunk of their own, after the transcript's first render. A
 * transcript removed before the chunk arrives must not start building them while out of the page
 * (nothing would ever tell it to stop, and its idle build kept the element and its episode alive:
 * 400 kB a mount in the bench's cycles); back in the page, it builds them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/transcript-view/index.js';
import { findInPageSupported } from '../src/components/transcript-view/find-in-page-loader.js';
import type { TranscriptView } from '../src/components/transcript-view/transcript-view.js';
import type { EpisodeFile } from '../src/episode/types.js';
import { waitUntil } from './helpers/media.js';

const episode: EpisodeFile = {
  version: 1,
  title: 'Removed early',
  duration: 3000,
  transcript: Array.from({ length: 600 }, (_, i) => ({ start: i * 5, end: i * 5 + 5, text: `Line ${i + 1} of the talk.` })),
};

const idle = () => new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve()) : setTimeout(resolve, 50)));

describe('find-in-page chunk and a transcript that left the page', () => {
  it('builds no blocks while out of the page, and builds them once it is back', async function () {
    if (!findInPageSupported) this.skip();
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('transcript-view') as TranscriptView;
    el.episode = episode;
    holder.append(el);
    const blocks = () => el.shadowRoot?.querySelectorAll('.found > div').length ?? 0;
    await waitUntil(() => !!el.shadowRoot?.querySelector('[part~="segment"]'), 'the first render');
    el.remove();
    // The chunk arrives (the transcript asked for it at its first render), then idle time passes:
    // a build started now would have made its first blocks by then.
    await import('../src/components/transcript-view/find-in-page.js');
    await idle();
    await idle();
    await idle();
    expect(blocks(), 'no blocks built for a transcript out of the page').to.equal(0);
    holder.append(el);
    await waitUntil(() => blocks() > 0, 'blocks built once it is back in the page');
  });
});

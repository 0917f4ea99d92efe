/**
 * The whole page, as the demo lays it out: axe finds nothing, landmarks included (two search
 * landmarks, each with its own name).
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { fullPage } from './helpers/full-page.js';

describe('the full page', () => {
  it('has no axe violation, and its search landmarks have distinct names', async () => {
    const { root: page } = await fullPage();
    const searches = ['knowledge-graph', 'transcript-view'].map((tag) => page.querySelector(tag)!.shadowRoot!.querySelector('[role="search"]')!);
    const names = searches.map((s) => s.getAttribute('aria-label'));
    expect(names).to.deep.equal(['Find an entity', 'Search the transcript']);
    await expect(page).to.be.accessible();
  });
});

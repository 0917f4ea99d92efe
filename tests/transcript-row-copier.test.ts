import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { RowCopier, linkAt } from '../src/components/transcript-view/row-copier.js';
import type { Segment } from '../src/episode/types.js';
import { defaultStrings } from '../src/i18n/strings.js';
import { waitUntil } from './helpers/media.js';

const host: ReactiveControllerHost = {
  addController: () => undefined,
  removeController: () => undefined,
  requestUpdate: () => undefined,
  updateComplete: Promise.resolve(true),
};
const segment: Segment = { index: 7, start: 90.12345, end: 95, text: 'Fabs cost billions.' };

/** Runs `body` with a clipboard that records what is written, or fails when `fail`. */
async function withClipboard(body: (written: string[]) => Promise<void>, fail = false): Promise<void> {
  const written: string[] = [];
  const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  const writeText = async (t: string) => {
    if (fail) throw new Error('denied');
    written.push(t);
  };
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  try {
    await body(written);
  } finally {
    if (original) Object.defineProperty(navigator, 'clipboard', original);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  }
}

describe('RowCopier', () => {
  it('links to this page at the row’s time, to the millisecond, without the old fragment', () => {
    expect(linkAt('https://example.com/ep/42#t=10', 90.12345)).to.equal('https://example.com/ep/42#t=90.123');
    expect(linkAt('https://example.com/ep/42', 60)).to.equal('https://example.com/ep/42#t=60');
  });

  it('copies a row’s link and text, says "Copied", and clears it so that the next copy is announced', async () => {
    await withClipboard(async (written) => {
      let changes = 0;
      const copier = new RowCopier(host, { text: () => defaultStrings, changed: () => changes++ });
      await copier.copyLink(segment);
      await copier.copyText(segment);
      expect(written).to.deep.equal([`${location.href.split('#')[0]}#t=90.123`, 'Fabs cost billions.']);
      expect(copier.status).to.equal('Copied');
      expect(changes).to.equal(1);
      await waitUntil(() => copier.status === '', 'the status cleared', 6000);
      copier.hostDisconnected();
    });
  });

  it('says "Could not copy" when the clipboard refuses', async () => {
    await withClipboard(async (written) => {
      const copier = new RowCopier(host, { text: () => defaultStrings, changed: () => undefined });
      await copier.copyText(segment);
      expect(written).to.deep.equal([]);
      expect(copier.status).to.equal('Could not copy');
      copier.hostDisconnected();
    }, true);
  });
});

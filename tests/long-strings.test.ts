/**
 * Unbreakable strings (a 300-character URL as a title, a name, a topic) stay inside every widget:
 * they wrap or are cut with an ellipsis, with the whole text still there for the reader (as text,
 * or in a title tooltip).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import type { EpisodeFile } from '../src/episode/types.js';
import { waitUntil } from './helpers/media.js';

const LONG = `https://example.com/${'averyveryverylongpathsegment'.repeat(10)}`;
const EPISODE = {
  version: 1,
  title: LONG,
  show: LONG,
  duration: 600,
  note: LONG,
  description: `Notes ${LONG} end`,
  people: [{ id: 'p', name: LONG, role: LONG }],
  summary: [{ title: LONG, points: [{ text: LONG, icon: '💡', time: 10 }] }],
  topics: [{ label: LONG, time: 20, entities: ['e'] }],
  entities: [
    { id: 'e', name: LONG, type: 'concept', description: LONG, aliases: ['alias'] },
    { id: 'f', name: 'Short', type: LONG },
  ],
  links: [{ source: 'e', target: 'f', label: LONG }],
  chapters: [
    { start: 0, title: LONG },
    { start: 300, title: 'Second' },
  ],
  soundbites: [{ start: 30, duration: 10, title: LONG }],
  transcript: [
    { start: 0, speaker: LONG, text: `Hello ${LONG} there` },
    { start: 300, speaker: 'p', text: 'Second line' },
  ],
};

/** Every element of the widget's shadow tree (and of nested shadow trees) that overflows the widget. */
function overflowing(widget: HTMLElement): string[] {
  const box = widget.getBoundingClientRect();
  const found: string[] = [];
  const visit = (root: ShadowRoot | Element) => {
    for (const el of root.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.right > box.right + 1 || rect.left < box.left - 1) found.push(`${el.tagName.toLowerCase()}[part=${el.getAttribute('part') ?? ''}] ${Math.round(rect.left)}–${Math.round(rect.right)}`);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(widget.shadowRoot!);
  if (widget.scrollWidth > widget.clientWidth + 1) found.push(`host scrollWidth ${widget.scrollWidth} > ${widget.clientWidth}`);
  return found;
}

const TAGS = ['episode-summary', 'key-moments', 'episode-topics', 'entity-list', 'transcript-view', 'knowledge-graph'] as const;

describe('long unbreakable strings', () => {
  for (const width of [600, 320]) {
    it(`stay inside every widget at ${width} px, and the whole text is still there`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.style.width = `${width}px`;
      const provider = document.createElement('episode-provider') as EpisodeProvider;
      for (const tag of TAGS) provider.append(document.createElement(tag));
      page.append(provider);
      provider.episode = EPISODE as unknown as EpisodeFile;
      await waitUntil(() => provider.state.status === 'ready', 'the episode');
      // Select the long entity, so its expanded row and the graph's details show too.
      provider.selectedEntity = 'e';
      for (const tag of TAGS) {
        const widget = provider.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(tag)!;
        await widget.updateComplete;
      }
      const graph = provider.querySelector('knowledge-graph') as HTMLElement & { drawn: Promise<void> };
      await graph.drawn;
      await waitUntil(() => !!graph.shadowRoot!.querySelector('[part="details"] h3'), 'the details panel');
      const problems: string[] = [];
      for (const tag of TAGS) {
        const widget = provider.querySelector<HTMLElement>(tag)!;
        for (const p of overflowing(widget)) problems.push(`${tag}: ${p}`);
        // The whole text is there: as text, or as a tooltip.
        const texts = [...widget.shadowRoot!.querySelectorAll('*')].map((el) => `${el.textContent ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('aria-label') ?? ''}`).join(' ');
        expect(texts, `${tag} keeps the whole text`).to.contain(LONG);
      }
      expect(problems).to.deep.equal([]);
    });
  }
});

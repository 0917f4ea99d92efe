/**
 * The demo page (demo/index.html, the seed episode in reading mode) with the keyboard alone, as a
 * keyboard or switch user meets it: Tab from the top reaches every widget, and at every stop the
 * focused element shows it (`:focus-visible` and an outline, a shadow, or for a graph node its
 * dashed ring); then the transcript is searched, a graph node found, selected and let go, a key
 * moment played and an entity selected and cleared, with keys only (sendKeys: Tab, arrows, Enter,
 * Escape, typing). It loads the CDN bundle (dist/cdn/episode-kit.js), which `npm test` builds.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from './helpers/media.js';

type Provider = HTMLElement & {
  selectedEntity: string | null;
  state: {
    status: string;
    episode?: { transcript: { start: number; text: string }[]; chapters: { start: number; title: string }[]; entities: { id: string; name: string }[] };
  };
};

const frames: HTMLElement[] = [];

/**
 * Puts focus on a button just before the page, as a user arriving at it: the first Tab enters it;
 * one after it is where Tab leaves it. (Focus that left for the browser's own controls comes back
 * in Firefox without a focus ring at the first stop.)
 */
function frameWithButtons(frame: HTMLIFrameElement): HTMLButtonElement {
  const button = (name: string) => Object.assign(document.createElement('button'), { textContent: name });
  const before = button('Before the demo');
  const after = button('After the demo');
  frames.push(before, after);
  frame.before(before);
  frame.after(after);
  before.focus();
  return after;
}

async function openDemo(): Promise<{ frame: HTMLIFrameElement; doc: Document; provider: Provider }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1280px';
  frame.style.height = '800px';
  frame.title = 'demo';
  frames.push(frame);
  document.body.append(frame);
  frame.src = '/demo/index.html';
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const provider = doc.querySelector('episode-provider') as Provider;
  await waitUntil(() => provider.state?.status === 'ready', 'the episode', 15000);
  await (doc.querySelector('knowledge-graph') as HTMLElement & { drawn: Promise<void> }).drawn;
  return { frame, doc, provider };
}

/** The element that has focus, inside shadow roots too. */
function focusedIn(doc: Document): Element | null {
  let element = doc.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element === doc.body ? null : element;
}

/** The custom element (or the page itself) an element belongs to. */
const widgetOf = (element: Element) => ((element.getRootNode() as ShadowRoot).host?.localName ?? 'page');

function label(element: Element): string {
  const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
  return `${widgetOf(element)} ${element.localName}${element.id ? `#${element.id}` : ''}[${element.getAttribute('part') ?? ''}] “${name.replace(/\s+/g, ' ').trim().slice(0, 40)}”`;
}

const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);

/** Focus a user can see: an outline or a shadow, or the dashed ring a graph node draws on its circle. */
function focusIndicator(element: Element): string | null {
  // The page's own window: its elements are not instances of this window's classes.
  const view = element.ownerDocument.defaultView!;
  const style = view.getComputedStyle(element);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor)) return `outline ${style.outlineWidth} ${style.outlineStyle}`;
  if (style.boxShadow && style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
  const ring = element.namespaceURI === 'http://www.w3.org/2000/svg' ? element.querySelector('circle') : null;
  if (ring) {
    const circle = view.getComputedStyle(ring);
    if (circle.strokeDasharray !== 'none' && circle.stroke !== 'none' && parseFloat(circle.strokeWidth) > 0) return `ring ${circle.strokeWidth} ${circle.strokeDasharray}`;
  }
  return null;
}

function expectFocusVisible(element: Element | null, where: string): asserts element is Element {
  expect(element, `${where}: something has focus`).to.not.equal(null);
  expect(element!.matches(':focus-visible'), `${where}: ${label(element!)} matches :focus-visible`).to.equal(true);
  expect(focusIndicator(element!), `${where}: ${label(element!)} shows its focus`).to.not.equal(null);
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Tab until `wanted` holds for the focused element; every stop on the way shows its focus. */
async function tabTo(doc: Document, wanted: (element: Element) => boolean, what: string, max = 200): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await press('Tab');
    const element = focusedIn(doc);
    expectFocusVisible(element, `Tab on the way to ${what}`);
    if (wanted(element)) return element;
  }
  throw new Error(`${what} not reached in ${max} Tab presses`);
}

const shadow = (doc: Document, tag: string) => doc.querySelector(tag)!.shadowRoot!;
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const inside = (tag: string, selector: string) => (element: Element) => widgetOf(element) === tag && element.matches(selector);

describe('the demo page with the keyboard alone', function () {
  this.timeout(120000);
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('Tab from the top reaches every widget, and every stop shows its focus', async () => {
    const { frame, doc } = await openDemo();
    const after = frameWithButtons(frame);
    const reached = new Set<string>();
    const stops: string[] = [];
    for (let i = 0; i < 250; i++) {
      await press('Tab');
      const element = focusedIn(doc);
      // Past the last stop, focus leaves the page.
      if (document.activeElement === after) break;
      expectFocusVisible(element, `Tab stop ${i + 1}`);
      stops.push(label(element));
      reached.add(element.id === 'position' ? 'position bar' : widgetOf(element));
    }
    expect(stops.length, 'focus left the page after the last stop').to.be.lessThan(250);
    expect([...reached]).to.include.members(['page', 'episode-summary', 'position bar', 'transcript-view', 'knowledge-graph', 'key-moments', 'episode-topics', 'entity-list']);
  });

  it('searches the transcript, finds and lets go of a graph node, plays a key moment, selects and clears an entity', async () => {
    const { frame, doc, provider } = await openDemo();
    const episode = provider.state.episode!;
    const bar = doc.querySelector<HTMLInputElement>('#position')!;
    frameWithButtons(frame);

    // Transcript: type a word, Enter steps to the next match.
    const search = await tabTo(doc, inside('transcript-view', 'input[part~="search"]'), 'the transcript search');
    await sendKeys({ type: 'TSMC' });
    const transcript = shadow(doc, 'transcript-view');
    const count = () => text(transcript.querySelector('[part~="match-count"]'));
    await waitUntil(() => /^1 of \d+$/.test(count()), 'the first of the matches', 15000);
    const total = Number(count().split(' of ')[1]);
    expect(total).to.be.greaterThan(1);
    await waitUntil(() => text(transcript.querySelector('mark[part~="current"]')).toLowerCase() === 'tsmc', 'the current match shown');
    await press('Enter');
    await waitUntil(() => count() === `2 of ${total}`, 'the second match');
    expectFocusVisible(focusedIn(doc), 'after Enter in the transcript search');
    expect(focusedIn(doc)).to.equal(search);

    // Graph: find a node by name, Enter selects it; Escape lets it go.
    const nvidia = episode.entities.find((e) => e.name === 'NVIDIA')!;
    await tabTo(doc, inside('knowledge-graph', 'input[type="search"]'), 'the graph’s find field');
    await sendKeys({ type: 'nvidia' });
    await press('Enter');
    await waitUntil(() => provider.selectedEntity === nvidia.id, 'NVIDIA selected from the graph');
    const graph = shadow(doc, 'knowledge-graph');
    await waitUntil(() => !!graph.querySelector('[part~="node"][part~="selected"]'), 'the selected node drawn as selected');
    expectFocusVisible(focusedIn(doc), 'after finding NVIDIA');
    await press('Escape');
    await waitUntil(() => provider.selectedEntity === null, 'the selection cleared');
    expect(graph.querySelector('[part~="node"][part~="selected"]')).to.equal(null);

    // Key moments: Tab to one, Enter plays from its start.
    const moment = episode.chapters.find((c) => c.title === 'TSMC and Taiwan')!;
    await tabTo(doc, (el) => inside('key-moments', '[part~="moment"]')(el) && text(el).startsWith(moment.title), `the moment “${moment.title}”`);
    expect(bar.value).to.not.equal(String(moment.start));
    await press('Enter');
    await waitUntil(() => bar.value === String(moment.start), `the position at the moment’s start (${moment.start} s)`);
    const playing = episode.transcript.filter((s) => s.start <= moment.start).at(-1)!.text.replace(/\s+/g, ' ').trim();
    await waitUntil(() => text(transcript.querySelector('[part~="segment"][part~="current"] .text')) === playing, 'the transcript at that moment');
    expectFocusVisible(focusedIn(doc), 'after playing a moment');

    // Entity list: Tab lands on the entities (one stop), arrows and typing move between them,
    // Enter selects, Enter again clears.
    const first = await tabTo(doc, inside('entity-list', '[part~="entity"]'), 'the entities');
    await press('ArrowDown');
    await waitUntil(() => focusedIn(doc) !== first && widgetOf(focusedIn(doc)!) === 'entity-list', 'the next entity focused');
    expectFocusVisible(focusedIn(doc), 'after ArrowDown in the entities');
    await sendKeys({ type: 'tsm' });
    const tsmc = episode.entities.find((e) => e.name === 'TSMC')!;
    await waitUntil(() => text(focusedIn(doc)).includes('TSMC'), 'TSMC focused by typing');
    expectFocusVisible(focusedIn(doc), 'after typing in the entities');
    await press('Enter');
    await waitUntil(() => provider.selectedEntity === tsmc.id, 'TSMC selected');
    const list = shadow(doc, 'entity-list');
    await waitUntil(() => text(list.querySelector('[part~="entity"][part~="selected"]')).includes('TSMC'), 'TSMC shown as selected');
    expectFocusVisible(focusedIn(doc), 'after selecting TSMC');
    await press('Enter');
    await waitUntil(() => provider.selectedEntity === null, 'the selection cleared');
    expect(list.querySelector('[part~="entity"][part~="selected"]')).to.equal(null);
    expectFocusVisible(focusedIn(doc), 'after clearing the selection');
  });
});

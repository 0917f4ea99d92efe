import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { RovingFocus, TYPE_AHEAD_PAUSE_MS } from '../src/widget/roving-focus.js';
import { waitUntil } from './helpers/media.js';

/** Named buttons after a plain one, with a selected one and a clock of its own. */
class RovingTestList extends LitElement {
  static orientation: 'vertical' | 'horizontal' = 'vertical';
  static override properties = { names: { attribute: false }, selected: { attribute: false } };
  names: string[] = [];
  selected: string | null = null;
  clock = 0;
  roving = new RovingFocus(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.item')],
    key: (item) => item.dataset.name!,
    preferred: () => this.selected,
    orientation: (this.constructor as typeof RovingTestList).orientation,
    now: () => this.clock,
  });

  override render() {
    return html`<button class="inner">inner</button>
      ${this.names.map((name) => html`<button class="item" data-name=${name}>${name}</button>`)}`;
  }
}
customElements.define('roving-test-list', RovingTestList);

/** 100 rows, of which only 5 are in the DOM (as a windowed list keeps them); each row has a button. */
class RovingTestWindow extends LitElement {
  static override properties = { first: { attribute: false } };
  first = 0;
  stop = 0;
  shown: number[] = [];
  constructor() {
    super();
    new RovingFocus(this, {
      items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.row')],
      key: (row) => row.dataset.index!,
      count: () => 100,
      show: async (index) => {
        this.shown.push(index);
        this.stop = index;
        if (index < this.first || index >= this.first + 5) this.first = Math.min(index, 95);
        this.requestUpdate();
        await this.updateComplete;
        return this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`);
      },
    });
  }

  override render() {
    return [0, 1, 2, 3, 4].map((n) => {
      const i = this.first + n;
      const tabIndex = i === this.stop ? 0 : -1;
      return html`<div class="row" data-index=${i} tabindex=${tabIndex}>Row ${i} <button tabindex=${tabIndex}>play</button></div>`;
    });
  }
}
customElements.define('roving-test-window', RovingTestWindow);
customElements.define(
  'roving-test-row',
  class extends RovingTestList {
    static override orientation = 'horizontal' as const;
  },
);

const items = (el: RovingTestList) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.item')];
const item = (el: RovingTestList, name: string) => items(el).find((b) => b.dataset.name === name)!;
const tabStops = (el: RovingTestList) => items(el).filter((b) => b.tabIndex === 0).map((b) => b.dataset.name);
const focused = (el: RovingTestList) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.name;

async function list(names: string[], horizontal = false): Promise<RovingTestList> {
  const el = horizontal
    ? await fixture<RovingTestList>(html`<roving-test-row .names=${names}></roving-test-row>`)
    : await fixture<RovingTestList>(html`<roving-test-list .names=${names}></roving-test-list>`);
  await el.updateComplete;
  return el;
}

describe('RovingFocus', () => {
  it('makes the items one tab stop: the first, until one is selected or focused', async () => {
    const el = await list(['Alpha', 'Beta', 'Gamma']);
    expect(tabStops(el)).to.deep.equal(['Alpha']);
    el.selected = 'Gamma';
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['Gamma']);
  });

  it('keeps the tab stop on the focused item while focus is there, and gives it back to the selected one when focus leaves', async () => {
    const el = await list(['Alpha', 'Beta', 'Gamma']);
    el.selected = 'Gamma';
    await el.updateComplete;
    item(el, 'Alpha').focus();
    expect(tabStops(el)).to.deep.equal(['Alpha']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.inner')!.focus();
    expect(tabStops(el)).to.deep.equal(['Gamma']);
  });

  it('without a selection, Tab comes back to the item focused last', async () => {
    const el = await list(['Alpha', 'Beta', 'Gamma']);
    item(el, 'Beta').focus();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.inner')!.focus();
    expect(tabStops(el)).to.deep.equal(['Beta']);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('Beta');
  });

  it('keeps exactly one valid tab stop when items are re-rendered, added or removed, without moving focus', async () => {
    const el = await list(['Alpha', 'Beta', 'Gamma']);
    item(el, 'Beta').focus();
    el.names = ['Zeta', 'Alpha', 'Beta', 'Gamma'];
    await el.updateComplete;
    // Lit reused the focused element for another item: focus stays on that element, the tab stop with it.
    expect(focused(el)).to.equal('Alpha');
    expect(tabStops(el)).to.deep.equal(['Alpha']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.inner')!.focus();
    el.names = ['Alpha', 'Gamma'];
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['Alpha']);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.inner'));
    el.names = ['Delta', 'Beta'];
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['Beta']);
  });

  it('↓/↑ move to the next and previous item, Home and End to the ends, without wrapping', async () => {
    const el = await list(['Alpha', 'Beta', 'Gamma', 'Delta']);
    item(el, 'Alpha').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('Beta');
    expect(tabStops(el)).to.deep.equal(['Beta']);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal('Delta');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('Delta');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal('Gamma');
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal('Alpha');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal('Alpha');
  });

  it('horizontal: ←/→ move, swapped in right-to-left text; ↑/↓ do not', async () => {
    const el = await list(['Alpha', 'Beta', 'Gamma'], true);
    item(el, 'Alpha').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal('Beta');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('Beta');
    el.dir = 'rtl';
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.equal('Gamma');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal('Beta');
  });

  it('type-ahead: a letter moves to the next item starting with it, again and again round the end', async () => {
    const el = await list(['Alpha', 'Beta', 'bravo', 'Gamma', 'Bob']);
    item(el, 'Alpha').focus();
    await sendKeys({ press: 'b' });
    expect(focused(el)).to.equal('Beta');
    await sendKeys({ press: 'b' });
    expect(focused(el)).to.equal('bravo');
    await sendKeys({ press: 'b' });
    await sendKeys({ press: 'b' });
    expect(focused(el)).to.equal('Beta');
  });

  it('type-ahead: letters typed without a pause refine the match, ignoring case and accents; a pause starts again', async () => {
    const el = await list(['Alpha', 'Tuna', 'Tülu 3', 'Taiwan', 'Zeta']);
    item(el, 'Alpha').focus();
    await sendKeys({ type: 'TUL' });
    expect(focused(el)).to.equal('Tülu 3');
    el.clock += TYPE_AHEAD_PAUSE_MS + 1;
    await sendKeys({ press: 't' });
    expect(focused(el)).to.equal('Taiwan');
    el.clock += TYPE_AHEAD_PAUSE_MS + 1;
    await sendKeys({ press: 't' });
    expect(focused(el)).to.equal('Tuna');
    await sendKeys({ press: 'a' });
    expect(focused(el)).to.equal('Taiwan');
    el.clock += TYPE_AHEAD_PAUSE_MS + 1;
    await sendKeys({ press: 't' });
    expect(focused(el)).to.equal('Tuna');
    // After a pause "a" is a new search, not "ta".
    el.clock += TYPE_AHEAD_PAUSE_MS + 1;
    await sendKeys({ press: 'a' });
    expect(focused(el)).to.equal('Alpha');
  });

  it('type-ahead: a letter that matches nothing with the ones before it starts a new search; one that matches nothing stays', async () => {
    const el = await list(['Alpha', 'Beta', 'Zeta']);
    item(el, 'Alpha').focus();
    await sendKeys({ type: 'bz' });
    expect(focused(el)).to.equal('Zeta');
    el.clock += TYPE_AHEAD_PAUSE_MS + 1;
    await sendKeys({ press: 'x' });
    expect(focused(el)).to.equal('Zeta');
  });

  it('spatial: each arrow goes to the nearest item in its direction, and stays where none lies that way; Home, End and type-ahead follow the order', async () => {
    // Items laid out in 2-D, as a graph's nodes are:      Beta
    //                                            Alpha          Gamma
    //                                                   Delta
    const places: Record<string, { x: number; y: number }> = {
      Alpha: { x: 0, y: 50 },
      Beta: { x: 60, y: 0 },
      Gamma: { x: 140, y: 50 },
      Delta: { x: 60, y: 100 },
    };
    const revealed: string[] = [];
    const root = await fixture<HTMLElement>(html`<div>
      ${Object.keys(places).map((name) => html`<button class="item" data-name=${name} aria-label=${name}>${name}</button>`)}
    </div>`);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.item')];
    const roving = new RovingFocus(
      { renderRoot: root, addController: (controller) => controller.hostConnected?.() },
      {
        items: () => buttons,
        key: (button) => button.dataset.name!,
        orientation: 'spatial',
        position: (button) => places[button.dataset.name!],
        reveal: (button) => revealed.push(button.dataset.name!),
      },
    );
    roving.placeTabStop();
    const at = () => (document.activeElement as HTMLElement).dataset.name;
    expect(buttons.filter((b) => b.tabIndex === 0).map((b) => b.dataset.name)).to.deep.equal(['Alpha']);
    buttons[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    // Beta and Delta are nearer than Gamma, but off the axis: Gamma is straight ahead.
    expect(at()).to.equal('Gamma');
    await sendKeys({ press: 'ArrowRight' });
    expect(at()).to.equal('Gamma');
    await sendKeys({ press: 'ArrowUp' });
    expect(at()).to.equal('Beta');
    await sendKeys({ press: 'ArrowDown' });
    expect(at()).to.equal('Delta');
    await sendKeys({ press: 'ArrowLeft' });
    expect(at()).to.equal('Alpha');
    expect(buttons.filter((b) => b.tabIndex === 0).map((b) => b.dataset.name)).to.deep.equal(['Alpha']);
    await sendKeys({ press: 'End' });
    expect(at()).to.equal('Delta');
    await sendKeys({ press: 'Home' });
    expect(at()).to.equal('Alpha');
    await sendKeys({ press: 'g' });
    expect(at()).to.equal('Gamma');
    expect(revealed).to.deep.equal(['Gamma', 'Beta', 'Delta', 'Alpha', 'Delta', 'Alpha', 'Gamma']);
  });

  it('leaves Space, Enter and shortcuts to the item', async () => {
    const el = await list(['Alpha', 'Beta', 'Sigma']);
    let clicks = 0;
    item(el, 'Alpha').addEventListener('click', () => clicks++);
    item(el, 'Alpha').focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'b' });
    await sendKeys({ up: 'Control' });
    expect(clicks).to.equal(2);
    expect(focused(el)).to.equal('Alpha');
  });

  it('windowed list: an arrow, Home or End to an item not in the DOM renders it, then focuses it; keys on a control inside an item move from that item', async () => {
    const el = await fixture<RovingTestWindow>(html`<roving-test-window></roving-test-window>`);
    const at = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.index;
    const row = (i: number) => el.shadowRoot!.querySelector<HTMLElement>(`[data-index="${i}"]`);
    row(4)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => at() === '5', 'row 5 focused');
    expect(row(0)).to.equal(null);
    await sendKeys({ press: 'End' });
    await waitUntil(() => at() === '99', 'row 99 focused');
    row(98)!.querySelector('button')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => at() === '97', 'row 97 focused');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => at() === '0', 'row 0 focused');
    expect(row(99)).to.equal(null);
    expect(el.shown).to.deep.equal([5, 99, 97, 0]);
  });
});

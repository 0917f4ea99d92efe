import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { enginePart, GraphStage, lazyPart, PROGRESS_FROM } from '../src/components/knowledge-graph/graph-stage.js';
import type { GraphView } from '../src/graph/graph-view.js';
import { GraphModel } from '../src/graph/model.js';
import { generateGraphEpisode } from './graph/generate.js';
import { nextTask } from '../src/scheduler.js';

/** A model of `count` generated entities, sized as the element sizes them. */
function modelOf(count: number, seed = 3): GraphModel {
  const episode = generateGraphEpisode(count, seed);
  const model = new GraphModel(
    episode.entities!.map((e) => ({ ...e, aliases: [], mentions: e.mentions as number[] | undefined })),
    episode.links!,
  );
  model.sizeNodes('degree');
  return model;
}

/**
 * The smallest host of a GraphStage: a 400 × 300 surface, shown what `model` holds after each
 * render (as `<knowledge-graph>` does), keeping the views and errors it is told of and the
 * progress it read at each render.
 */
class StageTestHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
      width: 400px;
      height: 300px;
    }
    .surface {
      position: relative;
      width: 400px;
      height: 300px;
    }
  `;
  model?: GraphModel;
  views: GraphView[] = [];
  errors: string[] = [];
  /** `stage.progress` at each render. */
  progressSeen: number[] = [];
  readonly stage = new GraphStage(this, {
    element: this,
    chrome: (model) => ({ nodeName: (i) => model.nodes[i].name, listLabel: 'Entities' }),
    onView: (view) => this.views.push(view),
    onError: (message) => this.errors.push(message),
  });

  override render() {
    this.progressSeen.push(this.stage.progress);
    return html`<div class="surface"></div>`;
  }

  get surface(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('.surface')!;
  }

  protected override updated(): void {
    if (this.model) this.stage.show(this.surface, this.model, 'svg');
    else this.stage.clear();
  }
}
if (!customElements.get('stage-test-host')) customElements.define('stage-test-host', StageTestHost);

async function hostOf(model?: GraphModel): Promise<StageTestHost> {
  const el = await fixture<StageTestHost>(html`<stage-test-host .model=${model}></stage-test-host>`);
  await el.updateComplete;
  return el;
}

const drawnNodes = (el: StageTestHost) => el.surface.querySelectorAll('svg [part~="node"]').length;

describe('lazyPart', () => {
  it('imports once, however many ask and however early: every load shares one promise', async () => {
    let imports = 0;
    let resolve!: (value: { answer: number }) => void;
    const part = lazyPart(() => {
      imports++;
      return new Promise<{ answer: number }>((r) => (resolve = r));
    });
    expect(imports, 'nothing before the first load').to.equal(0);
    const first = part.load();
    const second = part.load();
    expect(second).to.equal(first);
    expect(imports).to.equal(1);
    expect(part.module, 'not there while it loads').to.equal(undefined);
    resolve({ answer: 42 });
    expect(await first).to.deep.equal({ answer: 42 });
    expect(part.module).to.deep.equal({ answer: 42 });
    expect(await part.load()).to.equal(part.module);
    expect(imports).to.equal(1);
  });

  it('a failed import reaches every caller and leaves no module', async () => {
    const part = lazyPart<{ answer: number }>(() => Promise.reject(new Error('chunk failed')));
    const results = await Promise.allSettled([part.load(), part.load()]);
    expect(results.map((r) => (r.status === 'rejected' ? (r.reason as Error).message : 'fulfilled'))).to.deep.equal(['chunk failed', 'chunk failed']);
    expect(part.module).to.equal(undefined);
  });

  it('a failed import is tried again by the next load (a chunk lost to a network blip)', async () => {
    let calls = 0;
    const part = lazyPart<{ answer: number }>(() => (++calls === 1 ? Promise.reject(new Error('chunk failed')) : Promise.resolve({ answer: 42 })));
    const first = await part.load().then(() => 'fulfilled', (e: Error) => e.message);
    expect(first).to.equal('chunk failed');
    expect((await part.load()).answer).to.equal(42);
    expect(calls).to.equal(2);
    expect(part.module?.answer).to.equal(42);
  });
});

describe('GraphStage', function () {
  // A few hundred nodes lay out in frame-sized slices, for seconds on a busy machine.
  this.timeout(30000);
  // The engine is fetched when a stage's host first connects; these tests start with it here.
  before(() => enginePart.load());

  it('shows a small graph at once: one view, given to the element, drawn on the surface', async () => {
    const model = modelOf(20);
    const el = await hostOf();
    const next = el.stage.nextView();
    el.model = model;
    el.requestUpdate();
    await el.updateComplete;
    // Made in the host's own update: no task in between.
    expect(el.stage.view).to.exist;
    expect(el.views.length).to.equal(1);
    expect(el.views[0] === el.stage.view, 'the element is given the view').to.equal(true);
    expect((await next) === el.stage.view, 'nextView() resolves with it').to.equal(true);
    expect(el.stage.view!.model === model, 'a view of the model').to.equal(true);
    await el.stage.view!.whenDrawn;
    expect(drawnNodes(el)).to.equal(20);
    // The same model, surface and renderer again: nothing new is made.
    el.requestUpdate();
    await el.updateComplete;
    expect(el.views).to.have.length(1);
    el.stage.view!.stopLayout();
  });

  it(`sets a graph of ${PROGRESS_FROM} nodes up in later tasks and reports its layout's progress in 5 % steps until at rest`, async () => {
    const model = modelOf(PROGRESS_FROM);
    const el = await hostOf(model);
    // Not made in the update that asked for it.
    expect(el.stage.view === undefined, 'no view yet').to.equal(true);
    expect(el.stage.layingOut(model)).to.equal(true);
    expect(el.stage.progress).to.equal(0);
    const view = await el.stage.nextView();
    expect(el.views.length).to.equal(1);
    expect(el.views[0] === view, 'the element is given the view').to.equal(true);
    expect(view.model === model, 'a view of the model').to.equal(true);
    expect(el.stage.layingOut(model), 'while the layout runs').to.equal(true);
    await view.whenSettled;
    await el.updateComplete;
    expect(el.stage.progress).to.equal(1);
    expect(el.stage.layingOut(model), 'at rest').to.equal(false);
    // The host was asked to render as the layout went on, each time with a step of 5 %.
    const seen = el.progressSeen;
    expect(seen[seen.length - 1]).to.equal(1);
    expect(new Set(seen).size, 'some steps between 0 and 1').to.be.greaterThan(2);
    for (const p of seen) expect(Math.abs(p * 20 - Math.round(p * 20)), `${p} is a 5 % step`).to.be.lessThan(1e-9);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).to.be.at.least(seen[i - 1]);
  });

  it('a newer graph wins over a large one still being set up: only the newer is ever shown', async () => {
    const large = modelOf(PROGRESS_FROM, 5);
    const small = modelOf(12, 6);
    const el = await hostOf(large);
    expect(el.stage.view === undefined, 'no view yet').to.equal(true);
    el.model = small;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.stage.view?.model === small, 'the small graph at once').to.equal(true);
    // The large graph's set-up takes three tasks: let more than that run, then it must have given up.
    for (let i = 0; i < 6; i++) await nextTask();
    expect(el.views.map((v) => v.model === small)).to.deep.equal([true]);
    expect(el.stage.view?.model === small, 'still the small graph').to.equal(true);
    await el.stage.view!.whenDrawn;
    expect(drawnNodes(el)).to.equal(12);
    el.stage.view!.stopLayout();
  });

  it('lets go of its view when the host disconnects, and makes a new one when it is back', async () => {
    const el = await hostOf(modelOf(20));
    const first = el.stage.view!;
    await first.whenDrawn;
    expect(drawnNodes(el)).to.equal(20);
    const parent = el.parentNode!;
    el.remove();
    expect(el.stage.view === undefined, 'no view once disconnected').to.equal(true);
    expect(el.surface.querySelector('svg') === null, 'the view took its drawing down').to.equal(true);
    const next = el.stage.nextView();
    parent.appendChild(el);
    const second = await next;
    expect(second !== first, 'a new view').to.equal(true);
    expect(el.views.length).to.equal(2);
    expect(el.views[1] === second, 'the element is given the new view').to.equal(true);
    await second.whenDrawn;
    expect(drawnNodes(el)).to.equal(20);
    second.stopLayout();
  });
});

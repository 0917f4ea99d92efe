import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import type { EpisodeLoadEvent } from '../src/events.js';
import type { KeyMoments } from '../src/components/key-moments/key-moments.js';
import type { LitElement } from 'lit';
import { nextTask } from '../src/scheduler.js';
import { waitUntil } from './helpers/media.js';
import { renderAndCatch } from './helpers/render.js';

function part(root: Element, name: string): HTMLElement | null {
  return root.shadowRoot!.querySelector(`[part~="${name}"]`);
}

describe('episode errors and warnings', () => {
  it('a 404 shows a visible error naming the status and the file, and fires episode-error', async () => {
    const { element: provider, event } = await renderAndCatch<EpisodeProvider>(html`<episode-provider src="/tests/fixtures/episodes/missing.json">
      <key-moments></key-moments>
    </episode-provider>`, 'episode-error');
    expect(event.detail.message).to.contain('404');
    await provider.updateComplete;
    const box = part(provider, 'error')!;
    expect(box).to.exist;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain('HTTP 404');
    expect(box.textContent).to.contain('missing.json');
    // Said once, by the provider: the widget inside shows nothing of its own.
    const widget = provider.querySelector('key-moments')!;
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(widget.shadowRoot!.textContent!.trim()).to.equal('');
  });

  it('a file that is not JSON says where the syntax error is', async () => {
    const { element: provider, event } = await renderAndCatch<EpisodeProvider>(html`<episode-provider src="/tests/fixtures/episodes/broken.json"></episode-provider>`, 'episode-error');
    expect(event.detail.errors[0].line).to.equal(6);
    expect(event.detail.errors[0].column).to.be.a('number');
    await provider.updateComplete;
    const text = part(provider, 'error')!.textContent!;
    expect(text).to.contain('broken.json');
    expect(text.match(/line 6/g)).to.have.length(1);
  });

  it('an episode that cannot be shown is said once, by the provider, each fact once', async () => {
    const { element: provider, event } = await renderAndCatch<EpisodeProvider>(html`<episode-provider src="/tests/fixtures/episodes/syntax.json">
      <episode-summary></episode-summary>
      <knowledge-graph></knowledge-graph>
      <key-moments></key-moments>
      <transcript-view></transcript-view>
      <episode-topics></episode-topics>
      <entity-list></entity-list>
    </episode-provider>`, 'episode-error');
    // (Firefox words the reason in lower case.)
    expect(event.detail.message).to.match(/^syntax\.json, line 4, column 30: Expected double-quoted property name$/i);
    await provider.updateComplete;
    const widgets = [...provider.children] as LitElement[];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    const alerts = [provider, ...widgets].flatMap((el) => [...el.shadowRoot!.querySelectorAll('[role="alert"]')]);
    expect(alerts).to.have.length(1);
    expect(alerts[0].closest('[part]') ?? alerts[0]).to.equal(part(provider, 'error'));
    expect(alerts[0].textContent).to.match(/syntax\.json, line 4, column 30: Expected double-quoted property name/i);
    for (const widget of widgets) expect(widget.shadowRoot!.textContent!.trim(), widget.localName).to.equal('');
  });

  it('a file with some bad parts still shows the good parts and lists every drop', async () => {
    const { element: provider, event } = await renderAndCatch<EpisodeProvider, EpisodeLoadEvent>(html`<episode-provider src="/tests/fixtures/episodes/partial.json">
      <key-moments></key-moments>
    </episode-provider>`, 'episode-load');
    const paths = event.detail.warnings.map((w) => w.path);
    expect(paths).to.include('chapters[1].start');
    expect(paths).to.include('links[0].target');
    expect(paths).to.include('transcript[1].text');
    expect(paths).to.include('entities[1].href');
    expect(event.detail.episode.chapters.map((c) => c.title)).to.deep.equal(['Intro', 'Later']);
    expect(event.detail.episode.links).to.have.length(1);
    expect(event.detail.episode.entities.find((e) => e.id === 'b')!.href).to.equal(undefined);
    await provider.updateComplete;
    const warnings = part(provider, 'warnings')!;
    expect(warnings.textContent).to.contain('chapters[1].start');
    expect(warnings.textContent).to.contain('"abc"');
    const widget = provider.querySelector('key-moments') as KeyMoments;
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelectorAll('[part~="moment"]')).to.have.length(2);
  });

  it('a widget alone with a bad src shows its own error and fires episode-error', async () => {
    const { element: widget } = await renderAndCatch<KeyMoments>(html`<key-moments src="/tests/fixtures/episodes/missing.json"></key-moments>`, 'episode-error');
    await widget.updateComplete;
    expect(part(widget, 'error')!.textContent).to.contain('404');
  });

  it('a widget with no provider and no source shows a hint, not an empty box', async () => {
    const widget = await fixture<KeyMoments>(html`<key-moments></key-moments>`);
    await waitUntil(() => !!widget.shadowRoot!.querySelector('.hint'), 'hint');
    expect(widget.shadowRoot!.textContent).to.contain('episode-provider');
  });

  it('when src changes, the older response never wins', async () => {
    const realFetch = window.fetch;
    const gates = new Map<string, () => void>();
    let slowSignal: AbortSignal | undefined;
    let oldAnswerRead = false;
    // This fetch ignores its signal (as a slow cache or service worker might): the loader itself
    // must drop the old answer.
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (url.includes('slow')) {
        slowSignal = init?.signal ?? undefined;
        await new Promise<void>((resolve) => gates.set('slow', resolve));
        const json = new TextEncoder().encode(JSON.stringify({ version: 1, title: 'Slow and old' }));
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            controller.enqueue(json);
            controller.close();
            oldAnswerRead = true;
          },
        });
        return new Response(body, { status: 200 });
      }
      return realFetch(input, init);
    }) as typeof fetch;
    try {
      const provider = await fixture<EpisodeProvider>(html`<episode-provider src="/slow.json"></episode-provider>`);
      await waitUntil(() => gates.has('slow'), 'slow request started');
      provider.src = '/tests/fixtures/episodes/sample.json';
      await waitUntil(() => provider.state.status === 'ready', 'new src loaded');
      expect(slowSignal?.aborted, 'the old request is aborted').to.equal(true);
      gates.get('slow')!();
      // The old answer is read in full; what follows it is promise reactions only, all run by the next task.
      await waitUntil(() => oldAnswerRead, 'the old answer read');
      await nextTask();
      await provider.updateComplete;
      expect(provider.currentEpisode!.title).to.equal('Open Weights and the Chip Race');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a widget alone: a newer src wins over a slower older one, whose request is aborted; a bad src is shown, a good one after it replaces it', async () => {
    const realFetch = window.fetch;
    let release: (() => void) | undefined;
    let slowSignal: AbortSignal | undefined;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input).includes('slow')) return realFetch(input, init);
      slowSignal = init?.signal ?? undefined;
      await new Promise<void>((resolve) => (release = resolve));
      return new Response(JSON.stringify({ version: 1, title: 'Slow and old', chapters: [{ start: 0, title: 'Old' }] }), { status: 200 });
    }) as typeof fetch;
    try {
      const widget = await fixture<KeyMoments>(html`<key-moments src="/slow.json"></key-moments>`);
      await waitUntil(() => !!release, 'slow request started');
      expect(part(widget, 'loading')).to.exist;
      widget.src = '/tests/fixtures/episodes/sample.json';
      await waitUntil(() => widget.shadowRoot!.querySelectorAll('[part~="moment"]').length === 4, 'the newer episode');
      expect(slowSignal?.aborted, 'the old request is aborted').to.equal(true);
      release!();
      await nextTask();
      await widget.updateComplete;
      expect(widget.shadowRoot!.querySelectorAll('[part~="moment"]')).to.have.length(4);
      widget.src = '/tests/fixtures/episodes/missing.json';
      await waitUntil(() => !!part(widget, 'error'), 'the error');
      expect(part(widget, 'error')!.textContent).to.contain('404');
      widget.src = '/tests/fixtures/episodes/sample.json';
      await waitUntil(() => widget.shadowRoot!.querySelectorAll('[part~="moment"]').length === 4, 'the episode again');
      expect(part(widget, 'error')).to.equal(null);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a provider\'s inline JSON is named in its problems: #id in an error, "inline JSON" in a warning without an id', async () => {
    const { element: bad, event } = await renderAndCatch<EpisodeProvider>(
      html`<episode-provider><script type="application/json" id="ep-data">{ "version": 1, "title": </script></episode-provider>`,
      'episode-error',
    );
    expect(event.detail.errors[0]!.file).to.equal('#ep-data');
    expect(event.detail.message).to.match(/^#ep-data, line 1/);
    await bad.updateComplete;
    expect(part(bad, 'error')!.textContent).to.contain('#ep-data');
    const { element: partial } = await renderAndCatch<EpisodeProvider>(
      html`<episode-provider><script type="application/json">{ "version": 1, "title": "T", "transcript": [{ "text": "no start" }, { "start": 1, "text": "ok" }] }</script></episode-provider>`,
      'episode-load',
    );
    expect(partial.state.warnings.map((w) => w.file)).to.deep.equal(['inline JSON']);
  });
});

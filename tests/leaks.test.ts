/**
 * Mounted and removed 100 times, a full page leaves nothing behind on the page's long-lived
 * objects: no listener on window, document or a media query, no observer still watching the
 * document, no interval, no animation frame still asked for. (Listeners and observers on the
 * removed elements themselves go with them.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { EpisodeProvider } from '../src/components/episode-provider/episode-provider.js';
import { silentWavUrl, waitUntil } from './helpers/media.js';

interface Ledger {
  listeners: Map<string, number>;
  documentObservers: Set<object>;
  intervals: Set<number>;
  frames: Set<number>;
}

/** Wraps the page's registration APIs and counts what is registered and not yet undone. */
function track(): { ledger: Ledger; restore(): void } {
  const ledger: Ledger = { listeners: new Map(), documentObservers: new Set(), intervals: new Set(), frames: new Set() };
  const longLived = (target: EventTarget) => target === window || target === document || target instanceof MediaQueryList;
  const key = (target: EventTarget, type: string) => `${target === window ? 'window' : target === document ? 'document' : `media query ${(target as MediaQueryList).media}`}:${type}`;
  const listenerIds = new WeakMap<object, number>();
  let nextId = 1;
  const idOf = (listener: unknown) => {
    if (!listener || typeof listener !== 'object' && typeof listener !== 'function') return 0;
    if (!listenerIds.has(listener as object)) listenerIds.set(listener as object, nextId++);
    return listenerIds.get(listener as object)!;
  };
  const live = new Set<string>();
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  proto.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (longLived(this) && listener && !(typeof options === 'object' && options.once)) {
      const capture = typeof options === 'boolean' ? options : !!options?.capture;
      const id = `${key(this, type)}#${idOf(listener)}#${capture}`;
      if (!live.has(id)) {
        live.add(id);
        ledger.listeners.set(key(this, type), (ledger.listeners.get(key(this, type)) ?? 0) + 1);
      }
    }
    return add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    if (longLived(this) && listener) {
      const capture = typeof options === 'boolean' ? options : !!options?.capture;
      const id = `${key(this, type)}#${idOf(listener)}#${capture}`;
      if (live.delete(id)) ledger.listeners.set(key(this, type), ledger.listeners.get(key(this, type))! - 1);
    }
    return remove.call(this, type, listener, options);
  };
  const observe = MutationObserver.prototype.observe;
  const disconnect = MutationObserver.prototype.disconnect;
  MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
    if (target === document || target === document.documentElement || target === document.body) ledger.documentObservers.add(this);
    return observe.call(this, target, options);
  };
  MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    ledger.documentObservers.delete(this);
    return disconnect.call(this);
  };
  const setInterval_ = window.setInterval;
  const clearInterval_ = window.clearInterval;
  window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = setInterval_(handler, timeout, ...args);
    ledger.intervals.add(id);
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) ledger.intervals.delete(id);
    clearInterval_(id);
  }) as typeof clearInterval;
  const raf = window.requestAnimationFrame;
  const caf = window.cancelAnimationFrame;
  window.requestAnimationFrame = (callback) => {
    const id = raf((time) => {
      ledger.frames.delete(id);
      callback(time);
    });
    ledger.frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    ledger.frames.delete(id);
    caf(id);
  };
  return {
    ledger,
    restore() {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
      MutationObserver.prototype.observe = observe;
      MutationObserver.prototype.disconnect = disconnect;
      window.setInterval = setInterval_;
      window.clearInterval = clearInterval_;
      window.requestAnimationFrame = raf;
      window.cancelAnimationFrame = caf;
    },
  };
}

const snapshot = (ledger: Ledger) => ({
  listeners: Object.fromEntries([...ledger.listeners].filter(([, n]) => n > 0)),
  documentObservers: ledger.documentObservers.size,
  intervals: ledger.intervals.size,
});

describe('mount and unmount 100 times', function () {
  this.timeout(120000);

  it('leaves no listener, observer, interval or frame behind', async () => {
    const media = silentWavUrl(300);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const { ledger, restore } = track();
    try {
      const mountOnce = async (i: number) => {
        const page = document.createElement('div');
        page.innerHTML = `<audio id="leak-media"></audio>
          <episode-provider src="/tests/fixtures/episodes/page-seed.json" for="leak-media" theme="${i % 2 ? 'dark' : 'light'}">
            <episode-summary></episode-summary><knowledge-graph></knowledge-graph><key-moments></key-moments>
            <transcript-view></transcript-view><episode-topics></episode-topics><entity-list></entity-list>
          </episode-provider>
          <key-moments provider="leak-provider"></key-moments>`;
        page.querySelector('audio')!.src = media;
        host.append(page);
        const provider = page.querySelector('episode-provider') as EpisodeProvider;
        await waitUntil(() => provider.state.status === 'ready', 'the episode');
        await (page.querySelector('knowledge-graph') as HTMLElement & { drawn: Promise<void> }).drawn;
        provider.seekTo(60 + i);
        page.remove();
      };
      for (let i = 0; i < 10; i++) await mountOnce(i);
      // Let anything asked for while mounted run out.
      await new Promise((r) => setTimeout(r, 50));
      const after10 = snapshot(ledger);
      for (let i = 10; i < 100; i++) await mountOnce(i);
      await waitUntil(() => ledger.frames.size === 0, 'no animation frame asked for by removed elements', 3000);
      const after100 = snapshot(ledger);
      expect(after100).to.deep.equal(after10);
      expect(after100.documentObservers).to.equal(0);
      expect(after100.intervals).to.equal(0);
    } finally {
      restore();
    }
  });
});

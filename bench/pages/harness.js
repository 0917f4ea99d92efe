// The in-page half of the harness. bench/run.mjs opens /bench/pages/case.html?case=URL, this file
// imports the case's page module (bench/cases/*.page.js) and exposes `window.bench`, whose
// functions run.mjs calls with page.evaluate. Every timing here is main-thread work that ends
// with a forced style + layout (so the work a library defers to the next frame is counted);
// paint and compositing are not in these figures (they are in the traced frame costs).

import { countElements, forceLayout, median, nextPaint, sleep } from './util.js';

const params = new URLSearchParams(location.search);
const stage = document.getElementById('stage');
const longTasks = [];

try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // no longtask support: the figure shows as unavailable
}

let mod;
let handle;
let file;
let mountStart = 0;

const api = {
  crossOriginIsolated: self.crossOriginIsolated,

  async load(dataUrl) {
    const response = await fetch(dataUrl);
    file = await response.json();
    return { ok: true };
  },

  /**
   * Transcript, in two timed steps:
   * - `prepare`: the case's own `prepare(file)` (parsing, mention search) on the episode file, if
   *   it has one (null otherwise: the library has no such step);
   * - `firstRender`: from handing `mount` what `prepare` returned (or the file itself) to
   *   laid-out content.
   */
  async transcriptMount() {
    let data = file;
    file = undefined; // only the library keeps the data alive (the heap figure)
    const duration = data.duration ?? data.transcript.at(-1).end;
    let prepare = null;
    if (mod.prepare) {
      forceLayout();
      await nextPaint();
      const start = performance.now();
      data = await mod.prepare(data);
      prepare = performance.now() - start;
    }
    forceLayout();
    await nextPaint();
    const start = performance.now();
    handle = (await mod.mount(stage, data)) ?? {};
    forceLayout();
    const firstRender = performance.now() - start;
    data = undefined;
    await nextPaint();
    return { prepare, firstRender, duration, note: mod.note?.() ?? null };
  },

  /** Main-thread cost (script + style + layout) of each of `times`, one per frame. */
  async timeUpdates(times, kind) {
    const step = kind === 'seek' ? mod.seek ?? mod.setTime : mod.setTime;
    const costs = [];
    for (const time of times) {
      await nextPaint();
      const start = performance.now();
      await step(time, handle);
      forceLayout();
      costs.push(performance.now() - start);
    }
    await nextPaint();
    return { median: median(costs), costs };
  },

  /** Graph: first frame (drawn and laid out) and settle time, both from the mount call. */
  async graphMount({ settleCapMs }) {
    const graph = file;
    file = undefined;
    forceLayout();
    await nextPaint();
    mountStart = performance.now();
    handle = await mod.mount(stage, graph, { width: stage.clientWidth, height: stage.clientHeight, settleCapMs });
    await handle.firstFrame;
    forceLayout();
    const firstFrameAt = performance.now();
    return { firstFrame: firstFrameAt - mountStart, firstFrameAt };
  },

  async graphSettled() {
    const { capped = false } = (await handle.settled) ?? {};
    return { settle: performance.now() - mountStart, capped };
  },

  /** Viewport points over nodes for the scripted hover (or a zigzag over the stage). */
  hoverPoints(count = 40) {
    const box = stage.getBoundingClientRect();
    const inside = (p) => p.x > box.left + 4 && p.x < box.right - 4 && p.y > box.top + 4 && p.y < box.bottom - 4;
    const points = (handle?.hoverPoints?.(count * 3) ?? []).filter(inside).slice(0, count);
    for (let i = points.length; i < count; i++) {
      points.push({ x: box.left + ((i * 97) % 100) / 100 * box.width, y: box.top + ((i * 61) % 100) / 100 * box.height });
    }
    return points;
  },

  /**
   * Mount and unmount: `count` cycles of the case's full page (`mountPage`, `unmountPage`), each
   * from a fresh copy of the file, so a page that kept an old episode alive would grow the heap.
   */
  async cycles(count) {
    const times = [];
    for (let i = 0; i < count; i++) {
      const copy = structuredClone(file);
      await nextPaint();
      const start = performance.now();
      const page = await mod.mountPage(stage, copy, i);
      await mod.unmountPage(page);
      times.push(performance.now() - start);
    }
    await nextPaint();
    return { times };
  },

  elements: () => countElements(),

  markLongTasks() {
    longTasks.length = 0;
    return performance.now();
  },

  /** Long tasks that started in [since, until). */
  longTasks(since = 0, until = Infinity) {
    const tasks = longTasks.filter((task) => task.start >= since && task.start < until);
    return { count: tasks.length, max: tasks.reduce((max, task) => Math.max(max, task.duration), 0) };
  },

  mark: (name) => performance.mark(name),
  sleep,
};

window.bench = api;
try {
  mod = await import(params.get('case'));
  await mod.setup?.();
  api.ready = true;
} catch (error) {
  api.error = String(error?.stack ?? error);
}

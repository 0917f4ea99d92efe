// Transcript: the episode with N segments handed to each library; its parsing + mention search
// (libraries that have such a step), first render from the prepared data, the cost of a
// playback-time update and of a far seek, frame cost while scrolling, DOM size and JS heap.
import { episodeFile } from '../../generate.mjs';
import { heapAfterGc } from '../chrome.mjs';
import { frameCosts, TRACE_CATEGORIES } from '../trace.mjs';
import { median, quantile } from '../stats.mjs';

export default {
  name: 'transcript',
  title: 'Transcript',
  sizeLabel: 'segments',
  sizes: ({ quick }) => (quick ? [1000] : [1000, 5000, 20000]),
  metrics: [
    { key: 'prepare', label: 'parse + mentions', unit: 'ms' },
    { key: 'firstRender', label: 'first render', unit: 'ms' },
    { key: 'timeUpdate', label: 'time update (median of 60)', unit: 'ms' },
    { key: 'farSeek', label: 'far seek (median of 10)', unit: 'ms' },
    { key: 'frameMedian', label: 'frame cost, scrolling: median', unit: 'ms' },
    { key: 'frameP95', label: 'frame cost, scrolling: p95', unit: 'ms' },
    { key: 'longTasks', label: 'long tasks while scrolling (count)', unit: 'count' },
    { key: 'elements', label: 'DOM elements', unit: 'count' },
    { key: 'heap', label: 'JS heap after GC', unit: 'MB' },
  ],

  async runRep({ browser, page, size, quick }) {
    await page.evaluate((url) => window.bench.load(url), `/data/${episodeFile(size)}`);
    const { prepare, firstRender, duration, note } = await page.evaluate(() => window.bench.transcriptMount());
    const elements = await page.evaluate(() => window.bench.elements());
    const heap = (await heapAfterGc(page)) / 1048576;

    const ticks = quick ? 30 : 60;
    const from = duration * 0.25;
    const times = Array.from({ length: ticks }, (_, i) => from + i * 0.25);
    const { median: timeUpdate } = await page.evaluate(([t]) => window.bench.timeUpdates(t, 'tick'), [times]);
    const seeks = Array.from({ length: 10 }, (_, i) => duration * (i % 2 ? 0.1 + i * 0.005 : 0.9 - i * 0.005));
    const { median: farSeek } = await page.evaluate(([t]) => window.bench.timeUpdates(t, 'seek'), [seeks]);

    // Scroll the transcript with the wheel (its own scroller, or the page).
    const since = await page.evaluate(() => window.bench.markLongTasks());
    await page.mouse.move(480, 320);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    for (let i = 0; i < (quick ? 15 : 30); i++) {
      await page.mouse.wheel(0, i < (quick ? 10 : 20) ? 240 : -360);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(100);
    const frames = frameCosts(JSON.parse((await browser.stopTracing()).toString()));
    const longTasks = await page.evaluate((t) => window.bench.longTasks(t), since);
    return {
      prepare: prepare ?? NaN, // NaN: no such step (shown as —)
      firstRender,
      timeUpdate,
      farSeek,
      frameMedian: frames.length ? median(frames) : NaN,
      frameP95: frames.length ? quantile(frames, 0.95) : NaN,
      longTasks: longTasks.count,
      elements,
      heap,
      ...(note ? { note } : {}),
    };
  },
};

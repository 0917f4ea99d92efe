// Graph: N entities and ≈ 2N links; first frame, settle time and the long tasks until then, then frame cost while a scripted
// user hovers nodes and zooms (wheel in and out), long tasks in that window, DOM size, JS heap.
import { graphFile } from '../../generate.mjs';
import { heapAfterGc } from '../chrome.mjs';
import { frameCosts, TRACE_CATEGORIES } from '../trace.mjs';
import { median, quantile } from '../stats.mjs';

// The settle cap keeps a run bounded: a layout still moving at the cap is frozen there and
// reported as "capped".
const SETTLE_CAP_MS = { 40: 15000, 500: 15000, 2000: 15000, 10000: 4000 };

export default {
  name: 'graph',
  title: 'Knowledge graph',
  sizeLabel: 'nodes',
  sizes: ({ quick }) => (quick ? [40] : [40, 500, 2000, 10000]),
  metrics: [
    { key: 'firstFrame', label: 'first frame', unit: 'ms' },
    { key: 'settle', label: 'settle time', unit: 'ms' },
    { key: 'setupLongTasks', label: 'long tasks, mount to first frame (count)', unit: 'count' },
    { key: 'setupLongTaskMax', label: 'longest task, mount to first frame', unit: 'ms' },
    { key: 'settleLongTasks', label: 'long tasks, first frame to settled (count)', unit: 'count' },
    { key: 'settleLongTaskMax', label: 'longest task, first frame to settled', unit: 'ms' },
    { key: 'frameMedian', label: 'frame cost, hover+zoom: median', unit: 'ms' },
    { key: 'frameP95', label: 'frame cost, hover+zoom: p95', unit: 'ms' },
    { key: 'longTasks', label: 'long tasks, hover+zoom (count)', unit: 'count' },
    { key: 'longTaskMax', label: 'longest task, hover+zoom', unit: 'ms' },
    { key: 'elements', label: 'DOM elements', unit: 'count' },
    { key: 'heap', label: 'JS heap after GC', unit: 'MB' },
  ],

  async runRep({ browser, page, size, quick }) {
    const settleCapMs = quick ? Math.min(2000, SETTLE_CAP_MS[size]) : SETTLE_CAP_MS[size] ?? 15000;
    await page.evaluate((url) => window.bench.load(url), `/data/${graphFile(size)}`);
    const mounted = await page.evaluate(() => window.bench.markLongTasks());
    const { firstFrame, firstFrameAt } = await page.evaluate((options) => window.bench.graphMount(options), { settleCapMs });
    const { settle, capped } = await page.evaluate(() => window.bench.graphSettled());
    // The page must stay responsive: long tasks before the first frame (setting up) and while the
    // layout settles after it, each window on its own row (a task counts where it starts).
    const setupTasks = await page.evaluate(([a, b]) => window.bench.longTasks(a, b), [mounted, firstFrameAt]);
    const settleTasks = await page.evaluate((t) => window.bench.longTasks(t), firstFrameAt);
    const elements = await page.evaluate(() => window.bench.elements());
    const heap = (await heapAfterGc(page)) / 1048576;

    const points = await page.evaluate((n) => window.bench.hoverPoints(n), quick ? 10 : 30);
    const since = await page.evaluate(() => window.bench.markLongTasks());
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    for (const point of points) {
      await page.mouse.move(point.x, point.y, { steps: 3 });
      await page.waitForTimeout(20);
    }
    await page.mouse.move(480, 320, { steps: 3 });
    const wheelSteps = quick ? 8 : 16;
    for (let i = 0; i < wheelSteps; i++) {
      await page.mouse.wheel(0, i < wheelSteps / 2 ? -120 : 120); // zoom in, then back out
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(100);
    const frames = frameCosts(JSON.parse((await browser.stopTracing()).toString()));
    const longTasks = await page.evaluate((t) => window.bench.longTasks(t), since);
    return {
      firstFrame,
      settle,
      capped,
      setupLongTasks: setupTasks.count,
      setupLongTaskMax: setupTasks.max,
      settleLongTasks: settleTasks.count,
      settleLongTaskMax: settleTasks.max,
      frameMedian: frames.length ? median(frames) : NaN,
      frameP95: frames.length ? quantile(frames, 0.95) : NaN,
      longTasks: longTasks.count,
      longTaskMax: longTasks.max,
      elements,
      heap,
    };
  },
};

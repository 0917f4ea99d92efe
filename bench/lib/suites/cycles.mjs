// Mount and unmount: a full provider page (summary, graph, key moments, transcript, topics,
// entity list, following an <audio>) mounted until everything is drawn, then removed, 100 times,
// each from a fresh copy of the episode file. The JS heap after GC after the first cycle and after
// the 100th: what a page that swaps episodes (a single-page app) keeps growing by. Reported, not
// gated (tests/leaks.test.ts is the gate for what removed elements leave registered).
import { episodeFile } from '../../generate.mjs';
import { heapAfterGc } from '../chrome.mjs';

export const CYCLES = 100;

export default {
  name: 'cycles',
  title: `Mount and unmount ${CYCLES} times (a full provider page)`,
  sizeLabel: 'segments',
  sizes: () => [1000],
  metrics: [
    { key: 'heapFirst', label: 'JS heap after GC, after 1 cycle', unit: 'MB' },
    { key: 'heapAfter', label: `JS heap after GC, after ${CYCLES} cycles`, unit: 'MB' },
    { key: 'heapGrowth', label: `JS heap growth, cycles 2–${CYCLES}`, unit: 'kB' },
    { key: 'elements', label: `DOM elements left after ${CYCLES} cycles`, unit: 'count' },
    { key: 'cycle', label: 'one cycle (mount until drawn, then remove): median', unit: 'ms' },
  ],

  async runRep({ page, size }) {
    await page.evaluate((url) => window.bench.load(url), `/data/${episodeFile(size)}`);
    const first = await page.evaluate(() => window.bench.cycles(1));
    const heapFirst = await heapAfterGc(page);
    const rest = await page.evaluate((n) => window.bench.cycles(n), CYCLES - 1);
    const heapAfter = await heapAfterGc(page);
    const elements = await page.evaluate(() => window.bench.elements());
    const times = [...first.times, ...rest.times].sort((a, b) => a - b);
    return {
      heapFirst: heapFirst / 1048576,
      heapAfter: heapAfter / 1048576,
      heapGrowth: (heapAfter - heapFirst) / 1024,
      elements,
      cycle: times[Math.floor(times.length / 2)],
    };
  },
};

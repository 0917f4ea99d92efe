// Mount and unmount: a full provider page (summary, graph, key moments, transcript, topics,
// entity list, following an <audio>) mounted until everything is drawn, then removed, 100 times,
// each from a fresh copy of the episode file. The JS heap after GC after the 1st, the 10th and the
// 100th cycle: what a page that swaps episodes (a single-page app) keeps growing by, per cycle once
// warm (10th to 100th: caches filled once are not a leak). Reported, not gated
// (tests/leaks.test.ts is the gate for what removed elements leave registered).
import { episodeFile } from '../../generate.mjs';
import { heapAfterGc } from '../chrome.mjs';

export const CYCLES = 100;
const WARM = 10;

export default {
  name: 'cycles',
  title: `Mount and unmount ${CYCLES} times (a full provider page)`,
  sizeLabel: 'segments',
  sizes: () => [1000],
  metrics: [
    { key: 'heapFirst', label: 'JS heap after GC, after 1 cycle', unit: 'MB' },
    { key: 'heapWarm', label: `JS heap after GC, after ${WARM} cycles`, unit: 'MB' },
    { key: 'heapAfter', label: `JS heap after GC, after ${CYCLES} cycles`, unit: 'MB' },
    { key: 'heapPerCycle', label: `JS heap growth per cycle, cycles ${WARM + 1}–${CYCLES}`, unit: 'kB' },
    { key: 'elements', label: `DOM elements left after ${CYCLES} cycles`, unit: 'count' },
    { key: 'cycle', label: 'one cycle (mount until drawn, then remove): median', unit: 'ms' },
  ],

  async runRep({ page, size }) {
    await page.evaluate((url) => window.bench.load(url), `/data/${episodeFile(size)}`);
    const first = await page.evaluate(() => window.bench.cycles(1));
    const heapFirst = await heapAfterGc(page);
    const warm = await page.evaluate((n) => window.bench.cycles(n), WARM - 1);
    const heapWarm = await heapAfterGc(page);
    const rest = await page.evaluate((n) => window.bench.cycles(n), CYCLES - WARM);
    const heapAfter = await heapAfterGc(page);
    const elements = await page.evaluate(() => window.bench.elements());
    const times = [...first.times, ...warm.times, ...rest.times].sort((a, b) => a - b);
    return {
      heapFirst: heapFirst / 1048576,
      heapWarm: heapWarm / 1048576,
      heapAfter: heapAfter / 1048576,
      heapPerCycle: (heapAfter - heapWarm) / 1024 / (CYCLES - WARM),
      elements,
      cycle: times[Math.floor(times.length / 2)],
    };
  },
};

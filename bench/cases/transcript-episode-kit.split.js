// node bench/cases/transcript-episode-kit.split.js [sizes…]
// The two halves of episode-kit's first render, which the transcript suite reports as one figure:
// the provider parsing the file and finding mentions, then <transcript-view> rendering its first
// laid-out rows from the normalized episode. Same page, data and browser as `npm run bench`.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureData, episodeFile } from '../generate.mjs';
import { launch } from '../lib/chrome.mjs';
import { openCase } from '../lib/cases.mjs';
import { startServer } from '../lib/server.mjs';
import { median } from '../lib/stats.mjs';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const list = sizes.length ? sizes : [1000, 5000, 20000];
const reps = 5;
ensureData({ transcriptSizes: list, graphSizes: [], log: () => {} });
const server = await startServer({ '/bench/': benchDir, '/data/': join(benchDir, '.data'), '/dist/': join(benchDir, '..', 'dist') });
const { browser } = await launch();
const testCase = { file: 'transcript-episode-kit.mjs', url: '/bench/cases/transcript-episode-kit.page.js' };
console.log('| segments | parse + mentions (provider) ms | first render (view) ms | total ms | rows in DOM | elements |');
console.log('|--:|--:|--:|--:|--:|--:|');
try {
  for (const size of list) {
    const runs = [];
    for (let rep = 0; rep < reps; rep++) {
      const opened = await openCase(browser, server.origin, testCase);
      await opened.page.evaluate((url) => window.bench.load(url), `/data/${episodeFile(size)}`);
      const { firstRender } = await opened.page.evaluate(() => window.bench.transcriptMount());
      const split = await opened.page.evaluate(() => window.transcriptSplit);
      const rows = await opened.page.evaluate(() => document.querySelector('transcript-view').shadowRoot.querySelectorAll('[part~="segment"]').length);
      const elements = await opened.page.evaluate(() => window.bench.elements());
      runs.push({ ...split, firstRender, rows, elements });
      await opened.close();
    }
    const m = (key) => median(runs.map((r) => r[key]));
    console.log(`| ${size} | ${m('parse').toFixed(1)} | ${m('render').toFixed(1)} | ${m('firstRender').toFixed(1)} | ${m('rows')} | ${m('elements')} |`);
  }
} finally {
  await browser.close();
  await server.close();
}

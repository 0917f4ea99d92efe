// Every story of the built Storybook (storybook-static/, `npm run build-storybook`) opened in
// Chromium: a story fails on a console error, an uncaught error or a failed render, and on any
// axe-core violation once its episode is shown. Run by .ci/run after build-storybook.
//   node scripts/check-storybook.mjs [--dir storybook-static] [--only <story id substring>] [--jobs 2]
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { LAUNCH_ARGS, findChromium } from '../bench/lib/chrome.mjs';
import { serve } from './serve.mjs';

const argValue = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const dir = argValue('--dir', 'storybook-static');
const only = argValue('--only', '');
/** Stories checked side by side: two keep the run under two minutes on two cores. */
const JOBS = Number(argValue('--jobs', '2'));
/**
 * How long a story may take to show its episode (a 20,000-segment transcript, a 2,000-node graph's
 * first frame) on a busy 2-core machine. Motion is not reduced: a large graph then draws its
 * first frame while it settles, instead of only once at rest.
 */
const SETTLE_TIMEOUT_MS = 60_000;

/**
 * Console errors a story causes on purpose, by story id. Chromium logs every failed request as an
 * error; a story that shows the error box for a missing file makes one.
 */
const EXPECTED_CONSOLE_ERRORS = {
  'elements-episode-provider--missing': [/status of 404/],
  // The fixture feed's show art is on example.com, which an offline CI machine cannot resolve.
  'elements-episode-provider--from-a-feed': [/Failed to load resource.*\(https:\/\/example\.com\//],
};
/** Chromium asks every origin for /favicon.ico on its own; Storybook's iframe page names none. */
const BROWSER_OWN_REQUESTS = [/Failed to load resource.*\/favicon\.ico\)$/];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function storyIds() {
  const indexFile = `${dir}/index.json`;
  if (!existsSync(indexFile)) {
    console.error(`check-storybook: no ${indexFile}: run \`npm run build-storybook\` first`);
    process.exit(1);
  }
  const { entries } = JSON.parse(readFileSync(indexFile, 'utf8'));
  return Object.values(entries)
    .filter((entry) => entry.type === 'story' && entry.id.includes(only))
    .map((entry) => entry.id);
}

/**
 * Resolves once the story has rendered and every episode-kit element in it (in any shadow root)
 * has finished loading: no `part="loading"` left, every graph drawn. Runs in the page.
 */
async function waitUntilSettled(timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const allElements = (root, found = []) => {
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) allElements(element.shadowRoot, found);
    }
    return found;
  };
  const stillLoading = () => allElements(document).some((element) => element.part?.contains('loading'));
  while (!document.body.classList.contains('sb-show-main') && !document.body.classList.contains('sb-show-errordisplay')) {
    if (performance.now() > deadline) return 'the story did not render';
    await frame();
  }
  if (document.body.classList.contains('sb-show-errordisplay')) {
    return `the story failed to render: ${document.querySelector('#error-message')?.textContent ?? ''}`.trim();
  }
  const elements = allElements(document).filter((element) => element.localName.includes('-'));
  await Promise.all(elements.map((element) => customElements.whenDefined(element.localName)));
  await Promise.all(elements.map((element) => element.updateComplete));
  while (stillLoading()) {
    if (performance.now() > deadline) return `still loading after ${timeoutMs / 1000} s`;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const graphs = allElements(document).filter((element) => element.localName === 'knowledge-graph' && element.drawn);
  const timedOut = Symbol('timed out');
  const drawn = await Promise.race([
    Promise.all(graphs.map((graph) => graph.drawn)),
    new Promise((resolve) => setTimeout(() => resolve(timedOut), Math.max(0, deadline - performance.now()))),
  ]);
  if (drawn === timedOut) return `a knowledge graph was not drawn within ${timeoutMs / 1000} s`;
  await frame();
  await frame();
  return '';
}

/** axe-core over the story's root, shadow roots included; page-level rules belong to Storybook's iframe page, not the story. */
async function axeViolations() {
  const results = await window.axe.run({ include: ['#storybook-root'] }, { resultTypes: ['violations'] });
  return results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    targets: violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)),
    count: violation.nodes.length,
  }));
}

async function checkStory(browser, origin, id) {
  const problems = [];
  const expected = EXPECTED_CONSOLE_ERRORS[id] ?? [];
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = `${message.text()}${message.location()?.url ? ` (${message.location().url})` : ''}`;
    const allowed = [...expected, ...BROWSER_OWN_REQUESTS];
    if (!allowed.some((pattern) => pattern.test(text))) problems.push(`console error: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  try {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'load' });
    const notSettled = await page.evaluate(waitUntilSettled, SETTLE_TIMEOUT_MS);
    if (notSettled) problems.push(notSettled);
    await page.evaluate(axeSource);
    for (const violation of await page.evaluate(axeViolations)) {
      problems.push(`axe ${violation.id} (${violation.count}): ${violation.help} at ${violation.targets.join(', ')}`);
    }
  } catch (error) {
    problems.push(`could not be checked: ${error.message}`);
  } finally {
    await page.close();
  }
  return problems;
}

const started = performance.now();
const ids = storyIds();
// Cached: each story's page would otherwise fetch and compile Storybook's 1 MB bundle again.
const server = await serve({ root: dir, immutable: true });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: LAUNCH_ARGS });
let failed = 0;
/** Checks stories from the shared queue one after another; `JOBS` of these run side by side. */
async function worker(queue) {
  for (let id = queue.shift(); id; id = queue.shift()) {
    const storyStarted = performance.now();
    const problems = await checkStory(browser, origin, id);
    const took = `${((performance.now() - storyStarted) / 1000).toFixed(1)} s`;
    if (problems.length) {
      failed += 1;
      console.log(`✗ ${id} (${took})`);
      for (const problem of problems) console.log(`    ${problem}`);
    } else {
      console.log(`✓ ${id} (${took})`);
    }
  }
}
try {
  const queue = [...ids];
  await Promise.all(Array.from({ length: JOBS }, () => worker(queue)));
} finally {
  await browser.close();
  server.close();
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(`check-storybook: ${ids.length - failed} passed, ${failed} failed (${ids.length} stories, ${seconds} s)`);
if (!ids.length) console.error('check-storybook: no stories found');
process.exit(failed || !ids.length ? 1 : 0);

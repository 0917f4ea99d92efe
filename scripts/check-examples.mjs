// The four examples in examples/, as a user runs them: the two CDN pages served from this
// repository's dist/, and the Vite and React apps copied outside the repository, installed from the
// npm registry plus the packed tarball (as check-pack's scratch app is) and built. Each page is then
// loaded in headless Chromium from 127.0.0.1; any console error, page error or failed request fails
// the check, and so does a widget that did not render what the episode holds.
// Run by .ci/run after check-pack (which built dist/): it packs that dist/ without building again.
//   node scripts/check-examples.mjs [--keep] [--only NAME,…]   (--keep leaves the app copies for a look)
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
// puppeteer-core as the test runner's Chromium launcher ships it (a devDependency already).
import { puppeteerCore } from '@web/test-runner-chrome';
import { findChromium } from '../bench/lib/chrome.mjs';
import { packTarball } from './scratch-app.mjs';
import { serve } from './serve.mjs';

const started = performance.now();
const EPISODE = JSON.parse(readFileSync('examples/episode/episode.json', 'utf8'));
const WAIT_MS = 30_000;

if (!existsSync('dist/cdn/episode-kit.js')) {
  console.error('check-examples: no dist/ (run `npm run build` or scripts/check-pack.mjs first)');
  process.exit(1);
}

/** Runs a command without blocking the others (the two apps install and build side by side). */
function runAsync(cmd, args, cwd) {
  const since = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        console.log(`  ${basename(cwd)}: ${cmd} ${args.join(' ')}: ${((performance.now() - since) / 1000).toFixed(1)} s`);
        resolve();
      } else {
        process.stderr.write(output);
        reject(new Error(`${cmd} ${args.join(' ')} failed (exit ${code}) in ${cwd}`));
      }
    });
  });
}

/** A copy of examples/<name> outside the repository (beside the shared episode), the tarball installed, built. */
async function installApp(name, tarball, into) {
  const dir = join(into, name);
  cpSync(join('examples', name), dir, { recursive: true, filter: (path) => !/\/(node_modules|dist|package-lock\.json)$/.test(path) });
  const pkgPath = join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  // The one change from what a user has: this build of episode-kit instead of the published one.
  pkg.dependencies['episode-kit'] = `file:${tarball.path}`;
  writeFileSync(pkgPath, JSON.stringify(pkg, null, 2));
  await runAsync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  await runAsync('npm', ['run', 'build'], dir);
  return join(dir, 'dist');
}

async function origin(root) {
  const server = await serve({ root });
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

// In the page: every element matching `selector` in the document and in every shadow root under it.
function deepAll(selector, root = document) {
  const found = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll(selector, el.shadowRoot));
  return found;
}

/** In the page: how many of the graph's nodes are selected. */
function selectedNodes() {
  return deepAll('[part~="node"][part~="selected"]', document.querySelector('knowledge-graph').shadowRoot).length;
}

/** In the page: how many shadow elements with part `part` the first `tag` holds. */
function partCount(tag, part) {
  const host = document.querySelector(tag);
  return host?.shadowRoot ? deepAll(`[part~="${part}"]`, host.shadowRoot).length : 0;
}

const chapters = EPISODE.chapters.length;
const entities = EPISODE.entities.length;

/** What each example must show. `expect` lists [tag, part, how many (at least, unless exact)]. */
const EXAMPLES = [
  {
    name: 'drop-in.html',
    path: '/examples/drop-in.html',
    expect: [
      ['key-moments', 'moment', chapters, 'exact'],
      ['knowledge-graph', 'node', entities, 'exact'],
      ['transcript-view', 'segment', 1],
      ['episode-summary', 'point', 1],
      ['episode-topics', 'topic', EPISODE.topics.length, 'exact'],
      ['entity-list', 'entity', entities, 'exact'],
    ],
    seeks: 'audio#player',
  },
  {
    name: 'graph-only.html',
    path: '/examples/graph-only.html',
    expect: [['knowledge-graph', 'node', entities, 'exact']],
    undefinedTags: ['episode-provider', 'key-moments', 'transcript-view'],
  },
  {
    name: 'custom-layout',
    app: 'custom-layout',
    expect: [
      ['key-moments', 'moment', chapters, 'exact'],
      ['knowledge-graph', 'node', entities, 'exact'],
      ['transcript-view', 'segment', 1],
      ['episode-summary', 'point', 1],
    ],
    undefinedTags: ['entity-list', 'episode-topics'],
    seeks: 'audio#player',
    // Themed from the outside only: the app's own --ek-* value reaches inside the shadow root.
    // and its ::part rule styles the shadow part.
    themed: { tag: 'key-moments', property: '--ek-color-accent', value: '#b4236b', part: 'time', css: 'color', rgb: 'rgb(180, 35, 107)' },
  },
  {
    name: 'react',
    app: 'react',
    expect: [
      ['key-moments', 'moment', chapters, 'exact'],
      ['knowledge-graph', 'node', entities, 'exact'],
      ['transcript-view', 'segment', 1],
    ],
    seeks: 'audio#player',
    // The typed `onseek` handler put the time in React state, which React rendered.
    reactSeek: '#last-seek',
    // A mention chosen in the transcript reaches React's state (`onentity-select`), and React's
    // Clear reaches the widgets (the provider's `selectedEntity` prop).
    reactSelect: { shown: '#selected', clear: '#clear' },
  },
];

// The browser asks for /favicon.ico by itself; the examples have none, as most pages in a folder do not.
function isFavicon(url = '') {
  return new URL(url, 'http://x').pathname === '/favicon.ico';
}

async function checkPage(browser, example, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !isFavicon(message.location()?.url)) problems.push(`console error: ${message.text()} (${message.location()?.url ?? ''})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A media element cancels its own range requests as it seeks: not a failure a user sees.
    if (request.resourceType() === 'media' && request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (isFavicon(response.url())) return;
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  const step = async (what, fn) => {
    try {
      await fn();
      return true;
    } catch (error) {
      problems.push(`${what}: ${error.message.split('\n')[0]}`);
      return false;
    }
  };
  if (!(await step('load', () => page.goto(url, { waitUntil: 'load', timeout: WAIT_MS })))) {
    await page.close();
    return problems;
  }
  await page.evaluate(`${deepAll}; ${partCount}; ${selectedNodes}; window.__ek = { deepAll, partCount, selectedNodes };`);
  // All at once: a page that shows nothing fails in one wait, not one per widget.
  const shown = await Promise.all(
    example.expect.map(([tag, part, count, exact]) =>
      step(`<${tag}> shows ${exact ? '' : 'at least '}${count} part="${part}"`, () =>
        page.waitForFunction(
          (tag, part, count, exact) => {
            const n = window.__ek.partCount(tag, part);
            return exact ? n === count : n >= count;
          },
          { timeout: WAIT_MS },
          tag,
          part,
          count,
          Boolean(exact),
        ),
      ),
    ),
  );
  if (!shown.every(Boolean)) {
    await page.close();
    return problems;
  }
  for (const tag of example.undefinedTags ?? []) {
    if (await page.evaluate((tag) => customElements.get(tag) !== undefined, tag)) problems.push(`<${tag}> is defined, though the example does not use it`);
  }
  if (example.themed) {
    const { tag, property, value, part, css, rgb } = example.themed;
    const [seen, styled] = await page.evaluate(
      (tag, property, part, css) => {
        const inside = document.querySelector(tag).shadowRoot.querySelector(`[part~="${part}"]`);
        const style = getComputedStyle(inside);
        return [style.getPropertyValue(property).trim(), style.getPropertyValue(css)];
      },
      tag,
      property,
      part,
      css,
    );
    if (seen !== value) problems.push(`${property} inside <${tag}> is "${seen}", not the app's "${value}"`);
    if (styled !== rgb) problems.push(`${tag}::part(${part}) has ${css} ${styled}, not the app's ${rgb}`);
  }
  if (example.seeks) {
    // Choosing the third moment seeks the page's audio there, through the provider.
    const target = EPISODE.chapters[2].start;
    await step(`choosing a moment seeks ${example.seeks} to ${target} s`, async () => {
      await page.evaluate(() => document.querySelector('key-moments').shadowRoot.querySelectorAll('[part~="moment"]')[2].click());
      await page.waitForFunction(
        (selector, target) => Math.abs(document.querySelector(selector).currentTime - target) < 0.5,
        { timeout: WAIT_MS },
        example.seeks,
        target,
      );
    });
    if (example.reactSeek) {
      await step(`React shows the seek in ${example.reactSeek}`, () =>
        page.waitForFunction(
          (selector, target) => document.querySelector(selector)?.textContent?.includes(String(target)),
          { timeout: WAIT_MS },
          example.reactSeek,
          target,
        ),
      );
    }
  }
  if (example.reactSelect) await checkReactSelection(page, example.reactSelect, step);
  await page.close();
  return problems;
}

async function checkReactSelection(page, { shown, clear }, step) {
  const id = await page.evaluate(() => {
    const mention = document.querySelector('transcript-view').shadowRoot.querySelector('[part~="mention"]');
    mention.click();
    return mention.dataset.entity;
  });
  await step(`a mention of ${id} chosen in the transcript shows in React (${shown}) and selects its graph node`, () =>
    page.waitForFunction(
      (shown, id) => document.querySelector(shown).textContent === id && window.__ek.selectedNodes() === 1,
      { timeout: WAIT_MS },
      shown,
      id,
    ),
  );
  await page.click(clear);
  await step(`React's ${clear} clears the graph's selection`, () =>
    page.waitForFunction(() => window.__ek.selectedNodes() === 0, { timeout: WAIT_MS }),
  );
}

const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1].split(',') : undefined;
const checked = EXAMPLES.filter((example) => !only || only.includes(example.name));

const apps = checked.filter((e) => e.app).map((e) => e.app);
const tarball = apps.length ? packTarball({ ignoreScripts: true }) : undefined;
const scratch = mkdtempSync(join(tmpdir(), 'ek-examples-'));
const roots = {};
const failures = [];
let browser;
try {
  roots[''] = await origin('.');
  if (apps.length) {
    console.log(`check-examples: installing and building ${apps.join(', ')}`);
    cpSync('examples/episode', join(scratch, 'episode'), { recursive: true });
  }
  await Promise.all(
    apps.map(async (app) => {
      try {
        roots[app] = await origin(await installApp(app, tarball, scratch));
      } catch (error) {
        failures.push(`${app}: ${error.message}`);
      }
    }),
  );
  browser = await puppeteerCore.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      '--autoplay-policy=no-user-gesture-required', '--mute-audio', '--disable-audio-output',
      // The examples need nothing from outside this machine: a request elsewhere fails at once.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  for (const example of checked) {
    const root = roots[example.app ?? '']?.url;
    if (!root) continue;
    const url = `${root}${example.path ?? '/'}`;
    const shown = performance.now();
    const problems = await checkPage(browser, example, url);
    console.log(`check-examples: ${example.name}: ${problems.length ? 'FAILED' : 'ok'} (${((performance.now() - shown) / 1000).toFixed(1)} s)`);
    failures.push(...problems.map((p) => `${example.name}: ${p}`));
  }
} finally {
  await browser?.close();
  for (const { server } of Object.values(roots)) server.close();
}

if (failures.length) {
  console.error(`check-examples failed (the apps stay in ${scratch}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
if (!process.argv.includes('--keep')) {
  rmSync(scratch, { recursive: true, force: true });
  if (tarball) rmSync(dirname(tarball.path), { recursive: true, force: true });
}
console.log(`check-examples: ${checked.length} examples installed, built and loaded in Chromium in ${((performance.now() - started) / 1000).toFixed(1)} s`);

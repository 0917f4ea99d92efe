// The case registry: every bench/cases/*.mjs (not *.page.js) is one library in one suite.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const EPISODE_KIT = 'episode-kit';

export async function loadCases(casesDir, context) {
  const files = readdirSync(casesDir).filter((name) => name.endsWith('.mjs')).sort();
  const cases = [];
  for (const file of files) {
    const descriptor = (await import(pathToFileURL(join(casesDir, file)).href)).default;
    if (!descriptor?.suite || !descriptor?.library || !descriptor?.page) {
      throw new Error(`bench/cases/${file}: the default export needs suite, library and page`);
    }
    let unavailable = null;
    if (descriptor.available) {
      const answer = await descriptor.available(context);
      if (answer !== true) unavailable = typeof answer === 'string' ? answer : 'not available';
    }
    cases.push({
      ...descriptor,
      file,
      url: `/bench/cases/${descriptor.page}`,
      isEpisodeKit: descriptor.library === EPISODE_KIT,
      unavailable,
    });
  }
  return cases;
}

/** A fresh context and page per repetition, so no run inherits another's heap or caches. */
export async function openCase(browser, origin, testCase) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${origin}/bench/pages/case.html?case=${encodeURIComponent(testCase.url)}`);
  await page.waitForFunction(() => window.bench && (window.bench.ready || window.bench.error), null, { timeout: 30000 });
  const error = await page.evaluate(() => window.bench.error);
  if (error) {
    await context.close();
    throw new Error(`${testCase.file}: ${error}`);
  }
  return { page, errors, close: () => context.close() };
}

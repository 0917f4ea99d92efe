// The system Chromium, driven by playwright-core (no browser is downloaded).
import { existsSync } from 'node:fs';

export const LAUNCH_ARGS = ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium',
    '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`no Chromium found (tried ${candidates.join(', ')}); set CHROME_PATH`);
  return found;
}

export async function launch() {
  const { chromium } = await import('playwright-core');
  const executablePath = findChromium();
  const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS, headless: true });
  return { browser, executablePath, version: browser.version() };
}

/** JS heap in use after a full garbage collection (CDP), in bytes. */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

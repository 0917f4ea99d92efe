// @web/test-runner: the browser test suite, in Debian's Chromium (default) or Firefox ESR
// (`--firefox` through scripts/test.mjs, or WTR_BROWSER=firefox).
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { hangingMiddleware, slowHeadMiddleware } from './scripts/hanging.mjs';
import { ISOLATED } from './scripts/isolated-tests.mjs';
import { openRequestsMiddleware } from './scripts/open-requests.mjs';
import { silentWavMiddleware } from './scripts/silent-wav.mjs';
import { strictCspMiddleware } from './scripts/strict-csp.mjs';

const wantFirefox = process.env.WTR_BROWSER === 'firefox';

function findBrowser(envName, candidates, hint) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (!existsSync(fromEnv)) fail(`${envName}=${fromEnv} does not exist. ${hint}`);
    return fromEnv;
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) fail(`No browser found (looked at ${candidates.join(', ')}). ${hint}`);
  return found;
}

function fail(message) {
  console.error(`episode-kit tests: ${message}`);
  process.exit(1);
}

const chromeFlags = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--autoplay-policy=no-user-gesture-required',
  '--mute-audio',
  // A fake audio sink: a CI machine has no sound device, and waiting on one is no test of ours.
  '--disable-audio-output',
  // Tests run in several tabs at once: keep background tabs' timers and media working.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-background-media-suspend',
  // No 1-per-minute wake-ups for timers of pages hidden 5 minutes (a long run's first tabs).
  '--disable-features=IntensiveWakeUpThrottling',
  // Tests never reach the network: every host but this machine's fails at once, the same on any
  // machine (a fetch to an outside host must not hang on a network that drops packets).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

const browsers = wantFirefox
  ? [
      puppeteerLauncher({
        launchOptions: {
          browser: 'firefox',
          headless: true,
          executablePath: findBrowser(
            'FIREFOX_PATH',
            ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'],
            'Install it with `apt-get install -y firefox-esr` or set FIREFOX_PATH.',
          ),
          extraPrefsFirefox: {
            'media.autoplay.default': 0,
            'media.autoplay.blocking_policy': 0,
            // As Chromium's --disable-background-timer-throttling: a test page that is not the
            // front tab keeps its timers (Firefox clamps them to 1 s and more, then delays them by
            // a budget; a run of the media-error tests once sat idle for minutes) and its media.
            'dom.min_background_timeout_value': 4,
            'dom.timeout.enable_budget_throttling': false,
            'dom.timeout.throttling_delay': -1,
            'media.block-autoplay-until-in-foreground': false,
            'media.suspend-background-video.enabled': false,
            // As in Chromium: outside hosts fail at once (through a proxy that refuses), localhost does not.
            'network.proxy.type': 1,
            'network.proxy.http': '127.0.0.1',
            'network.proxy.http_port': 9,
            'network.proxy.ssl': '127.0.0.1',
            'network.proxy.ssl_port': 9,
            'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
            'network.proxy.allow_hijacking_localhost': false,
          },
        },
        concurrency: 1,
      }),
    ]
  : [
      chromeLauncher({
        launchOptions: {
          executablePath: findBrowser(
            'CHROME_PATH',
            ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
            'Install it with `apt-get install -y chromium` or set CHROME_PATH.',
          ),
          args: chromeFlags,
        },
      }),
    ];

export default {
  rootDir: '.',
  // scripts/test.mjs runs the ISOLATED files in a browser of their own, after these.
  files: ['tests/**/*.test.ts', ...ISOLATED.map((file) => `!${file}`)],
  nodeResolve: true,
  // One tab at a time: Chromium defers media loading in tabs that have never been visible.
  concurrency: 1,
  browsers,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  // scripts/test.mjs gives the isolated files less (EK_FINISH_TIMEOUT): see isolated-tests.mjs.
  testsFinishTimeout: Number(process.env.EK_FINISH_TIMEOUT) || 600000,
  browserStartTimeout: 60000,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
  middleware: [openRequestsMiddleware, silentWavMiddleware, strictCspMiddleware, hangingMiddleware, slowHeadMiddleware],
  // Every test page first loads a script that unloads the media elements tests removed (each holds
  // a connection to this server until collected; six per host, then the page's requests queue).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script src="/tests/helpers/release-media.js"></script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};

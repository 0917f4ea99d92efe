// `npm test` (Chromium, with coverage) and `npm run test:firefox`: builds what the tests load
// (the CDN bundle and the CLI), runs the browser suite, then the CLI's Node tests
// (tests/cli/*.test.mjs, which run dist/cli as a user would), and ends with one
// `N passed, N failed` line for both. Extra arguments go to web-test-runner; with `--files`
// (one browser file) or in Firefox, only the browser suite runs. `--cli` runs only the Node tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ISOLATED } from './isolated-tests.mjs';

const args = process.argv.slice(2);
const firefox = args.includes('--firefox');
const cliOnly = args.includes('--cli');
const passThrough = args.filter((a) => a !== '--firefox' && a !== '--cli');
const browser = !cliOnly;
const cli = cliOnly || (!firefox && !passThrough.includes('--files'));

function run(cmd, cmdArgs, env = {}) {
  const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The CLI alone is a quick tsc build of src/cli and the src/episode code it uses; with
// EK_SKIP_BUILD (CI, after `npm run build`) the dist that build made is used.
if (!process.env.EK_SKIP_BUILD) {
  if (browser) run('node', ['scripts/build.mjs', '--cdn-only']);
  if (cli) run('npx', ['tsc', '-p', 'tsconfig.cli.json']);
} else if (cli && !existsSync('dist/cli/index.js')) {
  run('npx', ['tsc', '-p', 'tsconfig.cli.json']);
}

const countsDir = mkdtempSync(join(tmpdir(), 'ek-test-'));
const readCounts = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // A run that ended before counting (no browser, a crash) is a failure.
    return { passed: 0, failed: 1, skipped: 0 };
  }
};
const total = { passed: 0, failed: 0, skipped: 0 };
let status = 0;
const add = (counts, exitStatus) => {
  for (const key of Object.keys(total)) total[key] += counts[key] ?? 0;
  if (exitStatus !== 0 || counts.failed) status = exitStatus || 1;
};

if (browser) {
  const file = join(countsDir, 'browser.json');
  const result = spawnSync(
    'npx',
    ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...(firefox ? [] : ['--coverage']), ...passThrough],
    { stdio: 'inherit', env: { ...process.env, EK_COUNTS_FILE: file, ...(firefox ? { WTR_BROWSER: 'firefox' } : {}) } },
  );
  add(readCounts(file), result.status ?? 1);
  // Files that run in a browser of their own (ISOLATED, see scripts/isolated-tests.mjs), unless
  // the run was given its own --files or EK_SKIP_ISOLATED=1. A run of them that hangs (the page
  // idle, nothing reported within EK_FINISH_TIMEOUT) prints the requests still open and runs
  // once more in a fresh browser; a failed test, or a second hang, fails the run.
  if (!passThrough.includes('--files') && !process.env.EK_SKIP_ISOLATED) {
    for (let attempt = 1; attempt <= 2; attempt++) {
      const isolatedFile = join(countsDir, `isolated-${attempt}.json`);
      const isolated = spawnSync(
        'npx',
        ['web-test-runner', '--config', 'web-test-runner.config.mjs', '--files', ...ISOLATED, ...passThrough],
        {
          stdio: 'inherit',
          env: { ...process.env, EK_COUNTS_FILE: isolatedFile, EK_FINISH_TIMEOUT: process.env.EK_ISOLATED_FINISH_TIMEOUT ?? '120000', ...(firefox ? { WTR_BROWSER: 'firefox' } : {}) },
        },
      );
      const counts = readCounts(isolatedFile);
      if (attempt === 1 && counts.hung && !(counts.failed > counts.hung)) {
        console.log(`\nThe isolated files hung (${ISOLATED.join(', ')}): the known hang of scripts/isolated-tests.mjs. Running them once more.`);
        continue;
      }
      add(counts, isolated.status ?? 1);
      break;
    }
  }
}

if (cli) {
  const file = join(countsDir, 'cli.json');
  const tests = readdirSync('tests/cli')
    .filter((name) => name.endsWith('.test.mjs'))
    .map((name) => join('tests/cli', name));
  const result = spawnSync(
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-count-reporter.mjs',
      `--test-reporter-destination=${file}`,
      ...tests,
    ],
    { stdio: 'inherit' },
  );
  add(readCounts(file), result.status ?? 1);
}

rmSync(countsDir, { recursive: true, force: true });
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(status);

// `npm test` (Chromium, with coverage) and `npm run test:firefox`: builds what the tests load
// (the CDN bundle), then runs the browser suite. Extra arguments go to web-test-runner.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const firefox = args.includes('--firefox');
const passThrough = args.filter((a) => a !== '--firefox');

function run(cmd, cmdArgs, env = {}) {
  const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!process.env.EK_SKIP_BUILD) run('node', ['scripts/build.mjs', '--cdn-only']);
run(
  'npx',
  ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...(firefox ? [] : ['--coverage']), ...passThrough],
  firefox ? { WTR_BROWSER: 'firefox' } : {},
);

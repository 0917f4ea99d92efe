// `npm run build`: the npm modules (tsc: ESM + .d.ts per file), the CLI (dist/cli, built without
// the DOM's types), the CDN bundles (rollup), the JSON Schema and the custom elements manifest.
// `--cdn-only` builds just the CDN bundles.
// Each step says what it is doing: `npm start` and `npm pack` run this, and a minute of silence
// reads as a hang.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

const cdnOnly = process.argv.includes('--cdn-only');
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function run(label, cmd, args) {
  const stepStarted = performance.now();
  console.log(`build: ${label}…`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${cmd} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`build: ${label}: ${seconds(stepStarted)}`);
}

if (!cdnOnly) {
  rmSync('dist', { recursive: true, force: true });
  run('ESM modules and .d.ts (tsc)', 'npx', ['tsc', '-p', 'tsconfig.json']);
  run('the CLI (tsc, without DOM types)', 'npx', ['tsc', '-p', 'tsconfig.cli.json']);
  mkdirSync('dist', { recursive: true });
  copyFileSync('src/episode.schema.json', 'dist/episode.schema.json');
  console.log('build: dist/episode.schema.json');
  // Globs, plugins and outdir: custom-elements-manifest.config.mjs.
  run('custom-elements.json', 'npx', ['cem', 'analyze']);
}
// Chunk names carry content hashes: clear the old ones so dist/cdn holds only what this build made.
rmSync('dist/cdn', { recursive: true, force: true });
run('CDN bundles in dist/cdn (rollup)', 'npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
console.log(`build: done in ${seconds(started)}`);

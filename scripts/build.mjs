// `npm run build`: the npm modules (tsc: ESM + .d.ts per file), the CLI (dist/cli, built without
// the DOM's types), the CDN bundles (rollup), the JSON Schema and the custom elements manifest.
// `--cdn-only` builds just the CDN bundles.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

const cdnOnly = process.argv.includes('--cdn-only');

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${cmd} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

if (!cdnOnly) {
  rmSync('dist', { recursive: true, force: true });
  run('npx', ['tsc', '-p', 'tsconfig.json']);
  run('npx', ['tsc', '-p', 'tsconfig.cli.json']);
  mkdirSync('dist', { recursive: true });
  copyFileSync('src/episode.schema.json', 'dist/episode.schema.json');
  run('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/components/**/*.ts', 'src/widget/episode-widget.ts', '--exclude', 'src/**/*.styles.ts', '--outdir', 'dist']);
}
// Chunk names carry content hashes: clear the old ones so dist/cdn holds only what this build made.
rmSync('dist/cdn', { recursive: true, force: true });
run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);

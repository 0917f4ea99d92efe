// A scratch app outside the repository that uses episode-kit the way a user's project does:
// `npm pack` (its `prepack` runs the full build), then a new npm project in a temp directory that
// installs the tarball from the file, with the tools a user would have (Vite, TypeScript as
// TOOLCHAIN.md pins them). Used by scripts/check-pack.mjs; the demo's examples build with it too:
//
//   const tarball = packTarball();
//   const app = scratchApp({ tarball, files: { 'index.html': '…', 'main.ts': '…' } });
//   app.run('npx', ['vite', 'build']);
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));

/** What a scratch app installs beside the tarball: the versions the repository itself uses. */
export const TOOLS = {
  vite: pkg.devDependencies.vite,
  typescript: pkg.devDependencies.typescript,
};

function seconds(since) {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/** Runs a command, its output shown; throws (naming the command) when it fails. */
export function run(cmd, args, { cwd = repo, quiet = false, env = {} } = {}) {
  const started = performance.now();
  const result = spawnSync(cmd, args, {
    cwd,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${result.status}) in ${cwd}`);
  }
  console.log(`  ${cmd} ${args.join(' ')}: ${seconds(started)}`);
  return result.stdout ?? '';
}

/**
 * Packs the package into `into` (a temp directory by default) and returns the tarball's path.
 * `ignoreScripts` skips `prepack` (the full build) when dist/ was just built.
 */
export function packTarball({ into = mkdtempSync(join(tmpdir(), 'ek-pack-')), ignoreScripts = false } = {}) {
  const args = ['pack', '--json', '--pack-destination', into, ...(ignoreScripts ? ['--ignore-scripts'] : [])];
  // npm prints prepack's output to stdout before the JSON: the JSON is the last thing it prints.
  const out = run('npm', args, { quiet: true });
  const json = JSON.parse(out.slice(out.lastIndexOf('\n[') + 1));
  const [{ filename, files }] = json;
  return { path: join(into, filename), files: files.map((f) => f.path) };
}

/**
 * A new npm project in a temp directory with `files` (path → text) and the tarball installed.
 * `dependencies` adds others (name → version); Vite and TypeScript are there unless set to null.
 */
export function scratchApp({ tarball, files = {}, dependencies = {}, dir = mkdtempSync(join(tmpdir(), 'ek-app-')) }) {
  const deps = { 'episode-kit': `file:${tarball.path ?? tarball}` };
  const devDependencies = Object.fromEntries(
    Object.entries({ ...TOOLS, ...dependencies }).filter(([, version]) => version !== null),
  );
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'ek-scratch-app', private: true, type: 'module', dependencies: deps, devDependencies }, null, 2),
  );
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  // From npm's cache when it can: the tools are the repository's own, already downloaded.
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, quiet: true });
  return { dir, run: (cmd, args, options = {}) => run(cmd, args, { cwd: dir, ...options }) };
}

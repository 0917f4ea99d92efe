// `npm run bench`: episode-kit measured side by side with the libraries people would pick
// instead, in one run, in the system Chromium. See bench/README.md.
//
//   npm run bench                  every case, 5 repetitions
//   npm run bench -- --quick       smallest sizes, 2 repetitions (under a minute)
//   npm run bench -- --reps 9 --only graph,bundle --no-build
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = dirname(benchDir);
const distDir = join(repoRoot, 'dist');
const nodeModules = join(benchDir, 'node_modules');

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    reps: { type: 'string' },
    only: { type: 'string' },
    sizes: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log(`npm run bench [-- --quick] [--reps N] [--only transcript,graph,cycles,bundle] [--no-build] [--out FILE]
  --quick     smallest sizes, 2 repetitions
              (only a complete run, with none of --quick/--only/--sizes and 5+ reps, writes bench/results.md)
  --reps N    repetitions per library and size (default 5, at least 1)
  --only      run only these parts
  --sizes     run only these sizes, e.g. --sizes 1000,40
  --no-build  do not run \`npm run build\` when dist/cdn/episode-kit.js is missing
  --out FILE  where to write the report (default bench/results.md for a full run)`);
  process.exit(0);
}
const quick = options.quick;
const reps = Math.max(1, Number(options.reps ?? (quick ? 2 : 5)));
const sizeFilter = options.sizes ? new Set(options.sizes.split(',').map(Number)) : null;
const parts = new Set((options.only ?? 'transcript,graph,cycles,bundle').split(',').map((part) => part.trim()));
const startedAt = Date.now();
const log = (message) => process.stderr.write(`${message}\n`);

// 1. The benchmark's own dependencies: installed only here, never by the project's npm ci.
if (!existsSync(join(nodeModules, 'playwright-core'))) {
  log('bench: installing bench/ dependencies (npm install --prefix bench; no browser downloads)');
  const install = spawnSync('npm', ['install', '--prefix', benchDir, '--no-audit', '--no-fund'], {
    stdio: 'inherit',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  if (install.status !== 0) {
    log('bench: npm install --prefix bench failed');
    process.exit(1);
  }
}

const { ensureData } = await import('./generate.mjs');
const { loadCases, openCase } = await import('./lib/cases.mjs');
const { launch } = await import('./lib/chrome.mjs');
const { startServer } = await import('./lib/server.mjs');
const { measureBundles } = await import('./lib/bundles.mjs');
const { budgetTable, bundleTable, formatNumber, suiteTable } = await import('./lib/report.mjs');
const suites = [
  (await import('./lib/suites/transcript.mjs')).default,
  (await import('./lib/suites/graph.mjs')).default,
  (await import('./lib/suites/cycles.mjs')).default,
]
  .filter((suite) => parts.has(suite.name))
  .map((suite) => ({ ...suite, sizes: (o) => suite.sizes(o).filter((size) => !sizeFilter || sizeFilter.has(size)) }));

// 2. Ours, built if missing (the library may be mid-construction: a failed build is reported).
let build = null;
if (parts.has('bundle') && !existsSync(join(distDir, 'cdn', 'episode-kit.js')) && !options['no-build']) {
  log('bench: dist/cdn/episode-kit.js is missing; running npm run build at the repo root');
  const result = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  build = { ok: result.status === 0 };
  if (!build.ok) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-8).join('\n');
    log(`bench: npm run build failed; bundle rows for episode-kit are unavailable\n${output}`);
  }
}
const bundles = parts.has('bundle') ? { ...(await measureBundles({ distDir, nodeModules })), build } : null;

// 3. The same seeded data for everyone.
ensureData({
  transcriptSizes: [...new Set(suites.filter((s) => s.name === 'transcript' || s.name === 'cycles').flatMap((s) => s.sizes({ quick })))],
  graphSizes: suites.find((s) => s.name === 'graph')?.sizes({ quick }) ?? [],
  log: (message) => log(`bench: ${message}`),
});

// 4. Run every suite: for each size, each repetition runs every library once, in an order that
// rotates from one repetition to the next, so drift on a busy machine hits everyone alike.
const results = {};
let chromiumVersion = '—';
if (suites.length) {
  const server = await startServer({ '/bench/': benchDir, '/data/': join(benchDir, '.data'), '/dist/': distDir });
  const { browser, version, executablePath } = await launch();
  chromiumVersion = `${version} (${executablePath})`;
  try {
    const cases = await loadCases(join(benchDir, 'cases'), { repoRoot, distDir, benchDir });
    for (const suite of suites) {
      const suiteCases = cases.filter((c) => c.suite === suite.name);
      const libraries = ['episode-kit', ...new Set(suiteCases.map((c) => c.library).filter((l) => l !== 'episode-kit'))];
      const sizeList = suite.sizes({ quick });
      const result = { sizeLabel: suite.sizeLabel, sizeList, libraries, sizes: {} };
      results[suite.name] = result;
      const runnable = suiteCases.filter((c) => !c.unavailable);
      for (const size of sizeList) {
        const row = (result.sizes[size] = {});
        for (const c of suiteCases) row[c.library] = { reps: [], errors: [], unavailable: c.unavailable };
        for (let rep = 0; rep < reps; rep++) {
          const order = runnable.map((_, i) => runnable[(i + rep) % runnable.length]);
          for (const testCase of order) {
            const cellData = row[testCase.library];
            const label = `${suite.name} ${size} ${testCase.library} rep ${rep + 1}/${reps}`;
            let opened;
            try {
              opened = await openCase(browser, server.origin, testCase);
              const figures = await suite.runRep({ browser, page: opened.page, size, quick, rep });
              if (opened.errors.length) throw new Error(opened.errors[0]);
              cellData.reps.push(figures);
              log(`${label}: ${suite.metrics.map((m) => `${m.key} ${formatNumber(figures[m.key], m.unit)}`).join(', ')}`);
            } catch (error) {
              cellData.errors.push(String(error?.message ?? error));
              log(`${label}: ERROR ${String(error?.message ?? error).split('\n')[0]}`);
            } finally {
              await opened?.close().catch(() => {});
            }
          }
        }
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
}

// 5. The report.
const wallSeconds = (Date.now() - startedAt) / 1000;
const versionOf = (name) => {
  try {
    return JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};
const peers = ['hyperaudio-lite', 'force-graph', 'd3-force', 'media-chrome', '@podlove/web-player', 'playwright-core'];
const cpu = cpus();
const sections = [
  `# episode-kit benchmark${quick ? ' (quick)' : ''}`,
  '',
  `- date: ${new Date(startedAt).toISOString()}`,
  `- machine: ${cpu[0]?.model?.trim() ?? '?'}, ${cpu.length} cores, load average at start ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`,
  `- Chromium: ${chromiumVersion}; Node ${process.version}`,
  `- peers: ${peers.map((name) => `${name} ${versionOf(name)}`).join(', ')}`,
  `- ${reps} repetitions per library and size, alternating; cells are median (min–max) over the repetitions; ` +
    `ratios are episode-kit's median ÷ the peer's (below 1: episode-kit is smaller or faster); — : no figure (yet)`,
  `- wall time of this run: ${wallSeconds.toFixed(0)} s`,
  '',
];
for (const suite of suites) {
  sections.push(`## ${suite.title}`, '', suiteTable(suite, results[suite.name]), '');
  const unavailable = Object.values(results[suite.name].sizes)[0] ?? {};
  const notes = Object.entries(unavailable).filter(([, c]) => c.unavailable).map(([l, c]) => `${l}: ${c.unavailable}`);
  // A case may say how it measured (a rep's `note`), e.g. which path prepared the episode.
  for (const library of Object.keys(unavailable)) {
    for (const note of new Set(Object.values(results[suite.name].sizes).flatMap((row) => (row[library]?.reps ?? []).map((rep) => rep.note).filter(Boolean)))) {
      notes.push(`${library}: ${note}`);
    }
  }
  if (notes.length) sections.push(notes.map((note) => `- ${note}`).join('\n'), '');
  if (suite.name === 'graph') sections.push('† at least one repetition hit the settle cap (15 s; 4 s at 10,000 nodes; 2 s with --quick): the layout was frozen there.', '');
}
if (bundles) sections.push('## Bundles (gzip -9)', '', bundleTable(bundles), '');
sections.push('## Budgets', '', budgetTable(results, bundles), '');
const report = sections.join('\n');
process.stdout.write(`${report}\n`);
// Only a complete run replaces the committed bench/results.md; a partial one writes where told.
const complete = !quick && !options.only && !options.sizes && reps >= 5;
const out = options.out ?? (complete ? join(benchDir, 'results.md') : null);
if (out) {
  writeFileSync(out, report.endsWith('\n') ? report : `${report}\n`);
  log(`bench: wrote ${out}`);
}
log(`bench: done in ${wallSeconds.toFixed(1)} s`);

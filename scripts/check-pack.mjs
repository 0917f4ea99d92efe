// The package as a user gets it: `npm pack` (prepack runs the full build), the tarball installed
// in a new project outside the repository, a page built with Vite from `episode-kit` and from one
// per-element entry, and a TypeScript file using the exported types checked with `tsc --noEmit`
// and no `skipLibCheck` (a consumer's default). Run by .ci/run; `--no-build` packs the dist/ there is.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packTarball, scratchApp } from './scratch-app.mjs';

const started = performance.now();
const problems = [];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

console.log('check-pack: npm pack');
const tarball = packTarball({ ignoreScripts: process.argv.includes('--no-build') });
const packed = new Set(tarball.files);

// Everything package.json points at, and every file it names, is in the tarball.
const targets = [pkg.main, pkg.types, pkg.module, pkg.unpkg, pkg.jsdelivr, pkg.customElements];
for (const [key, value] of Object.entries(pkg.exports)) {
  if (key.includes('*')) continue;
  targets.push(...(typeof value === 'string' ? [value] : Object.values(value)));
}
for (const target of targets.filter(Boolean)) {
  if (!packed.has(target.replace(/^\.\//, ''))) problems.push(`the tarball has no ${target} (named in package.json)`);
}
for (const entry of pkg.files) {
  if (entry.startsWith('!') || entry.includes('*')) continue;
  if (![...packed].some((f) => f === entry || f.startsWith(`${entry}/`))) problems.push(`the tarball has no ${entry} (named in "files")`);
}
if ([...packed].some((f) => f.endsWith('.map'))) problems.push('the tarball holds source maps');

const page = (entry) => `<!doctype html>
<html lang="en"><body>
<episode-provider src="/episode.json"><key-moments></key-moments><knowledge-graph></knowledge-graph></episode-provider>
<script type="module" src="./${entry}"></script>
</body></html>
`;
const app = scratchApp({
  tarball,
  files: {
    'index.html': page('main.ts'),
    'graph.html': page('graph.ts'),
    'main.ts': `import 'episode-kit';\nimport { SeekEvent } from 'episode-kit';\ndocument.addEventListener('seek', (e) => console.log(e.detail.time, e instanceof SeekEvent));\n`,
    'graph.ts': `import 'episode-kit/knowledge-graph.js';\ncustomElements.whenDefined('knowledge-graph').then(() => console.log('graph defined'));\ndocument.querySelector('knowledge-graph')?.addEventListener('entity-select', (e) => console.log(e.detail.id));\n`,
    'vite.config.js': `export default { logLevel: 'warn', build: { rollupOptions: { input: { main: 'index.html', graph: 'graph.html' } } } };\n`,
    // What a consumer writes: the public types, events typed on the element and document maps,
    // a widget of their own on EpisodeWidget.
    'types.ts': `import { html, type TemplateResult } from 'lit';
import { EpisodeWidget, SeekEvent, EntitySelectEvent, parseEpisode, type Episode, type EpisodeFile, type EpisodeProblem, type EkStrings } from 'episode-kit';
import { importCompanion } from 'episode-kit/formats.js';
import type { KnowledgeGraph } from 'episode-kit/knowledge-graph.js';
import 'episode-kit/transcript-view.js';

const file: EpisodeFile = { version: 1, title: 'A title', transcript: [{ start: 0, text: 'Hello' }] };
const result = parseEpisode(file);
const episode: Episode | undefined = result.episode;
const problems: EpisodeProblem[] = result.errors ?? result.warnings ?? [];
const seek: HTMLElementEventMap['seek'] = new SeekEvent(12);
const time: number = seek.detail.time;
const select: HTMLElementEventMap['entity-select'] = new EntitySelectEvent(null);
document.addEventListener('seek', (event) => console.log(event.detail.time.toFixed(1)));
const graph: KnowledgeGraph | null = document.querySelector('knowledge-graph');
graph?.addEventListener('entity-select', (event) => console.log(event.detail.id?.length));
const transcript = document.createElement('transcript-view');
transcript.src = '/episode.json';
const strings: Partial<EkStrings> = {};
void importCompanion;

class EpisodeTitle extends EpisodeWidget {
  protected renderEpisode(shown: Episode): TemplateResult {
    return html\`<h2>\${shown.title}</h2>\`;
  }
}
customElements.define('episode-title', EpisodeTitle);
export { episode, problems, time, select, strings };
`,
    'tsconfig.json': JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true },
      files: ['types.ts', 'main.ts', 'graph.ts'],
    }),
    // One element's entry alone: its events are typed without the main entry in the program.
    'tsconfig.graph.json': JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true },
      files: ['graph.ts'],
    }),
    'tsconfig.node.json': JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true },
      files: ['types.ts'],
    }),
  },
});
console.log(`check-pack: scratch app in ${app.dir}`);
try {
  app.run('npx', ['tsc', '-p', 'tsconfig.json'], { quiet: true });
  app.run('npx', ['tsc', '-p', 'tsconfig.node.json'], { quiet: true });
  app.run('npx', ['tsc', '-p', 'tsconfig.graph.json'], { quiet: true });
} catch (error) {
  problems.push(`the exported types do not typecheck in a consumer (no skipLibCheck): ${error.message}`);
}
try {
  app.run('npx', ['vite', 'build'], { quiet: true });
  const assets = readdirSync(join(app.dir, 'dist', 'assets')).filter((f) => f.endsWith('.js'));
  const code = assets.map((f) => readFileSync(join(app.dir, 'dist', 'assets', f), 'utf8')).join('\n');
  for (const tag of ['episode-provider', 'knowledge-graph', 'key-moments']) {
    if (!new RegExp(`customElements\\.define\\(\\s*[\`'"]${tag}[\`'"]`).test(code)) problems.push(`the Vite build defines no <${tag}>`);
  }
} catch (error) {
  problems.push(`a Vite app importing the package does not build: ${error.message}`);
}

if (problems.length) {
  console.error(`check-pack failed (the scratch app stays in ${app.dir}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
if (!process.argv.includes('--keep')) {
  rmSync(app.dir, { recursive: true, force: true });
  rmSync(dirname(tarball.path), { recursive: true, force: true });
}
console.log(`check-pack: ${tarball.files.length} files packed; installed, built with Vite and typechecked in ${((performance.now() - started) / 1000).toFixed(1)} s`);

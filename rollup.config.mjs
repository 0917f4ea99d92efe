// The CDN bundles: minified ES modules with every dependency inlined. What a page needs up front
// is one file; the companion-file importers (WebVTT, SRT, HTML, Podcasting 2.0 JSON and their
// caption parser) are a chunk beside it, fetched only when an episode names a companion file.
// (The npm build is plain `tsc`: one ESM file and one .d.ts per source file.)
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { thirdPartyNotices } from './scripts/third-party-notices.mjs';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

// media-captions can read SSA/ASS too, which episode-kit never asks for: leave that parser out.
const withoutSsaParser = {
  name: 'without-ssa-parser',
  resolveId(source, importer) {
    if (source === './ssa-parser.js' && importer?.includes('media-captions')) return '\0ek-no-ssa';
    return null;
  },
  load(id) {
    return id === '\0ek-no-ssa' ? 'export default function createSSAParser() { throw new Error("SSA is not supported"); }' : null;
  },
};

// d3-quadtree puts every method on its prototype, so none can be tree-shaken. d3-force (many-body,
// collide) and our hit-testing use add/addAll/cover/visit/visitAfter/x/y; the rest (copy, data,
// extent, find, remove, removeAll, root, size) would ride along unused (~0.6 kB gzip). Each removal must
// match, or the build fails: a new d3-quadtree release gets looked at, not silently half-trimmed.
const UNUSED_QUADTREE_METHODS = ['data', 'extent', 'find', 'remove', 'removeAll', 'root', 'size'];
const trimD3Quadtree = {
  name: 'trim-d3-quadtree',
  transform(code, id) {
    if (!/[\\/]d3-quadtree[\\/]dist[\\/]d3-quadtree\.mjs$/.test(id)) return null;
    let out = code.replace(/treeProto\.copy = function\(\) \{[\s\S]*?\n\};\n/, '');
    if (out === code) this.error('trim-d3-quadtree: treeProto.copy not found');
    for (const name of UNUSED_QUADTREE_METHODS) {
      const line = new RegExp(`^treeProto\\.${name} = \\w+;\\n`, 'm');
      if (!line.test(out)) this.error(`trim-d3-quadtree: treeProto.${name} not found`);
      out = out.replace(line, '');
    }
    return { code: out, map: null };
  },
};

// The graph-only bundle's entry: a page that loads it has a graph, so the graph's engine (a lazy
// chunk of episode-kit.js) comes in the same file, and the first frame waits for no second fetch.
const GRAPH_ENTRY = '\0ek-knowledge-graph-bundle';
const graphBundleEntry = {
  name: 'graph-bundle-entry',
  resolveId: (source) => (source === GRAPH_ENTRY ? GRAPH_ENTRY : null),
  load: (id) =>
    id === GRAPH_ENTRY
      ? [
          `import * as engine from ${JSON.stringify(resolve('src/graph/engine.ts'))};`,
          `import { provideGraphEngine } from ${JSON.stringify(resolve('src/components/knowledge-graph/knowledge-graph.ts'))};`,
          'provideGraphEngine(engine);',
          `export * from ${JSON.stringify(resolve('src/components/knowledge-graph/index.ts'))};`,
        ].join('\n')
      : null,
};

const bundles = [
  // Every element.
  { input: 'src/index.ts', file: 'dist/cdn/episode-kit.js' },
  // The knowledge graph alone, for a blog post that embeds only the graph.
  { input: GRAPH_ENTRY, file: 'dist/cdn/knowledge-graph.js' },
].filter(({ input }) => input === GRAPH_ENTRY || existsSync(input));

export default bundles.map(({ input, file }) => ({
  input,
  // Shared code stays in the entry file (the lazy chunk imports it from there), so what a page
  // loads up front is that one file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: file.split('/').pop(),
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    banner: (chunk) => `/*! episode-kit | MIT | third-party licences: ${chunk.fileName.split('/').pop()}.LICENSE.txt */`,
  },
  plugins: [
    graphBundleEntry,
    withoutSsaParser,
    trimD3Quadtree,
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    typescript({
      tsconfig: './tsconfig.json',
      declaration: false,
      declarationMap: false,
      outDir: 'dist/cdn',
      rootDir: 'src',
      sourceMap: true,
      noEmitOnError: true,
    }),
    minifyCssLiterals(),
    terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: /^!/ } }),
    thirdPartyNotices(),
  ],
}));

// The CDN bundles: single, self-contained, minified ES modules with every dependency inlined.
// (The npm build is plain `tsc`: one ESM file and one .d.ts per source file.)
import { existsSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { thirdPartyNotices } from './scripts/third-party-notices.mjs';

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

const bundles = [
  // Every element.
  { input: 'src/index.ts', file: 'dist/cdn/episode-kit.js' },
  // The knowledge graph alone, for a blog post that embeds only the graph.
  { input: 'src/components/knowledge-graph/index.ts', file: 'dist/cdn/knowledge-graph.js' },
].filter(({ input }) => existsSync(input));

export default bundles.map(({ input, file }) => ({
  input,
  output: {
    file,
    format: 'es',
    inlineDynamicImports: true,
    sourcemap: true,
    banner: `/*! episode-kit | MIT | third-party licences: ${file.split('/').pop()}.LICENSE.txt */`,
  },
  plugins: [
    withoutSsaParser,
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
    terser({ ecma: 2021, module: true, format: { comments: /^!/ } }),
    thirdPartyNotices(),
  ],
}));

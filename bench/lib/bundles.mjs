// Bundle sizes: gzip -9 (zlib level 9) of each file a page loads up front.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** The peers' browser bundles: the file a CDN user loads (its unpkg/jsdelivr field where it has one). */
export const PEER_BUNDLES = [
  { library: 'force-graph', files: ['force-graph/dist/force-graph.min.js'], against: 'knowledge-graph.js',
    note: 'its unpkg/jsdelivr file (UMD, minified, d3 inside)' },
  { library: 'media-chrome', files: ['media-chrome/dist/iife/all.js'], against: 'episode-kit.js',
    note: 'the CDN script with every element (dist/iife/index.js, the core only, is below)' },
  { library: 'media-chrome (core)', files: ['media-chrome/dist/iife/index.js'], against: 'episode-kit.js',
    note: 'dist/iife/index.js' },
  { library: 'hyperaudio-lite', files: ['hyperaudio-lite/js/hyperaudio-lite.js'], against: 'episode-kit.js',
    note: 'the classic script it ships (not minified)', minify: true },
  { library: '@podlove/web-player', files: ['@podlove/web-player/embed.js'], against: 'episode-kit.js',
    note: 'embed.js, the script on the host page' },
  { library: '@podlove/web-player (with player)', against: 'episode-kit.js',
    files: ['@podlove/web-player/embed.js', '@podlove/web-player/5.13.0/player/bootstrap.js',
      '@podlove/web-player/5.13.0/player/vendor.js', '@podlove/web-player/5.13.0/player/styles.js'],
    note: 'embed.js + the player its iframe loads (5.13.0/player/bootstrap, vendor, styles .js)' },
];

async function minifiedGzip(source) {
  try {
    const { minify } = await import('terser');
    const result = await minify(source, { ecma: 2020, compress: true, mangle: true });
    return gzipBytes(Buffer.from(result.code));
  } catch {
    return null;
  }
}

export async function measureBundles({ distDir, nodeModules }) {
  const ours = [];
  const cdn = join(distDir, 'cdn');
  const names = existsSync(cdn) ? readdirSync(cdn).filter((name) => name.endsWith('.js')) : [];
  const required = ['episode-kit.js', 'knowledge-graph.js'];
  for (const name of [...required, ...names.filter((n) => !required.includes(n)).sort()]) {
    const path = join(cdn, name);
    if (!existsSync(path)) {
      ours.push({ name, file: `dist/cdn/${name}`, gzip: null });
      continue;
    }
    const buffer = readFileSync(path);
    ours.push({ name, file: `dist/cdn/${name}`, raw: buffer.length, gzip: gzipBytes(buffer) });
  }
  // The lazy chunks: fetched only when a page needs them (companion files, a JSON syntax error,
  // a graph on canvas), so they are not in the up-front budget; each is reported on its own row.
  // Each bundle has its own copy (it imports from its entry file); one row per chunk and bundle.
  const chunkDir = join(cdn, 'chunks');
  const chunks = existsSync(chunkDir) ? readdirSync(chunkDir).filter((name) => name.endsWith('.js')).sort() : [];
  const sources = new Map(chunks.map((name) => [name, readFileSync(join(chunkDir, name)).toString()]));
  // Which bundles load a chunk: those whose entry file reaches it through dynamic or static
  // imports (an entry imports "./chunks/x.js"; a chunk imports "./y.js").
  const importsOf = (text, prefix) =>
    [...text.matchAll(/(?:from\s*|import\s*\(\s*)"\.\/([\w\/.-]+\.js)"/g)].map((m) => m[1]).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
  const reached = new Map(chunks.map((name) => [name, new Set()]));
  for (const entry of required) {
    const path = join(cdn, entry);
    if (!existsSync(path)) continue;
    const queue = importsOf(readFileSync(path).toString(), 'chunks/');
    for (let name; (name = queue.shift()); ) {
      if (!reached.has(name) || reached.get(name).has(entry)) continue;
      reached.get(name).add(entry);
      queue.push(...importsOf(sources.get(name), ''));
    }
  }
  for (const name of chunks) {
    const buffer = sources.get(name);
    const entries = [...reached.get(name)];
    const label = `${name.replace(/-[\w-]{8}\.js$/, '.js')} (lazy, for ${entries.length ? entries.join(' and ') : 'no bundle'})`;
    ours.push({ name: label, file: `dist/cdn/chunks/${name}`, raw: Buffer.byteLength(buffer), gzip: gzipBytes(Buffer.from(buffer)), lazy: true });
  }
  const peers = [];
  for (const bundle of PEER_BUNDLES) {
    const paths = bundle.files.map((file) => join(nodeModules, file));
    if (!paths.every((path) => existsSync(path))) {
      peers.push({ ...bundle, gzip: null });
      continue;
    }
    const buffers = paths.map((path) => readFileSync(path));
    const row = {
      ...bundle,
      raw: buffers.reduce((sum, b) => sum + b.length, 0),
      gzip: buffers.reduce((sum, b) => sum + gzipBytes(b), 0),
    };
    if (bundle.minify) row.minifiedGzip = await minifiedGzip(buffers.map(String).join('\n'));
    peers.push(row);
  }
  return { ours, peers };
}

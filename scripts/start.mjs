// `npm start`: builds the library (the full build: the demo episode's `$schema` names
// dist/episode.schema.json), then serves the demo on 127.0.0.1 at PORT (default 8080; the next
// free port when it is taken). `--no-build` serves what dist/ holds.
import { spawnSync } from 'node:child_process';
import { serve } from './serve.mjs';

if (!process.argv.includes('--no-build')) {
  console.log('episode-kit demo: building dist/ first (about a minute; `npm start -- --no-build` skips it)');
  const built = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const port = Number(process.env.PORT ?? 8080);
const server = await serve({ root: '.', port }).catch(() => {
  console.log(`episode-kit demo: port ${port} is taken, using a free one (set PORT to choose)`);
  return serve({ root: '.', port: 0 });
});
const address = server.address();
console.log(`\nepisode-kit demo: http://127.0.0.1:${address.port}/demo/\n(Ctrl+C to stop)`);

// `npm start`: builds the library and its CDN bundle, then serves the demo on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { serve } from './serve.mjs';

if (!process.argv.includes('--no-build')) {
  const built = spawnSync('node', ['scripts/build.mjs', '--cdn-only'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const port = Number(process.env.PORT ?? 8080);
const server = await serve({ root: '.', port }).catch(() => serve({ root: '.', port: 0 }));
const address = server.address();
console.log(`\nepisode-kit demo: http://127.0.0.1:${address.port}/demo/\n(Ctrl+C to stop)`);

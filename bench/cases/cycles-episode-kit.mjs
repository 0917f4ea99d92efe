// episode-kit's full page, as the demo and tests/leaks.test.ts build it, mounted and removed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export default {
  suite: 'cycles',
  library: 'episode-kit',
  page: 'cycles-episode-kit.page.js',
  available: ({ distDir }) =>
    (existsSync(join(distDir, 'cdn', 'episode-kit.js')) && existsSync(join(distDir, 'cdn', 'knowledge-graph.js'))) || 'not built yet',
};

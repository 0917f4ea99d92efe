// episode-kit's <knowledge-graph> from its own CDN bundle (dist/cdn/knowledge-graph.js), given the
// episode object, filling the stage: SVG below 500 nodes, canvas from 500 on (renderer="auto").
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export default {
  suite: 'graph',
  library: 'episode-kit',
  page: 'graph-episode-kit.page.js',
  available: ({ distDir }) => existsSync(join(distDir, 'cdn', 'knowledge-graph.js')) || 'not built yet',
};

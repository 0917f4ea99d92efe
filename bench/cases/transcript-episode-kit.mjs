// episode-kit's <transcript-view> inside an <episode-provider> that follows an <audio>: the
// real path a page uses (the provider parses the file and finds mentions, the view renders a
// window of rows; playback reaches the view through the provider's `timeupdate`/`seeked`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export default {
  suite: 'transcript',
  library: 'episode-kit',
  page: 'transcript-episode-kit.page.js',
  available: ({ distDir }) => existsSync(join(distDir, 'cdn', 'episode-kit.js')) || 'not built yet',
};

import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Fixture episodes and the generated silent media are served as static files.
  staticDirs: [
    { from: '../tests/fixtures', to: '/fixtures' },
    { from: '../demo/episodes', to: '/demo-episodes' },
  ],
};
export default config;

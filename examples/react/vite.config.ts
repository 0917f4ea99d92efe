import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The episode (and its audio) is the examples' shared copy, served as this app's public folder.
// `base: './'` lets the built app be served from any folder.
export default defineConfig({
  base: './',
  publicDir: '../episode',
  plugins: [react()],
  build: { chunkSizeWarningLimit: 1000 },
});

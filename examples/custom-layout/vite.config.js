// The episode (and its audio) is the examples' shared copy, served as this app's public folder.
// `base: './'` lets the built app be served from any folder.
export default {
  base: './',
  publicDir: '../episode',
  build: { chunkSizeWarningLimit: 1000 },
};

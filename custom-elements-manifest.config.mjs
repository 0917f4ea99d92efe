// The custom elements manifest (dist/custom-elements.json), generated from the elements' JSDoc.
// One config for every caller: `npm run build`, `npm run analyze`, Storybook's controls and docs
// (`npm run storybook`, `npm run build-storybook`) and the README's reference (`npm run docs`).

/**
 * The analyzer also lists `this.dispatchEvent(new EpisodeLoadEvent(…))` as an event with a type
 * and no name; the class JSDoc already names it with `@fires`, so the nameless copy only adds an
 * empty row to every table and control panel built from the manifest.
 */
function dropNamelessEvents() {
  return {
    name: 'episode-kit:drop-nameless-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/widget/episode-widget.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [dropNamelessEvents()],
};

import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
// Generated from the elements' JSDoc by `cem analyze` (custom-elements-manifest.config.mjs), which
// `npm run storybook` and `npm run build-storybook` run first: every control, action and
// description in the stories comes from it, so the stories cannot drift from the elements.
import manifest from '../dist/custom-elements.json';
import '../stories/stories.css';

setCustomElementsManifest(manifest);
// Methods are listed in the docs but are no controls; CSS states: the elements have none.
setStorybookHelpersConfig({
  hideArgRef: true,
  categoryOrder: ['attributes', 'properties', 'slots', 'cssProps', 'cssParts', 'events', 'methods'],
});

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
  },
};
export default preview;

import type { ArgTypes } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, type TemplateResult } from 'lit';

export type StoryArgs = Record<string, unknown>;

export interface ManifestStory {
  args: StoryArgs;
  argTypes: ArgTypes;
  /** The element with every arg bound (attributes, properties, CSS properties and parts), its events logged as actions, inside an element carrying `lang`. */
  render: (args: StoryArgs, content?: TemplateResult) => TemplateResult;
}

/** Properties that take objects: the helpers offer their TypeScript union as a select. */
const OBJECT_PROPERTIES = ['episode', 'strings'];

/**
 * A story's args, controls and render from the custom elements manifest (through
 * @wc-toolkit/storybook-helpers), so every attribute, property, event, part and CSS property of
 * `tagName` shows with the description its JSDoc gives.
 */
export function manifestStory(tagName: string, { sources = [] as string[] } = {}): ManifestStory {
  const helpers = getStorybookHelpers<StoryArgs>(tagName);
  const args: StoryArgs = { ...helpers.args };
  const argTypes: ArgTypes = { ...helpers.argTypes };

  for (const [name, value] of Object.entries(args)) {
    const category = argTypes[name]?.table?.category;
    if (category !== 'attributes' && category !== 'properties') continue;
    // The helpers default every arg to '': bound as a property ('' as an episode) or as an
    // attribute, that is not the element's default, so an unset arg stays unbound.
    if (value === '') {
      if (argTypes[name]?.control && (argTypes[name].control as { type?: string }).type === 'boolean') args[name] = false;
      else delete args[name];
    }
  }
  for (const name of OBJECT_PROPERTIES) {
    if (!argTypes[name]) continue;
    argTypes[name] = { ...argTypes[name], control: 'object', options: undefined };
    delete args[name];
  }
  if (argTypes.theme) argTypes.theme = { ...argTypes.theme, control: 'inline-radio', options: ['', 'light', 'dark'] };
  if (argTypes.src && sources.length) argTypes.src = { ...argTypes.src, control: 'select', options: sources };
  // `lang` is a global attribute, so the manifest does not list it; the widgets follow the
  // nearest `lang` up the page, which a wrapper gives them without touching the element's args.
  argTypes.lang = {
    name: 'lang',
    control: 'text',
    description: 'Language of the strings, numbers and dates (set on a wrapper: the element follows the nearest `lang`).',
    table: { category: 'page' },
  };
  args.lang = 'en';

  return {
    args,
    argTypes,
    render: ({ lang, ...own }, content) => html`<div lang=${String(lang || 'en')}>${helpers.template(own, content)}</div>`,
  };
}

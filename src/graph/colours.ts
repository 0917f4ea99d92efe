/**
 * Colours by kind, and the rest of the graph's palette, read from the element's styles once per
 * model and colour scheme. The known kinds (src/entity-kinds.ts) have their own colour, themeable
 * through `--ek-kind-<kind>`; any other kind takes the next colour of a fixed palette, in
 * first-seen order.
 */
import { isKnownKind, KIND_COLOURS } from '../entity-kinds.js';
import { labelFont } from './label-font.js';
import type { Theme } from './scene.js';

export const EXTRA_PALETTE = ['#0e7490', '#b45309', '#6d28d9', '#15803d', '#9f1239', '#475569', '#1d4ed8', '#7c2d12'];

/** Colour of each kind in `kinds` (ordered): known kinds by name, others by palette position. */
export function kindColours(kinds: Iterable<string>, resolve: (kind: string) => string | undefined = () => undefined): Map<string, string> {
  const colours = new Map<string, string>();
  let extra = 0;
  for (const kind of kinds) {
    if (colours.has(kind)) continue;
    const themed = resolve(kind);
    if (themed) colours.set(kind, themed);
    else if (isKnownKind(kind)) colours.set(kind, KIND_COLOURS[kind]);
    else colours.set(kind, EXTRA_PALETTE[extra++ % EXTRA_PALETTE.length]);
  }
  return colours;
}

/** A kind is episode data: only a plain word makes a property name. */
const isPlainWord = (kind: string) => /^[a-z0-9_-]+$/i.test(kind);

/**
 * Each kind's colour as CSS, for the chrome around the picture (legend, details): what
 * `readPalette` reads, left for the browser to resolve (`var(--_kind-person)`,
 * `var(--ek-kind-<kind>, <palette colour>)`), so the first render needs no computed style and
 * follows the colour scheme by itself.
 */
export function kindColourCss(kinds: Iterable<string>): Map<string, string> {
  const css = new Map<string, string>();
  for (const [kind, colour] of kindColours(kinds)) {
    css.set(kind, !isPlainWord(kind) ? colour : isKnownKind(kind) ? `var(--_kind-${kind})` : `var(--ek-kind-${kind}, ${colour})`);
  }
  return css;
}

/** What the graph is painted with: the kinds' colours and the theme. */
export interface GraphPalette {
  colours: Map<string, string>;
  theme: Theme;
}

/**
 * The palette as `element`'s styles say now (its `--_*` tokens and `--ek-kind-*` properties),
 * from one computed style: read when a view is made and when the colour scheme changes.
 */
export function readPalette(element: Element, kinds: Iterable<string>): GraphPalette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const colours = kindColours(kinds, (kind) => {
    if (!isPlainWord(kind)) return undefined;
    return style.getPropertyValue(isKnownKind(kind) ? `--_kind-${kind}` : `--ek-kind-${kind}`).trim() || undefined;
  });
  const theme: Theme = {
    text: read('--_fg', '#1c1f24'),
    muted: read('--_muted', '#5b6470'),
    surface: read('--_bg', '#ffffff'),
    link: read('--_link', '#9aa3ae'),
    accent: read('--_accent', '#2c43c9'),
    font: labelFont(style.fontFamily),
  };
  return { colours, theme };
}

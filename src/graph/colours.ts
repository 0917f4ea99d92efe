/**
 * Colours by kind. The known kinds have their own colour (themeable through `--ek-kind-<kind>`);
 * any other kind takes the next colour of a fixed palette, in first-seen order.
 */
import { isKnownKind, KIND_COLOURS } from '../entity-kinds.js';

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

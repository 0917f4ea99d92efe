/**
 * Colours by kind. The known kinds have their own colour (themeable through `--ek-kind-<kind>`);
 * any other kind takes the next colour of a fixed palette, in first-seen order.
 */
export const KNOWN_KINDS = ['person', 'company', 'product', 'concept', 'location', 'media', 'event'] as const;
export type KnownKind = (typeof KNOWN_KINDS)[number];

export const isKnownKind = (kind: string): kind is KnownKind => (KNOWN_KINDS as readonly string[]).includes(kind);

/** Light-scheme defaults: ≥ 3:1 against white (non-text contrast), distinct hues. */
export const KIND_COLOURS: Record<KnownKind, string> = {
  person: '#c2410c',
  company: '#2c43c9',
  product: '#0f7b6c',
  concept: '#8a3ffc',
  location: '#a16207',
  media: '#be185d',
  event: '#4d7c0f',
};

/** Dark-scheme defaults: ≥ 3:1 against the dark surface. */
export const KIND_COLOURS_DARK: Record<KnownKind, string> = {
  person: '#fb923c',
  company: '#8c9eff',
  product: '#2dd4bf',
  concept: '#c4a5ff',
  location: '#facc15',
  media: '#f472b6',
  event: '#a3e635',
};

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

/**
 * The known entity kinds: their order, colours and default (English) labels, in one place so the
 * graph, the entity list and the string table cannot disagree. Plain data, no DOM: the CLI may
 * read it too.
 */

/**
 * In display order: who is talking and about whom first, then the organisations and the things
 * they make, then ideas, places, works and events (DESIGN.md's order).
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

/** Group labels for the default string table (`entityKinds`, `graphKindHeading`). */
export const KIND_LABELS: Record<KnownKind, string> = {
  person: 'People',
  company: 'Companies',
  product: 'Products',
  concept: 'Concepts',
  location: 'Locations',
  media: 'Media',
  event: 'Events',
};

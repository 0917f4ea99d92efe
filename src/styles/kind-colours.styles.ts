import { css, unsafeCSS, type CSSResult } from 'lit';
import { KIND_COLOURS, KIND_COLOURS_DARK, KNOWN_KINDS, type KnownKind } from '../entity-kinds.js';
import { darkScheme } from './shared.styles.js';

// Built from the constant kind table (never from episode data), so unsafeCSS is safe here.
function kindProperties(colours: Record<KnownKind, string>): CSSResult {
  return unsafeCSS(KNOWN_KINDS.map((kind) => `--_kind-${kind}: var(--ek-kind-${kind}, ${colours[kind]});`).join('\n'));
}

/**
 * Entity kind colours, shared by <knowledge-graph> and <entity-list> so a kind looks the same
 * everywhere; themeable with the --ek-kind-* properties, with a dark scheme.
 */
export const kindColourStyles = css`
  :host {
    ${kindProperties(KIND_COLOURS)}
  }
  ${darkScheme(kindProperties(KIND_COLOURS_DARK))}
`;

/** `[data-kind=<kind>]` takes its kind's colour as `--_kind`; any other kind, `--_muted`. */
export const kindAttributeStyles = css`
  [data-kind] {
    --_kind: var(--_muted);
  }
  ${unsafeCSS(KNOWN_KINDS.map((kind) => `[data-kind='${kind}'] { --_kind: var(--_kind-${kind}); }`).join('\n'))}
`;

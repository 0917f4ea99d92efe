import { css } from 'lit';
import { darkScheme } from './shared.styles.js';

/**
 * Entity kind colours, shared by <knowledge-graph> and <entity-list> so a kind looks the same
 * everywhere; themeable with the --ek-kind-* properties, with a dark scheme.
 */
export const kindColourStyles = css`
  :host {
    --_kind-person: var(--ek-kind-person, #c2410c);
    --_kind-company: var(--ek-kind-company, #2c43c9);
    --_kind-product: var(--ek-kind-product, #0f7b6c);
    --_kind-concept: var(--ek-kind-concept, #8a3ffc);
    --_kind-location: var(--ek-kind-location, #a16207);
    --_kind-media: var(--ek-kind-media, #be185d);
    --_kind-event: var(--ek-kind-event, #4d7c0f);
  }
  ${darkScheme(css`
    --_kind-person: var(--ek-kind-person, #fb923c);
    --_kind-company: var(--ek-kind-company, #8c9eff);
    --_kind-product: var(--ek-kind-product, #2dd4bf);
    --_kind-concept: var(--ek-kind-concept, #c4a5ff);
    --_kind-location: var(--ek-kind-location, #facc15);
    --_kind-media: var(--ek-kind-media, #f472b6);
    --_kind-event: var(--ek-kind-event, #a3e635);
  `)}
`;

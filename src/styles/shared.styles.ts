import { css, type CSSResult } from 'lit';

/**
 * The dark values of some custom properties: under a dark `prefers-color-scheme` unless the
 * element is forced light, and whenever it is forced dark (`theme="dark"` on it or on its
 * provider; the widget base sets the custom state `:state(dark)` / `:state(light)`).
 */
export function darkScheme(declarations: CSSResult): CSSResult {
  return css`
    @media (prefers-color-scheme: dark) {
      :host(:not(:state(light))) {
        ${declarations}
      }
    }
    :host(:state(dark)) {
      ${declarations}
    }
  `;
}

/**
 * The design tokens every element reads. Set any `--ek-*` property on the page (or on one
 * element) to theme it; the dark scheme follows `prefers-color-scheme`, unless `theme` forces one.
 */
export const tokens = css`
  :host {
    --_fg: var(--ek-color-text, #1c1f24);
    --_muted: var(--ek-color-muted, #5b6470);
    --_bg: var(--ek-color-surface, #ffffff);
    --_bg-raised: var(--ek-color-surface-raised, #f4f5f7);
    --_border: var(--ek-color-border, #d9dde3);
    --_accent: var(--ek-color-accent, #2c43c9);
    --_accent-fg: var(--ek-color-accent-text, #ffffff);
    --_accent-soft: var(--ek-color-accent-soft, #eaedff);
    --_error: var(--ek-color-error, #b3261e);
    --_error-bg: var(--ek-color-error-surface, #fdecea);
    --_warning: var(--ek-color-warning, #7a4f01);
    --_warning-bg: var(--ek-color-warning-surface, #fff6e0);
    --_focus: var(--ek-focus-ring, 2px solid var(--_accent));
    --_radius: var(--ek-radius, 8px);
    --_space: var(--ek-space, 0.75rem);
    --_font: var(--ek-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--ek-font-size, 1rem);
    --_mono: var(--ek-font-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    display: block;
    /* Each element paints its own surface, so its colours stay readable on any page, light or
       dark; set --ek-color-surface: transparent to let the page show through. */
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    /* Episode data is anyone's text: a 300-character URL as a title wraps rather than widening
       the page (and its min-content width stays small, so flex and grid items can shrink). */
    overflow-wrap: anywhere;
  }
  ${darkScheme(css`
    --_fg: var(--ek-color-text, #e6e8eb);
    --_muted: var(--ek-color-muted, #a3acb8);
    --_bg: var(--ek-color-surface, #16181c);
    --_bg-raised: var(--ek-color-surface-raised, #22252b);
    --_border: var(--ek-color-border, #3a3f47);
    --_accent: var(--ek-color-accent, #8c9eff);
    --_accent-fg: var(--ek-color-accent-text, #0d1030);
    --_accent-soft: var(--ek-color-accent-soft, #2a3160);
    --_error: var(--ek-color-error, #ffb4ab);
    --_error-bg: var(--ek-color-error-surface, #3b1512);
    --_warning: var(--ek-color-warning, #ffd889);
    --_warning-bg: var(--ek-color-warning-surface, #352a0f);
  `)}
  :host(:state(light)) {
    color-scheme: light;
  }
  :host(:state(dark)) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** Loading, error, warning and hint boxes shared by every element. */
export const stateStyles = css`
  [part~='loading'],
  .hint {
    color: var(--_muted);
    padding: var(--_space);
  }
  [part~='loading']::before {
    content: '';
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: 0.5em;
    vertical-align: -0.1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: ek-spin 0.8s linear infinite;
  }
  @keyframes ek-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='loading']::before {
      animation: none;
    }
  }
  [part~='error'] {
    color: var(--_error);
    background: var(--_error-bg);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  [part~='error'] strong {
    display: block;
  }
  [part~='error'] ul,
  [part~='warnings'] ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  [part~='unavailable'] {
    color: var(--_warning);
    background: var(--_warning-bg);
    border-radius: var(--_radius);
    padding: 0.5em var(--_space);
    margin: 0.5em 0;
  }
  /* "Try again": in a widget's notice of a companion file, and in the provider's error box. */
  [part~='retry'] {
    margin-inline-start: 0.5em;
    padding: 0.125em 0.75em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    cursor: pointer;
  }
  [part~='warnings'] {
    color: var(--_warning);
    background: var(--_warning-bg);
    border-radius: var(--_radius);
    padding: 0.5em var(--_space);
    margin-block-end: var(--_space);
    font-size: 0.875em;
  }
  code {
    font-family: var(--_mono);
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    [part~='error'],
    [part~='unavailable'],
    [part~='warnings'] {
      border: 1px solid CanvasText;
    }
  }
`;

/** A widget's heading and the count beside it ("20 moments"). */
export const headingStyles = css`
  h2 {
    margin: 0;
    font-size: 1.125em;
  }
  .count {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;

/** The header most widgets share: the heading and count on one line (with `headingStyles`). */
export const headerStyles = css`
  [part~='header'] {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: 0.5rem;
  }
`;

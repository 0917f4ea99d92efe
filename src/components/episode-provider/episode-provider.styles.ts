import { css } from 'lit';

export const providerStyles = css`
  :host {
    display: block;
  }
  [part~='notice'],
  [part~='media-error'] {
    color: var(--_warning);
    background: var(--_warning-bg);
    border-radius: var(--_radius);
    padding: 0.5em var(--_space);
    margin: 0 0 var(--_space);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    [part~='notice'],
    [part~='media-error'] {
      border: 1px solid CanvasText;
    }
  }
  [part~='retry'] {
    display: block;
    margin-block-start: 0.5em;
    padding: 0.25em 0.75em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    cursor: pointer;
  }
  [part~='warnings'] summary {
    cursor: pointer;
  }
`;

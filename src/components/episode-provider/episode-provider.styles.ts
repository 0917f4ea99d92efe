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
  /* The shared "Try again" (stateStyles), on a line of its own under the error. */
  [part~='error'] [part~='retry'] {
    display: block;
    margin: 0.5em 0 0;
  }
  [part~='warnings'] summary {
    cursor: pointer;
  }
`;

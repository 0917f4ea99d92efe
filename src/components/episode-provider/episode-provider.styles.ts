import { css } from 'lit';

export const providerStyles = css`
  :host {
    display: block;
  }
  [part~='warnings'] summary {
    cursor: pointer;
  }
`;

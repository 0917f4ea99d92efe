import { css } from 'lit';

export const entityListStyles = css`
  .controls {
    display: grid;
    gap: 0.5rem;
    margin-block-end: 0.75rem;
  }
  .filter input {
    width: 100%;
    font: inherit;
    color: inherit;
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .filter input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .kind {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.125rem 0.625rem;
    border: 1px solid var(--_kind);
    border-radius: 999px;
    background: transparent;
    font-size: 0.8125em;
    cursor: pointer;
  }
  .kind::before {
    content: '';
    width: 0.625em;
    height: 0.625em;
    border-radius: 50%;
    border: 2px solid var(--_kind);
  }
  .kind[aria-pressed='true']::before {
    background: var(--_kind);
  }
  .kind[aria-pressed='false'] {
    border-style: dashed;
    color: var(--_muted);
  }
  .kind-count {
    color: var(--_muted);
  }
  .groups {
    max-height: var(--ek-entity-list-max-height, 32rem);
    overflow: auto;
    overscroll-behavior: contain;
    display: grid;
    gap: 0.75rem;
    padding: 2px;
  }
  .group h3 {
    margin: 0 0 0.25rem;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
    text-transform: none;
  }
  .entities,
  .chips {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .entities {
    display: grid;
    gap: 0.125rem;
  }
  [part~='entity'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    width: 100%;
    padding: 0.375rem 0.5rem;
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) / 1.5);
    background: transparent;
    text-align: start;
    cursor: pointer;
  }
  [part~='entity']:hover {
    background: var(--_bg-raised);
  }
  [part~='entity'][part~='selected'] {
    background: var(--_accent-soft);
    border-color: var(--_accent);
  }
  .dot {
    flex: none;
    width: 0.625rem;
    height: 0.625rem;
    border-radius: 50%;
    background: var(--_kind);
  }
  .name {
    flex: 1;
    min-width: 0;
    font-weight: 500;
  }
  .mentions {
    flex: none;
    color: var(--_muted);
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
  }
  .details {
    padding: 0.25rem 0.5rem 0.75rem 1.625rem;
    font-size: 0.9375em;
  }
  .details p {
    margin: 0 0 0.5rem;
  }
  .details a {
    color: var(--_accent);
  }
  .details h4 {
    margin: 0.5rem 0 0.25rem;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .chip {
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    font-size: 0.8125em;
    cursor: pointer;
  }
  .chip[data-kind] {
    border-inline-start: 3px solid var(--_kind);
  }
  .chip:hover {
    border-color: var(--_accent);
  }
  .chip.time {
    color: var(--_accent);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    [part~='entity'][part~='selected'] {
      border-color: Highlight;
    }
    .dot,
    .kind[aria-pressed='true']::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .chip {
      border-color: ButtonText;
    }
  }
`;

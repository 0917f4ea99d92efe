import { css } from 'lit';

export const keyMomentsStyles = css`
  [part~='header'] {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: 0.5rem;
  }
  h2 {
    margin: 0;
    font-size: 1.125em;
  }
  .count {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .moments {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  [part~='moment'] {
    position: relative;
    display: flex;
    align-items: center;
    gap: var(--_space);
    width: 100%;
    padding: 0.5rem var(--_space);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    text-align: start;
    cursor: pointer;
    overflow: hidden;
  }
  [part~='moment']:hover {
    background: var(--_bg-raised);
  }
  [part~='moment'][aria-current='true'] {
    background: var(--_accent-soft);
    border-color: var(--_accent);
  }
  .image {
    width: var(--ek-moment-image-size, 3rem);
    height: var(--ek-moment-image-size, 3rem);
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    flex: none;
  }
  .text {
    flex: 1;
    min-width: 0;
    display: grid;
  }
  .title {
    font-weight: 600;
  }
  .summary {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta {
    display: grid;
    justify-items: end;
    font-variant-numeric: tabular-nums;
    font-size: 0.875em;
  }
  [part~='time'] {
    color: var(--_accent);
    font-weight: 600;
  }
  .length {
    color: var(--_muted);
  }
  .progress {
    position: absolute;
    inset-inline-start: 0;
    inset-block-end: 0;
    height: 3px;
    width: 100%;
    background: var(--_accent);
    transform-origin: left;
    transform: scaleX(var(--_progress, 0));
  }
  :host(:dir(rtl)) .progress {
    transform-origin: right;
  }
  @media (forced-colors: active) {
    [part~='moment'][aria-current='true'] {
      border-color: Highlight;
    }
    .progress {
      background: Highlight;
    }
  }
`;

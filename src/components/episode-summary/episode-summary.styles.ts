import { css } from 'lit';

export const episodeSummaryStyles = css`
  .measure {
    height: 0;
  }
  [part~='header'] {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .cover {
    width: 5rem;
    height: 5rem;
    object-fit: cover;
    border-radius: var(--_radius);
    flex: none;
  }
  .head-text {
    min-width: 0;
  }
  .show {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  [part~='title'] {
    margin: 0.125rem 0 0.5rem;
    font-size: 1.5em;
    line-height: 1.25;
  }
  [part~='people'] {
    list-style: none;
    margin: 0 0 0.25rem;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .person {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  .avatar {
    width: 1.5rem;
    height: 1.5rem;
    border-radius: 50%;
    object-fit: cover;
  }
  .name {
    font-weight: 600;
    color: inherit;
  }
  a.name {
    text-decoration-color: var(--_accent);
  }
  .role {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .facts {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .note {
    margin: 0.5rem 0 0;
    color: var(--_muted);
    font-size: 0.875em;
    font-style: italic;
  }
  .show-notes {
    margin-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.5rem;
  }
  .show-notes > summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.25rem;
  }
  .show-notes p {
    margin: 0.5rem 0 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .sections {
    display: grid;
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ek-summary-columns, 18rem)), 1fr));
  }
  .narrow .sections {
    grid-template-columns: 1fr;
    gap: 0;
  }
  [part~='heading'] {
    margin: 0 0 0.5rem;
    font-size: 1.0625em;
  }
  details[part~='section'] {
    border-block-end: 1px solid var(--_border);
  }
  details[part~='section'] > summary {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.625rem 0.25rem;
    cursor: pointer;
    list-style: none;
  }
  details[part~='section'] > summary::-webkit-details-marker {
    display: none;
  }
  details[part~='section'] > summary::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 150ms ease;
  }
  :host(:dir(rtl)) details[part~='section'] > summary::before {
    transform: rotate(135deg);
  }
  details[part~='section'][open] > summary::before {
    transform: rotate(45deg);
  }
  details[part~='section'] [part~='heading'] {
    margin: 0;
  }
  details[part~='section'] > .points {
    padding-block-end: 0.75rem;
  }
  .points {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.375rem;
  }
  .point {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    /* Inside the element's box: a hover background that bled past it widened phone pages. */
    width: 100%;
    padding: 0.25rem 0.375rem;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: transparent;
    text-align: start;
    line-height: 1.45;
  }
  button.point {
    cursor: pointer;
  }
  button.point:hover {
    background: var(--_bg-raised);
  }
  .icon {
    flex: none;
    width: 1.5em;
    text-align: center;
  }
  .text {
    flex: 1;
    min-width: 0;
  }
  .time {
    flex: none;
    color: var(--_accent);
    font-size: 0.875em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  @media (prefers-reduced-motion: reduce) {
    details[part~='section'] > summary::before {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    button.point {
      border: 1px solid ButtonText;
    }
    .time {
      color: LinkText;
    }
  }
`;

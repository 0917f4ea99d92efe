import { css } from 'lit';

export const keyMomentsStyles = css`
  .moments {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .highlights-heading {
    margin: var(--_space) 0 0.25rem;
    font-size: 0.9375em;
  }
  [part~='moment'],
  [part~='soundbite'] {
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
  [part~='moment']:hover,
  [part~='soundbite']:hover {
    background: var(--_bg-raised);
  }
  [part~='moment'][aria-current='true'],
  [part~='soundbite'][aria-current='true'] {
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
  /* Timeline layout: marks on a bar over the episode's length, as video players show chapters. */
  .timeline {
    --_bar: var(--ek-timeline-height, 0.75rem);
    --_track: color-mix(in srgb, var(--_muted) 75%, var(--_bg));
    position: relative;
    height: max(1.75rem, var(--_bar));
    margin-block-start: 2.25rem;
  }
  .mark {
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_mark-start) * 100%);
    width: max(4px, calc(var(--_mark-length) * 100% - 2px));
    padding: 0;
    border: 0;
    background: transparent;
    cursor: pointer;
  }
  .mark::before {
    content: '';
    position: absolute;
    inset-inline: 0;
    inset-block-start: calc(50% - var(--_bar) / 2);
    height: var(--_bar);
    border-radius: 2px;
    background: var(--_track);
    transition: transform 120ms ease;
  }
  .mark:hover::before,
  .mark:focus-visible::before {
    transform: scaleY(1.6);
  }
  .mark[data-played]::before {
    background: var(--_accent);
  }
  .mark .progress {
    inset-block: auto;
    inset-block-start: calc(50% - var(--_bar) / 2);
    height: var(--_bar);
    border-radius: 2px;
  }
  .tooltip {
    position: absolute;
    inset-block-end: calc(100% + 0.25rem);
    left: 50%;
    transform: translateX(calc(-50% + var(--_tip-shift, 0px)));
    width: max-content;
    max-width: min(18rem, 80vw);
    padding: 0.25rem 0.5rem;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_fg);
    color: var(--_bg);
    font-size: 0.8125em;
    line-height: 1.3;
    white-space: normal;
    text-align: start;
    pointer-events: none;
    display: none;
    z-index: 1;
  }
  .mark[data-tip] .tooltip {
    display: block;
  }
  .now {
    margin: 0.25rem 0 0;
    display: flex;
    gap: 0.5em;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .now .none {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    .mark::before {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    [part~='moment'][aria-current='true'],
    [part~='soundbite'][aria-current='true'] {
      border-color: Highlight;
    }
    .progress,
    .mark[data-played]::before {
      background: Highlight;
    }
    .mark::before {
      background: GrayText;
    }
    .tooltip {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;

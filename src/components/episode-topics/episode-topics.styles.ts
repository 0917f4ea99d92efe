import { css } from 'lit';

export const episodeTopicsStyles = css`
  .topics {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .topic {
    display: inline-flex;
    align-items: baseline;
    gap: 0.5em;
    padding: 0.3rem 0.8rem;
    border: 1px solid var(--_border);
    border-radius: var(--ek-topic-radius, 999px);
    background: var(--_bg-raised);
    font-size: 0.9375em;
    line-height: 1.35;
    text-align: start;
  }
  button.topic {
    cursor: pointer;
  }
  button.topic:hover {
    border-color: var(--_accent);
  }
  [part~='selected'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  .time {
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  [part~='selected'] .time {
    color: inherit;
  }
  @media (forced-colors: active) {
    .topic {
      border-color: CanvasText;
    }
    [part~='selected'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
`;

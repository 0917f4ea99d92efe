import { css } from 'lit';
import { darkScheme } from '../../styles/shared.styles.js';

export const knowledgeGraphStyles = css`
  :host {
    --_link: var(--ek-graph-link, #aab1bb);
    height: 100%;
    min-width: 0;
  }
  ${darkScheme(css`
    --_link: var(--ek-graph-link, #58606b);
  `)}
  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    height: 100%;
    container-type: inline-size;
  }
  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem var(--_space);
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space);
  }
  .search input {
    font: inherit;
    font-size: 0.875em;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.5rem;
    width: 12rem;
    max-width: 100%;
  }
  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  button.control,
  .kind,
  .close {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
    min-width: 2rem;
    min-height: 2rem;
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
    font-size: 0.875em;
  }
  /* A drawn icon: no font has to be searched for a glyph (⤢ sent layout to font fallback, ~10 ms). */
  .icon {
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  button.control:hover,
  .kind:hover,
  .close:hover {
    background: var(--_bg-raised);
  }
  button.control[aria-pressed='true'] {
    background: var(--_accent-soft);
    border-color: var(--_accent);
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .main {
    position: relative;
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
  }
  .stage {
    position: relative;
    flex: 1 1 var(--ek-graph-height, 420px);
    min-height: 240px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow: hidden;
  }
  .stage[hidden] {
    display: none;
  }
  .surface {
    position: absolute;
    inset: 0;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }
  .surface:active {
    cursor: grabbing;
  }
  .surface-canvas,
  .surface-svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    display: block;
  }
  .links line {
    stroke: var(--_link);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .links [part~='active'] {
    stroke: var(--_accent);
    stroke-width: 2;
  }
  [part~='node'] {
    cursor: pointer;
    outline: none;
  }
  .surface-svg [part~='node'] circle {
    stroke: var(--_bg);
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
  }
  .surface-svg [part~='mentioned'] circle {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .surface-svg [part~='selected'] circle {
    stroke: var(--_fg);
    stroke-width: 3;
  }
  .surface-svg [part~='node']:focus-visible circle {
    stroke: var(--_accent);
    stroke-width: 4;
    stroke-dasharray: 3 2;
  }
  .hovering .links line:not([part~='active']),
  .hovering [part~='node']:not([part~='active']),
  .hovering [part~='label']:not(.active) {
    opacity: 0.2;
  }
  [part~='label'] {
    fill: var(--_fg);
    font-size: 12px;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .node-list {
    /* Visually hidden, but focus on a button must not scroll the page; its thousands of buttons
       are skipped by layout and paint (they stay in the accessibility tree and focusable). */
    top: 0;
    left: 0;
    content-visibility: auto;
    contain-intrinsic-size: 1px 1px;
  }
  .surface-canvas {
    transform-origin: 0 0;
  }
  [part~='tooltip'] {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 2;
    display: grid;
    max-width: 16rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_bg);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    font-size: 0.8125em;
    line-height: 1.35;
    pointer-events: none;
    transform: translate(
      clamp(4px, calc(var(--_x, 0px) + 12px), calc(var(--_w, 100vw) - 100% - 4px)),
      clamp(4px, calc(var(--_y, 0px) + 16px), calc(var(--_h, 100vh) - 100% - 4px))
    );
  }
  [part~='tooltip'][hidden] {
    display: none;
  }
  [part~='tooltip'] span {
    color: var(--_muted);
  }
  .progress {
    position: absolute;
    inset-inline: var(--_space);
    bottom: var(--_space);
    display: grid;
    gap: 0.25rem;
    padding: 0.375rem 0.5rem;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .progress .bar {
    height: 4px;
    background: var(--_accent);
    transform-origin: left;
    transform: scaleX(var(--_progress, 0));
  }
  .renderer-error {
    position: absolute;
    inset: 2rem 0.5rem auto;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    color: var(--_error);
    background: var(--_error-bg);
  }
  /* Over the drawing: on the stage's own background, so a label drawn under it never blurs it. */
  .hint-line {
    position: absolute;
    top: 0.25rem;
    inset-inline-start: 0.5rem;
    margin: 0;
    padding: 0 0.25rem;
    border-radius: var(--_radius);
    font-size: 0.75em;
    color: var(--_muted);
    background: var(--_bg);
    pointer-events: none;
  }
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .kind[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .kind[aria-pressed='false'] .swatch {
    background: transparent;
  }
  .swatch {
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    border: 2px solid var(--_swatch);
    background: var(--_swatch);
    vertical-align: -0.05em;
  }
  .kind-count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .links line,
    .links [part~='active'] {
      stroke: CanvasText;
    }
    .surface-svg [part~='node'] circle {
      stroke: CanvasText;
    }
    .surface-svg [part~='selected'] circle,
    .surface-svg [part~='node']:focus-visible circle,
    .surface-svg [part~='mentioned'] circle {
      stroke: Highlight;
    }
    [part~='label'] {
      fill: CanvasText;
    }
    .swatch {
      forced-color-adjust: none;
    }
  }
`;

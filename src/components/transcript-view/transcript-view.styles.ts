import { css } from 'lit';
import { darkScheme } from '../../styles/shared.styles.js';

export const transcriptViewStyles = css`
  :host {
    --_s1: var(--ek-speaker-1, #2c43c9);
    --_s2: var(--ek-speaker-2, #a1341c);
    --_s3: var(--ek-speaker-3, #11683f);
    --_s4: var(--ek-speaker-4, #8a2f9e);
    --_s5: var(--ek-speaker-5, #7f5200);
    --_s6: var(--ek-speaker-6, #0b6478);
    --_current: var(--ek-color-current, var(--_accent-soft));
    --_match: var(--ek-color-match, #fff0a8);
    --_match-current: var(--ek-color-match-current, #ffc94d);
    height: var(--ek-transcript-height, 36rem);
  }
  ${darkScheme(css`
    --_s1: var(--ek-speaker-1, #9fb0ff);
    --_s2: var(--ek-speaker-2, #ffa595);
    --_s3: var(--ek-speaker-3, #72d6a4);
    --_s4: var(--ek-speaker-4, #e5a9f2);
    --_s5: var(--ek-speaker-5, #f2c566);
    --_s6: var(--ek-speaker-6, #75d3e8);
    --_match: var(--ek-color-match, #5c4a00);
    --_match-current: var(--ek-color-match-current, #8a6a00);
  `)}
  [part~='base'] {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 12rem;
    /* A host left without a height still scrolls inside, so rows stay windowed. */
    max-height: 100vh;
    background: var(--_bg);
  }
  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem var(--_space);
    padding-block-end: 0.5rem;
    border-block-end: 1px solid var(--_border);
  }
  .title {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
  }
  .search {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    flex: 1 1 16rem;
    max-width: 26rem;
    /* On a phone the field gives way, not the page (it would overflow by its default width). */
    min-width: 0;
  }
  [part~='search'] {
    flex: 1;
    min-width: 0;
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3rem 0.6rem;
  }
  [part~='search']:focus-visible {
    outline: var(--_focus);
    outline-offset: 0;
  }
  [part~='match-count'] {
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    min-width: 4.5em;
    text-align: end;
  }
  button.icon {
    display: inline-grid;
    place-items: center;
    min-width: 2rem;
    height: 2rem;
    padding: 0 0.25rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  button.icon:hover:not(:disabled) {
    background: var(--_bg-raised);
    color: var(--_fg);
  }
  button.icon:disabled {
    opacity: 0.45;
    cursor: default;
  }
  button.icon svg {
    width: 1rem;
    height: 1rem;
  }
  .navigator {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.25rem 0.5rem;
    margin-block-start: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_accent-soft);
    font-size: 0.875em;
  }
  .navigator .position {
    color: var(--_fg);
  }
  .spacer-flex {
    flex: 1;
  }
  .viewport {
    position: relative;
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* What changes inside (rows coming and going) never lays out the page around it. */
    contain: strict;
  }
  /* Gives the viewport the height of every row; the rendered rows move over it. */
  .sizer {
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    width: 1px;
    pointer-events: none;
  }
  .rows {
    position: absolute;
    inset-inline: 0;
    top: 0;
    will-change: transform;
  }
  /* The text of rows that are not rendered, for find-in-page: hidden="until-found" keeps it out
     of layout and sight; a block the browser finds text in is laid out over its rows for a frame. */
  .found > div {
    position: absolute;
    inset-inline: 0;
    top: 0;
    white-space: pre-line;
  }
  .segment {
    --_speaker: var(--_s1);
    display: grid;
    /* Time, text, actions: the actions column stays in rows without actions, so no text reflows
       when a row gains its buttons. */
    grid-template-columns: auto 1fr 3.5rem;
    align-items: start;
    gap: 0 0.5rem;
    padding: 0.25rem 0.5rem;
    border-inline-start: 3px solid transparent;
    border-radius: 0 var(--_radius) var(--_radius) 0;
    cursor: pointer;
    contain: layout style;
  }
  .segment.turn {
    padding-block-start: 0.75rem;
  }
  .s1 {
    --_speaker: var(--_s2);
  }
  .s2 {
    --_speaker: var(--_s3);
  }
  .s3 {
    --_speaker: var(--_s4);
  }
  .s4 {
    --_speaker: var(--_s5);
  }
  .s5 {
    --_speaker: var(--_s6);
  }
  .segment:hover {
    background: var(--_bg-raised);
  }
  .segment:focus-visible {
    outline: var(--_focus);
    outline-offset: -2px;
  }
  [part~='segment'][part~='current'] {
    background: var(--_current);
    border-inline-start-color: var(--_speaker);
  }
  [part~='time'] {
    border: 0;
    background: transparent;
    padding: 0.125rem 0.25rem;
    margin-block-start: 0.0625rem;
    border-radius: calc(var(--_radius) / 2);
    color: var(--_muted);
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    cursor: pointer;
    min-width: 3.75em;
    text-align: end;
  }
  .turn [part~='time'] {
    margin-block-start: 1.5em;
  }
  [part~='time']:hover {
    color: var(--_accent);
    text-decoration: underline;
  }
  .body {
    min-width: 0;
  }
  [part~='speaker'] {
    display: block;
    color: var(--_speaker);
    font-weight: 650;
    font-size: 0.875em;
    line-height: 1.5rem;
  }
  .text {
    margin: 0;
    overflow-wrap: anywhere;
  }
  [part~='word'][part~='current'] {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-radius: 3px;
  }
  mark {
    background: var(--_match);
    color: inherit;
    border-radius: 2px;
  }
  mark[part~='current'] {
    background: var(--_match-current);
    outline: 2px solid var(--_fg);
    outline-offset: 0;
  }
  .mention {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-decoration: underline dotted var(--_muted);
    text-underline-offset: 0.2em;
  }
  .mention:hover {
    text-decoration-style: solid;
    color: var(--_accent);
  }
  [part~='mention'][part~='selected'] {
    background: var(--_accent-soft);
    color: var(--_fg);
    text-decoration: underline solid var(--_accent);
    text-decoration-thickness: 2px;
    border-radius: 2px;
  }
  .mention.stepped {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  /* No height of its own (the buttons hang from the row's top): a row that gains its buttons
     keeps its measured height, so the rows below do not move. */
  .actions {
    display: flex;
    block-size: 0;
    opacity: 0;
  }
  .turn .actions {
    margin-block-start: 1.25em;
  }
  .actions button.icon {
    min-width: 1.75rem;
    height: 1.75rem;
  }
  .segment:hover .actions,
  .segment:focus-within .actions {
    opacity: 1;
  }
  @media (hover: none) {
    .actions {
      opacity: 1;
    }
  }
  [part~='follow-button'] {
    position: absolute;
    inset-block-end: 1rem;
    inset-inline-start: 50%;
    transform: translateX(-50%);
    padding: 0.4rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 600;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    cursor: pointer;
  }
  :host(:dir(rtl)) [part~='follow-button'] {
    transform: translateX(50%);
  }
  @media (max-width: 30rem) {
    .segment {
      grid-template-columns: auto 1fr 1.75rem;
      gap: 0 0.25rem;
      padding-inline: 0.25rem;
    }
    .actions {
      flex-direction: column;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .viewport {
      scroll-behavior: auto;
    }
  }
  @media (forced-colors: active) {
    [part~='segment'][part~='current'] {
      border-inline-start-color: Highlight;
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      outline: 1px solid Highlight;
    }
    [part~='word'][part~='current'],
    mark[part~='current'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
    [part~='follow-button'] {
      border: 1px solid ButtonText;
    }
  }
`;

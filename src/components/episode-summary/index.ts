import { EpisodeSummary } from './episode-summary.js';

// The event types (`seek`, `entity-select`…) in HTMLElementEventMap, for a page that imports only this element.
export type {} from '../../events.js';

export { EpisodeSummary, parseSectionList } from './episode-summary.js';

// Guarded: loading episode-kit twice on one page must not throw.
if (!customElements.get('episode-summary')) customElements.define('episode-summary', EpisodeSummary);

declare global {
  interface HTMLElementTagNameMap {
    'episode-summary': EpisodeSummary;
  }
}

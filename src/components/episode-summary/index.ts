import { EpisodeSummary } from './episode-summary.js';

export { EpisodeSummary, parseSectionList } from './episode-summary.js';

// Guarded: loading episode-kit twice on one page must not throw.
if (!customElements.get('episode-summary')) customElements.define('episode-summary', EpisodeSummary);

declare global {
  interface HTMLElementTagNameMap {
    'episode-summary': EpisodeSummary;
  }
}

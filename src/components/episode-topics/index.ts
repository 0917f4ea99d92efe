import { EpisodeTopics } from './episode-topics.js';

// The event types (`seek`, `entity-select`…) in HTMLElementEventMap, for a page that imports only this element.
export type {} from '../../events.js';

export { EpisodeTopics } from './episode-topics.js';

// Guarded: loading episode-kit twice on one page must not throw.
if (!customElements.get('episode-topics')) customElements.define('episode-topics', EpisodeTopics);

declare global {
  interface HTMLElementTagNameMap {
    'episode-topics': EpisodeTopics;
  }
}

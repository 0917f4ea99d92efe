import { EpisodeProvider } from './episode-provider.js';

// The event types (`seek`, `entity-select`…) in HTMLElementEventMap, for a page that imports only this element.
export type {} from '../../events.js';

export { EpisodeProvider };

// Guarded: loading episode-kit twice on one page must not throw.
if (!customElements.get('episode-provider')) customElements.define('episode-provider', EpisodeProvider);

declare global {
  interface HTMLElementTagNameMap {
    'episode-provider': EpisodeProvider;
  }
}

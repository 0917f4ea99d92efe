import { KeyMoments } from './key-moments.js';

// The event types (`seek`, `entity-select`…) in HTMLElementEventMap, for a page that imports only this element.
export type {} from '../../events.js';

export { KeyMoments, chapterAt } from './key-moments.js';

// Guarded: loading episode-kit twice on one page must not throw.
if (!customElements.get('key-moments')) customElements.define('key-moments', KeyMoments);

declare global {
  interface HTMLElementTagNameMap {
    'key-moments': KeyMoments;
  }
}

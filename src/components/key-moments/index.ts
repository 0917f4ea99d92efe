import { KeyMoments } from './key-moments.js';

export { KeyMoments, chapterAt } from './key-moments.js';

// Guarded: loading episode-kit twice on one page must not throw.
if (!customElements.get('key-moments')) customElements.define('key-moments', KeyMoments);

declare global {
  interface HTMLElementTagNameMap {
    'key-moments': KeyMoments;
  }
}

import { TranscriptView } from './transcript-view.js';

// The event types (`seek`, `entity-select`…) in HTMLElementEventMap, for a page that imports only this element.
export type {} from '../../events.js';

export { TranscriptView } from './transcript-view.js';

// Guarded: loading episode-kit twice on one page must not throw.
if (!customElements.get('transcript-view')) customElements.define('transcript-view', TranscriptView);

declare global {
  interface HTMLElementTagNameMap {
    'transcript-view': TranscriptView;
  }
}

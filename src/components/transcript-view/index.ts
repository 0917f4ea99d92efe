import { TranscriptView } from './transcript-view.js';

export { TranscriptView } from './transcript-view.js';

// Guarded: loading episode-kit twice on one page must not throw.
if (!customElements.get('transcript-view')) customElements.define('transcript-view', TranscriptView);

declare global {
  interface HTMLElementTagNameMap {
    'transcript-view': TranscriptView;
  }
}

import { KnowledgeGraph } from './knowledge-graph.js';

// The event types (`seek`, `entity-select`…) in HTMLElementEventMap, for a page that imports only this element.
export type {} from '../../events.js';

export { KnowledgeGraph } from './knowledge-graph.js';

// Guarded: loading episode-kit twice on one page must not throw.
if (!customElements.get('knowledge-graph')) customElements.define('knowledge-graph', KnowledgeGraph);

declare global {
  interface HTMLElementTagNameMap {
    'knowledge-graph': KnowledgeGraph;
  }
}

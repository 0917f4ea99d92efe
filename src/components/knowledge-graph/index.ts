import { KnowledgeGraph } from './knowledge-graph.js';

export { KnowledgeGraph } from './knowledge-graph.js';

// Guarded: loading episode-kit twice on one page must not throw.
if (!customElements.get('knowledge-graph')) customElements.define('knowledge-graph', KnowledgeGraph);

declare global {
  interface HTMLElementTagNameMap {
    'knowledge-graph': KnowledgeGraph;
  }
}

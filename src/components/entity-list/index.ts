import { EntityList } from './entity-list.js';

export { EntityList, ENTITY_KIND_ORDER, groupEntities } from './entity-list.js';

// Guarded: loading episode-kit twice on one page must not throw.
if (!customElements.get('entity-list')) customElements.define('entity-list', EntityList);

declare global {
  interface HTMLElementTagNameMap {
    'entity-list': EntityList;
  }
}

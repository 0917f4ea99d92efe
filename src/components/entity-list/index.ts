import { EntityList } from './entity-list.js';

// The event types (`seek`, `entity-select`…) in HTMLElementEventMap, for a page that imports only this element.
export type {} from '../../events.js';

export { EntityList, ENTITY_KIND_ORDER, groupEntities } from './entity-list.js';

// Guarded: loading episode-kit twice on one page must not throw.
if (!customElements.get('entity-list')) customElements.define('entity-list', EntityList);

declare global {
  interface HTMLElementTagNameMap {
    'entity-list': EntityList;
  }
}

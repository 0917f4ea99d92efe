/**
 * The "View as list" table: every entity, its kind and its connections. A chunk of its own in the
 * CDN build, fetched the first time a reader asks for the list.
 */
import { css, html, type TemplateResult } from 'lit';
import type { GraphModel, GraphNode } from '../../graph/model.js';
import type { EkStrings } from '../../i18n/strings.js';
import { neighboursOf } from './entity-details.js';

/** Its styles travel with it (a chunk's bytes, not the bundle's), adopted by the element when it first shows it. */
export const entityTableStyles = css`
  .link-button{border:1px solid var(--_border);border-radius:999px;background:var(--_bg-raised);padding:.0625rem .5rem;cursor:pointer;font-size:.9em}
  .link-button:hover{border-color:var(--_accent)}
  .table-wrap{overflow:auto;flex:1 1 auto;max-height:var(--ek-graph-height,420px);border:1px solid var(--_border);border-radius:var(--_radius)}
  .entity-table{width:100%;border-collapse:collapse;font-size:.875em}
  .entity-table th,.entity-table td{text-align:start;vertical-align:top;padding:.25rem .5rem;border-bottom:1px solid var(--_border)}
  .entity-table thead th{position:sticky;top:0;background:var(--_bg-raised)}
  .entity-table tr.selected{background:var(--_accent-soft)}
  .entity-table .link-button{font-weight:600;text-align:start}
`;

export interface EntityTableHost {
  strings: EkStrings;
  hiddenKinds: ReadonlySet<string>;
  selected: string | null;
  kindName(kind: string): string;
  choose(node: GraphNode): void;
}

export function renderEntityTable(model: GraphModel, host: EntityTableHost): TemplateResult {
  const strings = host.strings;
  const rows = model.bySize().filter((node) => !host.hiddenKinds.has(node.kind));
  return html`    <div class="table-wrap">
    <table class="entity-table">
      <caption class="visually-hidden">${strings.graphHeading}</caption>
      <thead>
        <tr>
          <th scope="col">${strings.graphTableEntity}</th>
          <th scope="col">${strings.graphTableKind}</th>
          <th scope="col">${strings.graphTableConnections}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (node) => html`<tr class=${node.id === host.selected ? 'selected' : ''}>
            <th scope="row">
              <button type="button" class="link-button" aria-pressed=${node.id === host.selected ? 'true' : 'false'} @click=${() => host.choose(node)}>
                ${node.name}
              </button>
            </th>
            <td>${host.kindName(node.kind)}</td>
            <td>${strings.graphTableNeighbours(neighboursOf(model, node).map(({ other, labels }) => strings.graphTableNeighbour(other.name, strings.graphRelations(labels))))}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

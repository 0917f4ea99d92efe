/**
 * The "View as list" table: every entity, its kind and its connections. A chunk of its own in the
 * CDN build, fetched the first time a reader asks for the list.
 */
import { html, type TemplateResult } from 'lit';
import type { GraphModel, GraphNode } from '../../graph/model.js';
import type { EkStrings } from '../../i18n/strings.js';

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
  return html`<div class="table-wrap">
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
            <td>${[...model.neighbours[node.index]].map((i) => model.nodes[i].name).join(', ')}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

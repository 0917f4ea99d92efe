/**
 * The selected entity's panel: name, kind, description, checked link, connections (each selects)
 * and mention times (each seeks). A chunk of its own in the CDN build, fetched while the page is
 * idle after the graph's first render, or at the first selection if that comes sooner.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../../styles/css-props.js';
import { formatTime } from '../../episode/time.js';
import type { Entity } from '../../episode/types.js';
import { isSafeUrl } from '../../episode/url.js';
import type { GraphModel, GraphNode } from '../../graph/model.js';
import type { EkStrings } from '../../i18n/strings.js';

/** Its styles travel with it (a chunk's bytes, not the bundle's), adopted by the element when it first shows it. */
export const entityDetailsStyles = css`
  [part~='details']{background:var(--_bg);border:1px solid var(--_border);border-radius:var(--_radius);padding:.5rem var(--_space) var(--_space);font-size:.875em;overflow:auto;margin-top:.5rem;flex:none}
  @container (min-width: 640px) {
  [part~='details']{position:absolute;top:.5rem;right:.5rem;width:17rem;max-height:calc(100% - 1rem);margin:0;box-shadow:0 2px 12px rgb(0 0 0 / .12);z-index:3}
  }
  .details-head{display:flex;align-items:start;justify-content:space-between;gap:.5rem}
  h3{margin:.25rem 0 0;font-size:1.0625rem}
  h4{margin:.75rem 0 .25rem;font-size:.8125rem;color:var(--_muted);font-weight:600}
  .kind-line{margin:.125rem 0 .5rem;color:var(--_muted)}
  .description{margin:0 0 .5rem}
  a{color:var(--_accent)}
  .connections,.mentions{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem}
  .link-button,.time{border:1px solid var(--_border);border-radius:999px;background:var(--_bg-raised);padding:.0625rem .5rem;cursor:pointer;font-size:.9em}
  .time{color:var(--_accent);font-variant-numeric:tabular-nums;font-weight:600}
  .link-button:hover,.time:hover{border-color:var(--_accent)}
  .relations{color:var(--_muted);font-size:.85em;margin-inline-start:.375rem}
`;

export interface EntityDetailsHost {
  strings: EkStrings;
  entity: Entity | undefined;
  colour: string;
  kindName(kind: string): string;
  formatNumber(value: number): string;
  close(): void;
  choose(node: GraphNode): void;
  seek(time: number): void;
}

/**
 * A node's neighbours, each with the labels of every relation the pair has (`uses`, `cuts cost
 * of`: one line, two relations), sorted by name. The table uses it too (this chunk is loaded
 * while the page is idle, before a reader can ask for the table).
 */
export function neighboursOf(model: GraphModel, node: GraphNode): { other: GraphNode; labels: string[] }[] {
  return model.linksOf[node.index]
    .map((index) => {
      const link = model.links[index];
      return { other: link.source === node ? link.target : link.source, labels: link.labels };
    })
    .sort((a, b) => a.other.name.localeCompare(b.other.name));
}

export function renderEntityDetails(node: GraphNode, model: GraphModel, host: EntityDetailsHost): TemplateResult {
  const { strings, entity } = host;
  const href = entity?.href && isSafeUrl(entity.href) ? entity.href : undefined;
  const neighbours = neighboursOf(model, node);
  const mentions = entity?.mentions ?? [];
  return html`    <aside part="details" aria-labelledby="details-heading">
    <div class="details-head">
      <h3 id="details-heading">${node.name}</h3>
      <button type="button" class="close" aria-label=${strings.graphClearSelection} @click=${() => host.close()}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
    <p class="kind-line">
      <span class="swatch" ${cssProps({ '--_swatch': host.colour })}></span>
      ${strings.graphNodeMeta(host.kindName(node.kind), strings.graphConnections(node.connections, host.formatNumber(node.connections)))}
    </p>
    ${entity?.description ? html`<p class="description">${entity.description}</p>` : nothing}
    ${href ? html`<p><a href=${href} target="_blank" rel="noopener noreferrer">${strings.graphMoreAbout}</a></p>` : nothing}
    ${neighbours.length
      ? html`<h4>${strings.graphDetailsConnections}</h4>
          <ul class="connections">
            ${neighbours.map(
              ({ other, labels }) => html`<li>
                <button type="button" class="link-button" @click=${() => host.choose(other)}>${other.name}</button>
                ${labels.length ? html`<span class="relations">${strings.graphRelations(labels)}</span>` : nothing}
              </li>`,
            )}
          </ul>`
      : nothing}
    ${mentions.length
      ? html`<h4>${strings.graphDetailsMentions}</h4>
          <ul class="mentions">
            ${mentions.map(
              (time) => html`<li>
                <button type="button" class="time" aria-label=${strings.seekTo(formatTime(time))} @click=${() => host.seek(time)}>
                  ${formatTime(time)}
                </button>
              </li>`,
            )}
          </ul>`
      : nothing}
  </aside>`;
}

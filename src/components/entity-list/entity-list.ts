import { headerStyles, headingStyles } from '../../styles/shared.styles.js';
import { kindAttributeStyles, kindColourStyles } from '../../styles/kind-colours.styles.js';
import { KNOWN_KINDS } from '../../entity-kinds.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatTime } from '../../episode/time.js';
import type { Entity, Episode, Link } from '../../episode/types.js';
import { fold } from '../../episode/fold.js';
import { ownValue } from '../../episode/own.js';
import { isSafeUrl } from '../../episode/url.js';
import { EpisodeWidget } from '../../widget/episode-widget.js';
import { RovingFocus } from '../../widget/roving-focus.js';
import { entityListStyles } from './entity-list.styles.js';

/** The order of the known kinds (public name kept for the package's users). */
export const ENTITY_KIND_ORDER = KNOWN_KINDS;

export interface EntityGroup {
  kind: string;
  entities: Entity[];
}

/**
 * Entities grouped by kind, in a stable order: the known kinds in `ENTITY_KIND_ORDER` order, then any
 * other kind by name; inside a group, by name. Names compare with `collator` (the reader's language).
 */
export function groupEntities(entities: readonly Entity[], collator: Intl.Collator): EntityGroup[] {
  const byKind = new Map<string, Entity[]>();
  for (const entity of entities) {
    const kind = entity.type.trim().toLowerCase() || 'other';
    let list = byKind.get(kind);
    if (!list) byKind.set(kind, (list = []));
    list.push(entity);
  }
  const known: readonly string[] = KNOWN_KINDS;
  const kinds = [...byKind.keys()].sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    if (ia >= 0 || ib >= 0) return (ia < 0 ? known.length : ia) - (ib < 0 ? known.length : ib);
    return collator.compare(a, b);
  });
  return kinds.map((kind) => ({
    kind,
    entities: byKind.get(kind)!.slice().sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)),
  }));
}

interface Connection {
  other: Entity;
  label: string;
  /** true: from the expanded entity to `other`; false: from `other` to it. */
  outgoing: boolean;
}

/** How many mention times an expanded entity shows before "N more". */
const MENTIONS_SHOWN = 12;

/**
 * The entities the episode mentions, grouped by kind (the seed page's "Smart objects"), with a
 * filter field and a toggle per kind. Choosing an entity selects it everywhere (`entity-select`)
 * and expands it: its description, its link, its connections (each selects that entity) and its
 * mentions (each seeks). Choosing it again clears the selection. The selected entity, wherever it
 * was chosen, is expanded, marked and scrolled into view inside the list (the list scrolls, the
 * page does not jump); the filter and the kind toggles never hide it.
 *
 * Keyboard: the entities are one tab stop (the selected one, else the one last focused, else the
 * first); Up/Down/Home/End and type-ahead move between them; Enter or Space selects. The selected
 * entity's details (link, connections, mention times) follow its row in Tab order.
 * It never re-renders on a playback tick.
 *
 * @summary Mentioned entities by kind; select one, see its connections and mentions.
 *
 * @fires entity-select - `{ id }` when an entity or a connection is chosen; `{ id: null }` when the selected one is chosen again.
 * @fires seek - `{ time }` when a mention time is chosen.
 * @fires episode-load - When used alone, once its episode is shown.
 * @fires episode-error - When used alone, when nothing can be shown.
 *
 * @csspart base - The wrapper.
 * @csspart header - The heading and the counts.
 * @csspart group - One kind's group (its heading reads "Companies · 14").
 * @csspart entity - One entity's button (also `selected` when it is the selected entity).
 * @csspart loading - The loading notice.
 * @csspart error - The error box.
 *
 * @cssproperty --ek-color-accent - Colour of the selected entity.
 * @cssproperty --ek-entity-list-max-height - Height at which the list scrolls (default 32rem; `none` to grow).
 * @cssproperty --ek-kind-person - Colour of a person's dot (also -company, -product, -concept, -location, -media,
 *   -event, and `--ek-kind-<kind>` for any other kind); shared with the graph.
 */
export class EntityList extends EpisodeWidget {
  static override styles = [...EpisodeWidget.styles, kindColourStyles, headingStyles, headerStyles, kindAttributeStyles, entityListStyles];
  protected static override playbackMode = false as const;

  /** Shows only entities whose name or alias contains this text (also what the filter field holds). */
  @property({ reflect: true }) filter = '';

  /** Hides the filter field and the kind toggles. */
  @property({ type: Boolean, reflect: true, attribute: 'no-filter' }) noFilter = false;

  /** Kinds the reader has toggled off. */
  @state() private hiddenKinds = new Set<string>();
  /** Entities whose full mention list the reader asked for. */
  @state() private allMentions = new Set<string>();

  private cache?: {
    episode: Episode;
    lang: string;
    groups: EntityGroup[];
    byId: Map<string, Entity>;
    connections: Map<string, Connection[]>;
  };
  private scrolledTo: string | null = null;
  private focusAfterUpdate: string | null = null;
  private readonly roving = new RovingFocus(this, {
    items: () => this.entityButtons(),
    key: (button) => button.dataset.id!,
    preferred: () => this.selectedEntity,
    label: (button) => button.querySelector('.name')?.textContent ?? '',
  });

  private model(episode: Episode) {
    const lang = this.language;
    if (this.cache?.episode !== episode || this.cache.lang !== lang) {
      const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
      const byId = new Map(episode.entities.map((e) => [e.id, e]));
      const connections = new Map<string, Connection[]>();
      const add = (id: string, connection: Connection) => {
        let list = connections.get(id);
        if (!list) connections.set(id, (list = []));
        list.push(connection);
      };
      for (const link of episode.links as Link[]) {
        const source = byId.get(link.source);
        const target = byId.get(link.target);
        if (!source || !target || source === target) continue;
        add(source.id, { other: target, label: link.label ?? '', outgoing: true });
        add(target.id, { other: source, label: link.label ?? '', outgoing: false });
      }
      this.cache = { episode, lang, groups: groupEntities(episode.entities, collator), byId, connections };
    }
    return this.cache;
  }

  /** The label of a kind: from the string table for the known kinds, else the kind itself. */
  private kindLabel(kind: string): string {
    const known = ownValue(this.text.entityKinds, kind);
    if (known) return known;
    const words = kind.replace(/[-_]+/g, ' ').trim() || kind;
    return words.charAt(0).toLocaleUpperCase(this.language) + words.slice(1);
  }

  protected renderEpisode(episode: Episode): TemplateResult {
    const strings = this.text;
    const { groups } = this.model(episode);
    const selected = this.selectedEntity;
    const query = fold(this.filter.trim());
    const matches = (entity: Entity) =>
      entity.id === selected ||
      (!this.hiddenKinds.has(entity.type.trim().toLowerCase() || 'other') &&
        (!query || fold(entity.name).includes(query) || entity.aliases.some((alias) => fold(alias).includes(query))));
    const shownGroups = groups.map((group) => ({ ...group, entities: group.entities.filter(matches) }));
    const shownCount = shownGroups.reduce((n, group) => n + group.entities.length, 0);
    const total = episode.entities.length;
    const filtering = shownCount !== total || query !== '';
    // `.groups` is tabindex=-1: Firefox would make the scrolling box a tab stop of its own, and
    // focus moving between entities scrolls it anyway.
    return html`<section part="base" aria-labelledby="heading">
      <header part="header">
        <h2 id="heading">${strings.entitiesHeading}</h2>
        <span class="count"
          >${strings.entitiesCount(total, this.formatNumber(total), episode.links.length, this.formatNumber(episode.links.length))}</span
        >
      </header>
      ${!total
        ? html`<p class="hint">${strings.noEntities}</p>`
        : html`${this.noFilter ? nothing : this.renderControls(groups)}
            <p class="visually-hidden" role="status">
              ${filtering ? strings.entityShown(shownCount, this.formatNumber(shownCount), total, this.formatNumber(total)) : ''}
            </p>
            <div class="groups" tabindex="-1">
              ${shownCount
                ? shownGroups.filter((group) => group.entities.length).map((group) => this.renderGroup(group, selected))
                : html`<p class="hint">${strings.entityNoMatch}</p>`}
            </div>`}
    </section>`;
  }

  private renderControls(groups: EntityGroup[]): TemplateResult {
    const strings = this.text;
    return html`<div class="controls">
      <label class="filter">
        <span class="visually-hidden">${strings.entityFilter}</span>
        <input type="search" .value=${this.filter} placeholder=${strings.entityFilter} autocomplete="off" @input=${this.onFilterInput} />
      </label>
      <div class="kinds" role="group" aria-label=${strings.entityKindsLabel}>
        ${groups.map((group) => {
          const on = !this.hiddenKinds.has(group.kind);
          return html`<button
            type="button"
            class="kind"
            data-kind=${group.kind}
            aria-pressed=${on ? 'true' : 'false'}
            @click=${() => this.toggleKind(group.kind)}
          >
            ${this.kindLabel(group.kind)} <span class="kind-count">${this.formatNumber(group.entities.length)}</span>
          </button>`;
        })}
      </div>
    </div>`;
  }

  private renderGroup(group: EntityGroup, selected: string | null): TemplateResult {
    const label = this.text.entityGroup(this.kindLabel(group.kind), group.entities.length, this.formatNumber(group.entities.length));
    const headingId = `group-${group.kind.replace(/[^a-z0-9-]/gi, '_')}`;
    return html`<section part="group" class="group" data-kind=${group.kind} aria-labelledby=${headingId}>
      <h3 id=${headingId}>${label}</h3>
      <ul class="entities">
        ${group.entities.map((entity) => this.renderEntity(entity, entity.id === selected))}
      </ul>
    </section>`;
  }

  private renderEntity(entity: Entity, selected: boolean): TemplateResult {
    const strings = this.text;
    const count = entity.mentions.length;
    return html`<li class="entity-item" data-kind=${entity.type.trim().toLowerCase() || 'other'}>
      <button
        type="button"
        part=${selected ? 'entity selected' : 'entity'}
        class="entity"
        data-id=${entity.id}
        aria-expanded=${selected ? 'true' : 'false'}
        @click=${() => this.choose(entity.id)}
      >
        <span class="dot" aria-hidden="true"></span>
        <span class="name">${entity.name}</span>
        <span class="mentions">${strings.entityMentions(count, this.formatNumber(count))}</span>
      </button>
      ${selected ? this.renderDetails(entity) : nothing}
    </li>`;
  }

  private renderDetails(entity: Entity): TemplateResult {
    const strings = this.text;
    const href = entity.href && isSafeUrl(entity.href) ? entity.href : undefined;
    const connections = this.cache?.connections.get(entity.id) ?? [];
    const showAll = this.allMentions.has(entity.id);
    const mentions = showAll ? entity.mentions : entity.mentions.slice(0, MENTIONS_SHOWN);
    const more = entity.mentions.length - mentions.length;
    return html`<div class="details">
      ${entity.description ? html`<p class="description">${entity.description}</p>` : nothing}
      ${href
        ? html`<p class="link"><a href=${href} target="_blank" rel="noopener noreferrer">${strings.entityLink(entity.name)}</a></p>`
        : nothing}
      ${connections.length
        ? html`<h4>${strings.entityConnections}</h4>
            <ul class="chips connections">
              ${connections.map(
                (c) => html`<li>
                  <button type="button" class="chip" data-kind=${c.other.type.trim().toLowerCase()} @click=${() => this.followConnection(c.other.id)}>
                    ${c.outgoing ? strings.entityConnection(c.label, c.other.name) : strings.entityConnectionFrom(c.other.name, c.label)}
                  </button>
                </li>`,
              )}
            </ul>`
        : nothing}
      ${entity.mentions.length
        ? html`<h4>${strings.entityMentionsHeading}</h4>
            <ul class="chips mentions-list">
              ${mentions.map((time) => {
                const label = formatTime(time);
                return html`<li>
                  <button type="button" class="chip time" aria-label=${strings.seekTo(label)} @click=${() => this.seek(time)}>${label}</button>
                </li>`;
              })}
              ${more > 0
                ? html`<li>
                    <button type="button" class="chip more" @click=${() => this.showAllMentions(entity.id)}>
                      ${strings.entityMoreMentions(more, this.formatNumber(more))}
                    </button>
                  </li>`
                : nothing}
            </ul>`
        : nothing}
    </div>`;
  }

  private choose(id: string): void {
    this.selectEntity(this.selectedEntity === id ? null : id);
  }

  private followConnection(id: string): void {
    // The details that held the connection close: keep the keyboard on the entity it leads to.
    this.focusAfterUpdate = id;
    this.selectEntity(id);
  }

  private showAllMentions(id: string): void {
    this.allMentions = new Set(this.allMentions).add(id);
  }

  private toggleKind(kind: string): void {
    const hidden = new Set(this.hiddenKinds);
    if (hidden.has(kind)) hidden.delete(kind);
    else hidden.add(kind);
    this.hiddenKinds = hidden;
  }

  private onFilterInput(event: Event): void {
    this.filter = (event.target as HTMLInputElement).value;
  }

  private entityButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="entity"]')];
  }

  private buttonFor(id: string): HTMLButtonElement | undefined {
    return this.entityButtons().find((button) => button.dataset.id === id);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const selected = this.selectedEntity;
    if (this.focusAfterUpdate !== null && this.roving.focusItem(this.focusAfterUpdate)) this.focusAfterUpdate = null;
    if (selected !== this.scrolledTo) {
      const target = selected === null ? undefined : this.buttonFor(selected);
      if (selected === null || target) this.scrolledTo = selected;
      if (target) this.scrollIntoList(target);
    }
  }

  /** Scrolls the list (never the page) so the entity and the top of its details show. */
  private scrollIntoList(target: HTMLElement): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.groups');
    if (!list || list.scrollHeight <= list.clientHeight) return;
    const box = list.getBoundingClientRect();
    const row = target.getBoundingClientRect();
    const top = row.top - box.top;
    if (top >= 0 && row.bottom <= box.bottom) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    list.scrollTo({ top: list.scrollTop + top - 8, behavior: reduce ? 'auto' : 'smooth' });
  }
}

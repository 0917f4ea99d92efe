import { headerStyles, headingStyles } from '../../styles/shared.styles.js';
import { html, nothing, type TemplateResult } from 'lit';
import { formatTime } from '../../episode/time.js';
import type { Episode, Topic } from '../../episode/types.js';
import { EpisodeWidget } from '../../widget/episode-widget.js';
import { episodeTopicsStyles } from './episode-topics.styles.js';

/**
 * The episode's topics as chips. Choosing one:
 * - with `entities`: selects its first entity (`entity-select`), so the graph, the entity list and
 *   the transcript show where it comes up;
 * - with a `time`: seeks there (`seek`);
 * - with both: does both, selecting first, so the reader both hears the topic and sees its thing
 *   marked everywhere (a page that cancels the seek still gets the selection).
 * A topic whose entities include the selected entity, wherever it was chosen, is marked selected.
 *
 * It never re-renders on a playback tick.
 *
 * @summary Topics (themes) of the episode as chips that seek or select.
 *
 * @fires seek - `{ time }` when a topic with a time is chosen.
 * @fires entity-select - `{ id }` (the topic's first entity) when a topic with entities is chosen.
 * @fires episode-load - When used alone, once its episode is shown.
 * @fires episode-error - When used alone, when nothing can be shown.
 *
 * @csspart base - The wrapper.
 * @csspart header - The heading and the count.
 * @csspart topic - One topic chip (also `selected` when it holds the selected entity).
 * @csspart loading - The loading notice.
 * @csspart error - The error box.
 *
 * @cssproperty --ek-color-accent - Colour of selected topics.
 * @cssproperty --ek-topic-radius - Corner radius of a chip (default 999px: a pill).
 */
export class EpisodeTopics extends EpisodeWidget {
  static override styles = [...EpisodeWidget.styles, headingStyles, headerStyles, episodeTopicsStyles];
  protected static override playbackMode = false as const;

  protected renderEpisode(episode: Episode): TemplateResult {
    const strings = this.text;
    const count = episode.topics.length;
    const selected = this.selectedEntity;
    return html`<section part="base" aria-labelledby="heading">
      <header part="header">
        <h2 id="heading">${strings.topicsHeading}</h2>
        <span class="count">${strings.topicsCount(count, this.formatNumber(count))}</span>
      </header>
      ${count
        ? html`<ul class="topics">
            ${episode.topics.map((topic) => html`<li>${this.renderTopic(topic, selected !== null && topic.entities.includes(selected))}</li>`)}
          </ul>`
        : html`<p class="hint">${strings.noTopics}</p>`}
    </section>`;
  }

  private renderTopic(topic: Topic, selected: boolean): TemplateResult {
    const time = topic.time !== undefined ? formatTime(topic.time) : undefined;
    const acts = time !== undefined || topic.entities.length > 0;
    const content = html`<span class="label">${topic.label}</span>${time !== undefined
        ? html`<span class="time"><span class="visually-hidden">${this.text.topicSeekTo(time)}</span><span aria-hidden="true">${time}</span></span>`
        : nothing}`;
    if (!acts) return html`<span part="topic" class="topic">${content}</span>`;
    return html`<button
      type="button"
      part=${selected ? 'topic selected' : 'topic'}
      class="topic"
      aria-current=${selected ? 'true' : nothing}
      @click=${() => this.choose(topic)}
    >
      ${content}
    </button>`;
  }

  private choose(topic: Topic): void {
    if (topic.entities.length) this.selectEntity(topic.entities[0]);
    if (topic.time !== undefined) this.seek(topic.time);
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EkStrings } from '../../i18n/strings.js';
import type { MentionIndex } from './transcript-model.js';

export interface MentionNavigatorHost extends ReactiveControllerHost {
  /** The entity selected on the page (any widget selects it). */
  readonly selectedEntity: string | null;
}

export interface MentionNavigatorOptions {
  /** Where each entity is mentioned (none before an episode is shown). */
  mentions(): MentionIndex | undefined;
  /** Brings row `index` into view for the reader. */
  reveal(index: number): void;
  /** The reader wants to hear a mention: plays from the start of row `index`. */
  play(index: number): void;
  /** The stepped mention changed: render again. */
  changed(): void;
}

/** A mention: which row, and which of the row's mention ranges. */
export interface SteppedMention {
  segment: number;
  range: number;
}

/**
 * The mention navigator: steps through the mentions of the selected entity ("2 of 7"), brings
 * each into view and plays it. A new selection starts again before the first mention.
 */
export class MentionNavigator implements ReactiveController {
  /** The stepped mention's place in the selected entity's list (-1: none yet). */
  private step = -1;
  private entity: string | null = null;

  constructor(
    private readonly host: MentionNavigatorHost,
    private readonly options: MentionNavigatorOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const selected = this.host.selectedEntity;
    if (selected === this.entity) return;
    this.entity = selected;
    this.setStep(-1);
  }

  /** New mentions (a new episode): back before the first one. */
  reset(): void {
    this.setStep(-1);
  }

  /** The stepped mention of the selected entity, if one is stepped to. */
  get stepped(): SteppedMention | undefined {
    const id = this.host.selectedEntity;
    return this.step >= 0 && id ? this.options.mentions()?.of(id)[this.step] : undefined;
  }

  /** "7 mentions", "2 of 7" or "No mentions". */
  positionText(t: EkStrings, formatNumber: (n: number) => string): string {
    const id = this.host.selectedEntity;
    const total = id ? (this.options.mentions()?.of(id).length ?? 0) : 0;
    const step = this.step;
    if (total === 0) return t.noMentions;
    if (step < 0) return t.mentionCount(total, formatNumber(total));
    return t.mentionPosition(step + 1, total, formatNumber(step + 1), formatNumber(total));
  }

  /** Steps to the next (1) or previous (-1) mention, round the ends, and brings it into view. */
  go(direction: 1 | -1): void {
    const id = this.host.selectedEntity;
    const list = id ? this.options.mentions()?.of(id) : undefined;
    if (!list?.length) return;
    this.setStep(this.step < 0 ? (direction > 0 ? 0 : list.length - 1) : (this.step + direction + list.length) % list.length);
    this.options.reveal(list[this.step]!.segment);
  }

  /** Plays the stepped mention's row. */
  play(): void {
    const mention = this.stepped;
    if (mention) this.options.play(mention.segment);
  }

  private setStep(step: number): void {
    if (step === this.step) return;
    this.step = step;
    this.options.changed();
  }
}

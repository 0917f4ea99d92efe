/**
 * Which nodes the conversation is on at a given time: the entities mentioned inside the playing
 * transcript segment (or, without a transcript, within the same 10-second window). Built once per
 * episode so a playback tick is a binary search and a map lookup.
 */
import { itemAt } from '../../episode/time.js';
import type { Segment } from '../../episode/types.js';
import type { GraphModel } from '../../graph/model.js';

const WINDOW = 10;

export class MentionedNodes {
  private readonly byKey = new Map<number, Set<number>>();
  private static readonly EMPTY = new Set<number>();

  constructor(
    model: GraphModel,
    private readonly segments: readonly Segment[],
  ) {
    for (const node of model.nodes) {
      for (const time of node.entity.mentions ?? []) {
        const key = this.keyAt(time);
        if (key === undefined) continue;
        let set = this.byKey.get(key);
        if (!set) this.byKey.set(key, (set = new Set()));
        set.add(node.index);
      }
    }
  }

  /** The segment index (or time window) holding `time`; undefined between segments. */
  keyAt(time: number): number | undefined {
    if (!Number.isFinite(time)) return undefined;
    if (!this.segments.length) return Math.floor(time / WINDOW);
    const index = itemAt(this.segments, time);
    return index >= 0 ? index : undefined;
  }

  /** Node indices mentioned at the place `key` names. */
  at(key: number | undefined): Set<number> {
    return (key !== undefined && this.byKey.get(key)) || MentionedNodes.EMPTY;
  }
}

export const sameSet = (a: Set<number>, b: Set<number>): boolean => a.size === b.size && [...a].every((x) => b.has(x));

import type { ReactiveController } from 'lit';
import type { PlaybackState } from '../../context.js';
import type { Segment } from '../../episode/types.js';
import { indexAtTime, wordAt } from './transcript-model.js';
import type { VirtualRows, VirtualRowsHost } from './virtual-rows.js';

/**
 * After a seek, scroll events that keep coming within this long of the last one belong to a
 * scroll that was already under way (a fling's momentum, a scroll-into-view landing late).
 */
const SEEK_SCROLL_HOLD_MS = 150;

export interface FollowPlaybackHost extends VirtualRowsHost {
  /** Following is off for good: no scrolling to the playing row, never "paused". */
  readonly noFollow: boolean;
}

/**
 * Following playback: marks the playing segment and word (straight in the DOM: a time update
 * renders nothing) and keeps the playing row in view. Following pauses when the reader scrolls
 * away ("Back to now" resumes it) and resumes on any seek the listener asks for.
 */
export class FollowPlayback implements ReactiveController {
  private isFollowing = true;
  private currentIndex = -1;
  private currentWordIndex = -1;
  /** The provider's seek count last acted on. */
  private seenSeeks = 0;
  /** Until then, scrolling does not pause following: it began before the last seek. */
  private scrollHoldUntil = 0;

  constructor(
    private readonly host: FollowPlaybackHost,
    private readonly rows: VirtualRows,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // A scroll under way ends elsewhere: back on the page, the reader's first scroll pauses following.
    this.scrollHoldUntil = 0;
  }

  /** False while the reader has scrolled or moved focus away from the playing segment. */
  get following(): boolean {
    return this.isFollowing;
  }

  /** The playing segment (-1: none). */
  get current(): number {
    return this.currentIndex;
  }

  /** The playing word of the playing segment (-1: none). */
  get currentWord(): number {
    return this.currentWordIndex;
  }

  /** Starts over on new segments at `state`'s time; the playing row shows where following keeps it. */
  reset(segments: readonly Segment[], state: PlaybackState): void {
    this.seenSeeks = state.seeks;
    this.currentIndex = indexAtTime(segments, state.currentTime);
    this.currentWordIndex = this.currentIndex >= 0 ? wordAt(segments[this.currentIndex]!, state.currentTime) : -1;
    if (this.currentIndex > 0) {
      this.rows.placeAfterRender({ index: this.currentIndex, delta: this.rows.followDelta(this.currentIndex), place: 'follow' });
    }
  }

  /** Playback moved (a time update, a seek): marks the new place and follows it. */
  playbackChanged(segments: readonly Segment[], state: PlaybackState): void {
    const asked = this.isNewSeek(state);
    const moved = this.markCurrent(segments, state.currentTime);
    if (asked) this.followFromSeek();
    else if (moved && this.isFollowing && !this.host.noFollow) this.scrollToCurrent(false);
  }

  /** Whether the provider applied a seek since the last change (not playback moving on). */
  private isNewSeek(state: PlaybackState): boolean {
    // A state without a count (a provider of another version) tells nothing.
    if (state.seeks === undefined || state.seeks === this.seenSeeks) return false;
    this.seenSeeks = state.seeks;
    return true;
  }

  /** Marks the segment and word playing at `time`; returns whether the segment changed. */
  private markCurrent(segments: readonly Segment[], time: number): boolean {
    const index = indexAtTime(segments, time);
    const word = index >= 0 ? wordAt(segments[index]!, time) : -1;
    if (index === this.currentIndex && word === this.currentWordIndex) return false;
    const previous = this.currentIndex;
    const previousWord = this.currentWordIndex;
    this.currentIndex = index;
    this.currentWordIndex = word;
    if (previous !== index) {
      this.markSegment(previous, false);
      this.markSegment(index, true);
    } else if (previousWord >= 0) this.markWord(index, previousWord, false);
    if (word >= 0) this.markWord(index, word, true);
    return previous !== index;
  }

  private markSegment(index: number, current: boolean): void {
    const row = index >= 0 ? this.rows.rowElement(index) : null;
    if (!row) return;
    row.setAttribute('part', current ? 'segment current' : 'segment');
    if (current) row.setAttribute('aria-current', 'true');
    else {
      row.removeAttribute('aria-current');
      for (const word of row.querySelectorAll('[part="word current"]')) word.setAttribute('part', 'word');
    }
  }

  private markWord(index: number, word: number, current: boolean): void {
    const row = this.rows.rowElement(index);
    if (!row) return;
    for (const span of row.querySelectorAll(`[data-w="${word}"]`)) span.setAttribute('part', current ? 'word current' : 'word');
  }

  /**
   * A seek the listener asked for (here or anywhere: a key moment, a mention, a deep link) means
   * "go there": following resumes at the new place, even if the reader had scrolled away.
   */
  private followFromSeek(): void {
    if (this.host.noFollow) return;
    this.setFollowing(true);
    this.holdThroughScroll();
    this.scrollToCurrent(false);
  }

  /** The reader asked for a seek here: following resumes (the seek brings the row into view). */
  followSeekFromReader(): void {
    if (this.host.noFollow) return;
    this.setFollowing(true);
    this.holdThroughScroll();
  }

  /** Scrolling already under way when a seek comes does not pause following; new scrolling does. */
  private holdThroughScroll(): void {
    this.scrollHoldUntil = performance.now() + SEEK_SCROLL_HOLD_MS;
  }

  /** Brings the current segment into view: glides when near, jumps (already laid out) when far. */
  private scrollToCurrent(force: boolean): void {
    if (this.currentIndex < 0) return;
    this.rows.scrollToIndex(this.currentIndex, force ? 'always' : 'if-needed');
  }

  /** The viewport scrolled to `top`: the reader's own scrolling pauses following. */
  scrolled(top: number, now: number): void {
    if (this.rows.isOwnScroll(top)) return;
    if (now <= this.scrollHoldUntil) this.scrollHoldUntil = now + SEEK_SCROLL_HOLD_MS;
    else if (!this.rows.isGliding(now)) this.pause();
  }

  scrollEnded(): void {
    const glided = this.rows.endGlide();
    this.scrollHoldUntil = 0;
    // Rows measured on the way may have moved the row: following puts it right (once more).
    if (glided && this.isFollowing && !this.host.noFollow) this.scrollToCurrent(false);
  }

  /** The reader is about to scroll (wheel, touch, scrollbar, Page keys): following pauses. */
  readerScrolls(): void {
    this.rows.cancelGlide();
    this.scrollHoldUntil = 0;
    this.pause();
  }

  pause(): void {
    if (!this.host.noFollow) this.setFollowing(false);
  }

  /** "Back to now": following resumes, and the playing row comes into view. */
  resume(): void {
    this.setFollowing(true);
    this.scrollToCurrent(true);
  }

  private setFollowing(following: boolean): void {
    if (following === this.isFollowing) return;
    this.isFollowing = following;
    this.rows.invalidate();
  }
}

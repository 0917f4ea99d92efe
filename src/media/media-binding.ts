import type { PlaybackState } from '../context.js';

/** The part of the HTMLMediaElement API episode-kit needs; a custom element may provide it. */
export interface MediaLike extends EventTarget {
  currentTime: number;
  readonly duration: number;
  readonly paused: boolean;
  readonly readyState?: number;
  /** Where the media can seek: empty, or only what is buffered, when its server ignores Range requests. */
  readonly seekable?: TimeRanges;
  pause(): void;
  play?(): Promise<void> | void;
}

const HAVE_METADATA = 1;
const MEDIA_EVENTS = [
  'timeupdate',
  'seeking',
  'seeked',
  'play',
  'playing',
  'pause',
  'ended',
  'loadedmetadata',
  'durationchange',
  'emptied',
] as const;

/** Whether `time` is in `ranges`; true when the media does not say (no `seekable`). */
function seekableAt(ranges: TimeRanges | undefined, time: number): boolean {
  if (!ranges) return true;
  for (let i = 0; i < ranges.length; i++) if (ranges.start(i) <= time && time <= ranges.end(i)) return true;
  return false;
}

export function isMediaLike(value: unknown): value is MediaLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    'currentTime' in value &&
    'paused' in value &&
    typeof (value as { addEventListener?: unknown }).addEventListener === 'function'
  );
}

/**
 * Owns one media element (or none: reading mode) for a provider. Publishes playback state every
 * animation frame while playing and at once on any seek or state change, and applies seeks asked
 * for before the media has metadata as soon as it has.
 */
export class MediaBinding {
  private media: MediaLike | null = null;
  private frame = 0;
  private pendingSeek: number | null = null;
  private stopAt: number | null = null;
  private readingTime = 0;
  private last: PlaybackState | null = null;
  private toldCannotSeek = false;
  private seeks = 0;

  constructor(
    private readonly publish: (state: PlaybackState) => void,
    /** Called once per media element when a seek is applied outside its `seekable` ranges. */
    private readonly cannotSeek?: () => void,
  ) {}

  get element(): MediaLike | null {
    return this.media;
  }

  attach(media: MediaLike | null): void {
    if (media === this.media) return;
    this.detach();
    this.media = media;
    this.toldCannotSeek = false;
    if (media) {
      for (const type of MEDIA_EVENTS) media.addEventListener(type, this.onMediaEvent);
      if (this.pendingSeek !== null) this.applyPendingSeek();
    }
    this.sync();
  }

  detach(): void {
    if (this.media) for (const type of MEDIA_EVENTS) this.media.removeEventListener(type, this.onMediaEvent);
    this.media = null;
    this.stopLoop();
  }

  /** Whether a seek would be applied now (media has metadata, or there is no media). */
  get ready(): boolean {
    return !this.media || (this.media.readyState ?? HAVE_METADATA) >= HAVE_METADATA;
  }

  /** Moves playback to `time` (clamped at 0); with `end`, pauses once playback reaches it. */
  seek(time: number, end?: number): void {
    if (!Number.isFinite(time)) return;
    const target = Math.max(0, time);
    this.seeks++;
    this.stopAt = end !== undefined && Number.isFinite(end) && end > target ? end : null;
    if (!this.media) {
      this.readingTime = target;
      this.sync();
      return;
    }
    this.pendingSeek = target;
    if (this.ready) this.applyPendingSeek();
    else this.publish(this.snapshot(target));
  }

  private applyPendingSeek(): void {
    if (!this.media || this.pendingSeek === null || !this.ready) return;
    const target = this.pendingSeek;
    this.pendingSeek = null;
    const duration = this.media.duration;
    const time = Number.isFinite(duration) && duration > 0 ? Math.min(target, duration) : target;
    this.media.currentTime = time;
    // The media restarts at 0, or stops where its download is, instead: say why, once.
    if (time > 0 && !this.toldCannotSeek && !seekableAt(this.media.seekable, time)) {
      this.toldCannotSeek = true;
      this.cannotSeek?.();
    }
    this.sync();
  }

  private readonly onMediaEvent = (event: Event): void => {
    if (event.type === 'loadedmetadata' || event.type === 'durationchange') this.applyPendingSeek();
    if (event.type === 'emptied') this.last = null;
    this.sync();
  };

  private snapshot(timeOverride?: number): PlaybackState {
    const media = this.media;
    if (!media) return { currentTime: this.readingTime, duration: Number.NaN, paused: true, seeks: this.seeks };
    const currentTime = timeOverride ?? (this.pendingSeek !== null ? this.pendingSeek : media.currentTime);
    return { currentTime: Number.isFinite(currentTime) ? currentTime : 0, duration: media.duration, paused: media.paused, seeks: this.seeks };
  }

  /** Publishes the media's state now, and keeps the frame loop running while it plays. */
  sync(): void {
    const state = this.snapshot();
    if (this.stopAt !== null && this.media && state.currentTime >= this.stopAt) {
      this.stopAt = null;
      this.media.pause();
    }
    const last = this.last;
    if (
      !last ||
      last.currentTime !== state.currentTime ||
      last.paused !== state.paused ||
      last.seeks !== state.seeks ||
      !Object.is(last.duration, state.duration)
    ) {
      this.last = state;
      this.publish(state);
    }
    if (this.media && !this.media.paused) this.startLoop();
    else this.stopLoop();
  }

  private startLoop(): void {
    if (this.frame) return;
    const tick = () => {
      this.frame = 0;
      this.sync();
    };
    this.frame = requestAnimationFrame(tick);
  }

  private stopLoop(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}

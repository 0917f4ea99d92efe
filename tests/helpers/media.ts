/** A silent mono WAV of `seconds` (8 kHz, 8-bit), as a blob URL a real <audio> can play and seek. */
export function silentWavUrl(seconds: number): string {
  const rate = 8000;
  const samples = Math.round(seconds * rate);
  const buffer = new ArrayBuffer(44 + samples);
  const view = new DataView(buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate, true); // byte rate
  view.setUint16(32, 1, true); // block align
  view.setUint16(34, 8, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, samples, true);
  new Uint8Array(buffer, 44).fill(128);
  return URL.createObjectURL(new Blob([buffer], { type: 'audio/wav' }));
}

/** Resolves once `media` has metadata (its duration is known). */
export function whenMetadata(media: HTMLMediaElement): Promise<void> {
  if (media.readyState >= 1) return Promise.resolve();
  return new Promise((resolve) => media.addEventListener('loadedmetadata', () => resolve(), { once: true }));
}

/**
 * Waits until `check()` is true (fails after `timeout` ms). Polls with timers, not animation
 * frames: the runner's tabs may be in the background, where frames do not run.
 */
export async function waitUntil(check: () => boolean, message = 'condition', timeout = 5000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Every time assigned to `media.currentTime` from now on (the seeks asked of it, in order). */
export function recordSeeks(media: HTMLMediaElement): number[] {
  const seeks: number[] = [];
  const currentTime = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'currentTime')!;
  Object.defineProperty(media, 'currentTime', {
    configurable: true,
    get: () => currentTime.get!.call(media),
    set: (value: number) => {
      seeks.push(value);
      currentTime.set!.call(media, value);
    },
  });
  return seeks;
}

/**
 * Anything with the HTMLMediaElement API can be followed: a custom element with a settable time
 * (each change fires `seeking` and `seeked`) and the duration given (Infinity: a live stream).
 */
export function defineFakeMedia(tag: string, duration: number): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      private time = 0;
      seekable?: TimeRanges;
      readonly duration = duration;
      paused = true;
      readyState = 4;
      get currentTime() {
        return this.time;
      }
      set currentTime(value: number) {
        this.time = value;
        this.dispatchEvent(new Event('seeking'));
        this.dispatchEvent(new Event('seeked'));
      }
      pause() {
        this.paused = true;
        this.dispatchEvent(new Event('pause'));
      }
    },
  );
}

/** The element `defineFakeMedia` makes. */
export type FakeMedia = HTMLElement & { currentTime: number; readonly duration: number; seekable?: TimeRanges; paused: boolean };

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Segment } from '../../episode/types.js';
import type { EkStrings } from '../../i18n/strings.js';

/** How long "Copied" stays in the status region (cleared, so that the next copy is announced). */
const STATUS_MS = 3000;

/** Seconds as a media fragment value: "90", "90.5". */
export function fragmentTime(seconds: number): string {
  return String(Math.round(seconds * 1000) / 1000);
}

/** This page's address, pointing at `seconds` into the episode (`#t=90.5`). */
export function linkAt(href: string, seconds: number): string {
  return `${href.split('#')[0]}#t=${fragmentTime(seconds)}`;
}

/**
 * Copying a row: a link to it (this page at the row's time) or its text, and the status that
 * tells a screen reader whether it worked.
 */
export class RowCopier implements ReactiveController {
  /** "Copied", "Could not copy", or nothing. */
  status = '';
  private statusTimer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: {
      /** The string table now. */
      text(): EkStrings;
      /** The status changed: render again. */
      changed(): void;
    },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.statusTimer);
  }

  copyLink(segment: Segment): Promise<void> {
    return this.copy(linkAt(location.href, segment.start));
  }

  copyText(segment: Segment): Promise<void> {
    return this.copy(segment.text);
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.setStatus(this.options.text().copied);
    } catch {
      this.setStatus(this.options.text().copyFailed);
    }
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => this.setStatus(''), STATUS_MS);
  }

  private setStatus(status: string): void {
    if (status === this.status) return;
    this.status = status;
    this.options.changed();
  }
}

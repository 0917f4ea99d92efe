import type { ReactiveControllerHost } from 'lit';
import type { Segment } from '../../episode/types.js';
import type { FindInPage, FindInPageOptions } from './find-in-page.js';

/** Whether the browser's find-in-page reaches `hidden="until-found"` text and says so. */
export const findInPageSupported = typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype;

/**
 * The transcript's find-in-page blocks (find-in-page.ts), loaded as a chunk of their own: they are
 * built in idle time after the first render anyway, so a page's first render need not carry them,
 * and a browser without `hidden="until-found"` never fetches them. Until the chunk is in, the
 * latest `attach` and `setWindow` are kept and then handed over.
 */
export class LazyFindInPage {
  private finder?: FindInPage;
  private loaded?: typeof FindInPage;
  private loading = false;
  private attached?: [HTMLElement | null, HTMLElement | null, readonly Segment[]];
  private window?: [number, number];

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: FindInPageOptions,
  ) {}

  attach(before: HTMLElement | null, after: HTMLElement | null, segments: readonly Segment[]): void {
    if (this.finder) return this.finder.attach(before, after, segments);
    this.attached = [before, after, segments];
    if (this.loaded) this.create();
    else if (findInPageSupported && segments.length && !this.loading) this.load();
  }

  setWindow(first: number, last: number): void {
    if (this.finder) return this.finder.setWindow(first, last);
    this.window = [first, last];
  }

  private load(): void {
    this.loading = true;
    import('./find-in-page.js').then(
      ({ FindInPage }) => {
        this.loaded = FindInPage;
        this.create();
      },
      // A chunk that cannot be fetched costs only Ctrl+F beyond the rendered rows.
      () => (this.loading = false),
    );
  }

  /**
   * Only on a host in the page: one removed while the chunk came would never be told it left, and
   * its idle build would keep it (and its episode) alive. Back in the page, its next render comes here.
   */
  private create(): void {
    if (!this.loaded || !this.host.isConnected) return;
    // Added while connected: Lit calls hostConnected at once, and hostDisconnected when it leaves.
    this.finder = new this.loaded(this.host, this.options);
    if (this.attached) this.finder.attach(...this.attached);
    if (this.window) this.finder.setWindow(...this.window);
  }
}

import type { ColorScheme } from '../context.js';

/**
 * Shows a forced colour scheme on an element as the custom state `:state(light)` or
 * `:state(dark)`, which the shared styles read (see `darkScheme` in styles/shared.styles.ts).
 * A custom state, not an attribute: the element's own attributes stay the page's.
 */
export class ColorSchemeState {
  private readonly states?: CustomStateSet;
  private shown?: ColorScheme;

  constructor(host: HTMLElement) {
    try {
      this.states = host.attachInternals().states;
    } catch {
      // Internals already attached by a subclass, or a browser without them: the reader's scheme stays.
    }
  }

  /** Applies `scheme` (none: the reader's own); true when it changed. */
  show(scheme: ColorScheme | undefined): boolean {
    if (scheme === this.shown || !this.states) return false;
    if (this.shown) this.states.delete(this.shown);
    if (scheme) this.states.add(scheme);
    this.shown = scheme;
    return true;
  }
}

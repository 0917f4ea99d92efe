/**
 * Adds a stylesheet to a shadow root that already has its element's own: how a lazy chunk's
 * styles (the graph's details panel, its table) join the element once the chunk has loaded.
 * As constructable stylesheets (`adoptedStyleSheets`), never as an inserted `<style>` element,
 * which a page's `style-src` policy would block.
 */
import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

const fallbackAdopted = new WeakMap<ShadowRoot, Set<CSSResult>>();

export function adoptStylesheet(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (supportsAdoptingStyleSheets && sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  // Browsers without constructable stylesheets: Lit's own fallback (a <style> per sheet), once.
  const done = fallbackAdopted.get(root) ?? new Set();
  if (done.has(styles)) return;
  done.add(styles);
  fallbackAdopted.set(root, done);
  adoptStyles(root, [styles]);
}

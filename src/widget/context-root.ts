import { ContextRoot } from '@lit/context';

// One per document, even with episode-kit loaded twice: two roots would replay each request twice.
const ROOT = Symbol.for('episode-kit.context-root');

/**
 * Keeps the context requests no provider has answered yet (a provider defined or put on the page
 * after its widgets) and asks again when one appears. A chunk of its own: a page whose providers
 * come first never needs it.
 */
export function ensureContextRoot(doc: Document): void {
  const holder = doc as Document & { [ROOT]?: ContextRoot };
  if (holder[ROOT]) return;
  holder[ROOT] = new ContextRoot();
  holder[ROOT].attach(doc as unknown as HTMLElement);
}

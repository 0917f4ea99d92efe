import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { langOf, registryVersion, stringsFor, type EkStrings } from './strings.js';

/** An element that speaks through a `LocalizeController`: its own `strings` replace some of the table. */
export type LocalizedHost = ReactiveControllerHost & HTMLElement & { strings?: Partial<EkStrings> };

/** One number format per language, shared by every element. */
const numberFormats = new Map<string, Intl.NumberFormat>();
export function numberFormat(lang: string): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format;
}

/**
 * The first `Intl` number format in a page loads the engine's locale data (20–50 ms here), so
 * it is made while the page is idle (typically while the episode file downloads), not in the
 * element's first render.
 */
export function prepareNumberFormat(lang: string): void {
  if (numberFormats.has(lang)) return;
  const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
  idle(() => numberFormat(lang));
}

const connected = new Set<LocalizeController>();
let langObserver: MutationObserver | undefined;

/**
 * One observer for every element: a `lang` changes rarely, so checking each connected element
 * then is cheaper than a `closest()` per string lookup. It watches the document and each shadow
 * root that holds an element, the trees `langOf` reads.
 */
function observeLangIn(root: Node): void {
  langObserver ??= new MutationObserver(() => connected.forEach((controller) => controller.langMayHaveChanged()));
  const target = root instanceof Document ? root.documentElement : root;
  if (target) langObserver.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives an element its language (its nearest `lang`, else the document's) and its string table,
 * and re-renders it when a `lang` on it, an ancestor or `<html>` changes. Both are cached: a graph
 * asks for its strings once per node.
 */
export class LocalizeController implements ReactiveController {
  private cachedLang?: string;
  private cachedText?: EkStrings;
  private textKey?: [lang: string, overrides: Partial<EkStrings> | undefined, version: number];

  constructor(private readonly host: LocalizedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved elsewhere, it may have a new nearest `lang`.
    this.cachedLang = undefined;
    connected.add(this);
    observeLangIn(this.host.ownerDocument);
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot) observeLangIn(root);
  }

  hostDisconnected(): void {
    connected.delete(this);
    // The last element gone: a page that removed them all keeps no observer of its document.
    if (!connected.size) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  }

  /** The language this element speaks: its nearest `lang`, else the document's, else `en`. */
  get lang(): string {
    // While disconnected, no observer tells when it changes.
    if (!this.host.isConnected) return langOf(this.host);
    return (this.cachedLang ??= langOf(this.host));
  }

  /** The string table for this element's language, with its own overrides. */
  get text(): EkStrings {
    const lang = this.lang;
    const key = this.textKey;
    if (!this.cachedText || !key || key[0] !== lang || key[1] !== this.host.strings || key[2] !== registryVersion()) {
      this.textKey = [lang, this.host.strings, registryVersion()];
      this.cachedText = stringsFor(lang, this.host.strings);
    }
    return this.cachedText;
  }

  /** A number in this element's language ("1,125"). */
  formatNumber(value: number): string {
    return numberFormat(this.lang).format(value);
  }

  /** Called when some `lang` attribute changed: re-renders the element if its language is now another. */
  langMayHaveChanged(): void {
    // Never asked, nothing shown depends on it.
    if (this.cachedLang === undefined) return;
    const lang = langOf(this.host);
    if (lang === this.cachedLang) return;
    this.cachedLang = lang;
    this.host.requestUpdate();
  }
}

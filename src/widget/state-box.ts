import { html, nothing, type TemplateResult } from 'lit';
import type { EpisodeState } from '../context.js';
import type { EkStrings } from '../i18n/strings.js';
import { problemsLoaded } from './problems-loader.js';

/**
 * The loading and error boxes, written once for the provider and every widget (their look is
 * `stateStyles`). `parts` is `loading`/`error` for a box inside the element's `base`, and
 * `base loading`/`base error` for a box that is the whole element.
 */
export function loadingBox(message: string, parts = 'loading'): TemplateResult {
  return html`<div part=${parts} role="status">${message}</div>`;
}

/**
 * Says that nothing can be shown and why: the first problem worded, the others listed (once their
 * wording's chunk is in), and a "Try again" when `retry` is given.
 */
export function errorBox(
  error: EpisodeState['error'],
  strings: EkStrings,
  format: (n: number) => string,
  { parts = 'error', retry }: { parts?: string; retry?: () => void } = {},
): TemplateResult {
  return html`<div part=${parts} role="alert">
    <strong>${strings.errorTitle}</strong>
    <span>${error?.message}</span>
    ${problemsLoaded()?.renderProblemList(error?.errors.slice(1) ?? [], strings, format)}
    ${retry ? html`<button part="retry" type="button" @click=${retry}>${strings.retry}</button>` : nothing}
  </div>`;
}

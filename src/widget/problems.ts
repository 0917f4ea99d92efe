import { html, nothing, type TemplateResult } from 'lit';
import type { EpisodeProblem } from '../episode/types.js';
import type { EkStrings } from '../i18n/strings.js';

const SHOWN = 20;

/** One problem as a person reads it: `file, line 12, transcript[3].start: message`. */
export function describeProblem(problem: EpisodeProblem): string {
  const where = [problem.file, problem.line ? `line ${problem.line}` : '', problem.path].filter(Boolean).join(', ');
  return where ? `${where}: ${problem.message}` : problem.message;
}

export function renderProblemList(
  problems: EpisodeProblem[],
  strings: EkStrings,
  format: (n: number) => string,
): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  const rest = problems.length - SHOWN;
  return html`<ul>
    ${problems.slice(0, SHOWN).map((p) => html`<li>${describeProblem(p)}</li>`)}
    ${rest > 0 ? html`<li>${strings.moreProblems(rest, format(rest))}</li>` : nothing}
  </ul>`;
}

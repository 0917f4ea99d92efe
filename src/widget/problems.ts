import { html, nothing, type TemplateResult } from 'lit';
import type { EpisodeProblem } from '../episode/types.js';
import type { EkStrings } from '../i18n/strings.js';

const SHOWN = 20;

/** A file as a reader finds it on the page: a URL's last segment (`episode.json`), else as given. */
function fileName(file: string | undefined): string | undefined {
  if (!file) return file;
  try {
    const url = new URL(file);
    return decodeURIComponent(url.pathname.split('/').pop() || '') || file;
  } catch {
    return file;
  }
}

/** One problem as a person reads it: `file, line 12, column 3, transcript[3].start: message`. */
export function describeProblem(problem: EpisodeProblem, strings: EkStrings): string {
  const { line, column } = problem;
  const where = [fileName(problem.file), line ? strings.problemLine(line) : '', line && column ? strings.problemColumn(column) : '', problem.path];
  return strings.problemAt(where.filter((part): part is string => !!part), problem.message);
}

export function renderProblemList(
  problems: EpisodeProblem[],
  strings: EkStrings,
  format: (n: number) => string,
): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  const rest = problems.length - SHOWN;
  return html`<ul>
    ${problems.slice(0, SHOWN).map((p) => html`<li>${describeProblem(p, strings)}</li>`)}
    ${rest > 0 ? html`<li>${strings.moreProblems(rest, format(rest))}</li>` : nothing}
  </ul>`;
}

/**
 * Problems as the CLI prints them: `file:line[:column]: error: path: message`, the form editors and CI
 * annotate from, or as JSON for machines. Problems in the episode file itself get their line from
 * the file's text; companion files' problems carry theirs.
 */
import { jsonValueLines, lineOfPath } from '../episode/json.js';
import type { EpisodeProblem } from '../episode/types.js';
import { displayName } from './io.js';

export type Severity = 'error' | 'warning';

export interface LocatedProblem {
  severity: Severity;
  /** JSON path over the input as written (`transcript[12].start`); may be empty. */
  path: string;
  message: string;
  /** A path relative to the working directory, or a URL. */
  file: string;
  line?: number;
  /** 1-based, when known (a JSON syntax error). */
  column?: number;
}

/**
 * Places problems: those without a file are in `file` (the episode file, whose JSON `text` gives
 * their line); those with one are in that companion file, shown by its display name.
 */
export function locateProblems(problems: readonly EpisodeProblem[], severity: Severity, file: string, text?: string): LocatedProblem[] {
  let lines: Map<string, number> | undefined;
  return problems.map((problem) => {
    const located: LocatedProblem = { severity, path: problem.path, message: problem.message, file: problem.file ? displayName(problem.file) : file };
    if (problem.line !== undefined) {
      located.line = problem.line;
      if (problem.column !== undefined) located.column = problem.column;
    }
    else if (!problem.file && text !== undefined && problem.path) {
      try {
        lines ??= jsonValueLines(text, 12);
      } catch {
        lines = new Map();
      }
      const line = lineOfPath(lines, problem.path);
      if (line !== undefined) located.line = line;
    }
    return located;
  });
}

export function formatProblem(problem: LocatedProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}${problem.column !== undefined ? `:${problem.column}` : ''}`;
  const path = problem.path ? `${problem.path}: ` : '';
  // One problem, one line, whatever a message holds.
  return `${where}: ${problem.severity}: ${path}${problem.message}`.replace(/\s*[\r\n]+\s*/g, ' ');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `episode.json: 1 error, 2 warnings` / `episode.json: valid, no problems`. */
export function summaryLine(file: string, errors: number, warnings: number): string {
  if (!errors && !warnings) return `${file}: valid, no problems`;
  if (!errors) return `${file}: valid, ${plural(warnings, 'warning')}`;
  return `${file}: ${plural(errors, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}`;
}

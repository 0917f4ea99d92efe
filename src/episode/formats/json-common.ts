import { jsonSyntaxProblem, jsonValueLines, lineOfPath, parseJson } from '../json.js';
import type { EpisodeProblem } from '../types.js';

/** Parses a companion JSON file; problems are located lazily by path. */
export function readJsonCompanion(text: string, file: string | undefined, fieldPath: string) {
  const problems: EpisodeProblem[] = [];
  let lines: Map<string, number> | undefined;
  const lineOf = (path: string): number | undefined => {
    lines ??= jsonValueLines(text, 5);
    return lineOfPath(lines, path);
  };
  const report = (path: string, message: string): EpisodeProblem => {
    const problem: EpisodeProblem = { path, message };
    if (file) problem.file = file;
    const line = lineOf(path);
    if (line !== undefined) problem.line = line;
    problems.push(problem);
    return problem;
  };
  const parsed = parseJson(text);
  if (!parsed.ok) {
    problems.push(jsonSyntaxProblem(parsed.error, fieldPath, file));
    return { value: undefined, problems, report, lineOf };
  }
  return { value: parsed.value, problems, report, lineOf };
}

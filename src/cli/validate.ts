/** `episode-kit validate FILE…`: checks episode files and the companion files they name. */
import { loadEpisode } from '../episode/load.js';
import { CliError, cliFetch, readSource } from './io.js';
import { formatProblem, locateProblems, plural, summaryLine, type LocatedProblem } from './report.js';

export interface ValidateOptions {
  json: boolean;
  strict: boolean;
}

interface FileReport {
  file: string;
  valid: boolean;
  errors: LocatedProblem[];
  warnings: LocatedProblem[];
  /** Set when the file could not be read at all. */
  unreadable?: string;
}

async function validateFile(file: string): Promise<FileReport> {
  let source;
  try {
    source = await readSource(file);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { file, valid: false, errors: [{ severity: 'error', path: '', message: error.message, file }], warnings: [], unreadable: error.message };
  }
  const result = await loadEpisode({ data: source.text, baseUrl: source.url }, { fetch: cliFetch });
  const errors = locateProblems(result.errors ?? [], 'error', file, source.text);
  const warnings = locateProblems(result.warnings ?? [], 'warning', file, source.text);
  return { file, valid: errors.length === 0, errors, warnings };
}

/** Prints every problem of every file; returns the exit status (1 when any file has errors). */
export async function validate(files: readonly string[], options: ValidateOptions): Promise<number> {
  if (!files.length) throw new CliError('validate: no file given (episode-kit validate FILE…; see episode-kit validate --help)', 2);
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await validateFile(file));

  const errors = reports.reduce((n, r) => n + r.errors.length, 0);
  const warnings = reports.reduce((n, r) => n + r.warnings.length, 0);
  const failed = errors > 0 || (options.strict && warnings > 0);

  if (options.json) {
    const strip = ({ severity, ...problem }: LocatedProblem) => (void severity, problem);
    const out = {
      valid: !failed,
      errors,
      warnings,
      files: reports.map((r) => ({ file: r.file, valid: r.valid, errors: r.errors.map(strip), warnings: r.warnings.map(strip) })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return failed ? 1 : 0;
  }

  for (const report of reports) {
    if (report.unreadable) {
      process.stderr.write(`episode-kit: ${report.unreadable}\n`);
      continue;
    }
    for (const problem of [...report.errors, ...report.warnings]) process.stdout.write(`${formatProblem(problem)}\n`);
    process.stdout.write(`${summaryLine(report.file, report.errors.length, report.warnings.length)}\n`);
  }
  if (reports.length > 1) {
    const bad = reports.filter((r) => !r.valid).length;
    process.stdout.write(`${plural(reports.length, 'file')}: ${bad ? `${bad} with errors` : 'all valid'}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
  }
  if (options.strict && !errors && warnings) process.stdout.write('--strict: warnings count as errors\n');
  return failed ? 1 : 0;
}

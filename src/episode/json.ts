/**
 * JSON helpers for files people write by hand: parse errors with line and column, and the line
 * on which a value at a given path starts (for problems inside companion files).
 */
import type { EpisodeProblem } from './types.js';

export interface JsonSyntaxError {
  /** What is wrong, without the engine's position wording. */
  reason: string;
  line?: number;
  column?: number;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/**
 * A syntax error as a problem: the place in `file`, `line` and `column`, the message only what is
 * wrong there, so each fact is said once (`syntax.json, line 4, column 27: Expected …`).
 */
export function jsonSyntaxProblem(error: JsonSyntaxError, path: string, file: string | undefined): EpisodeProblem {
  const problem: EpisodeProblem = { path, message: error.line !== undefined ? error.reason : `invalid JSON: ${error.reason}` };
  if (file) problem.file = file;
  if (error.line !== undefined) problem.line = error.line;
  if (error.column !== undefined) problem.column = error.column;
  return problem;
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * `JSON.parse` with a readable error. Engines word positions differently: V8 says
 * "at position N" (newer versions add "(line X column Y)"), SpiderMonkey "at line X column Y",
 * JavaScriptCore gives none; the line is computed from the position when only that is given.
 */
export function parseJson(text: string): JsonParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!source.trim()) return { ok: false, error: { reason: 'the file is empty' } };
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    let line: number | undefined;
    let column: number | undefined;
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    const position = /at position (\d+)/.exec(message);
    if (lineCol) {
      line = Number(lineCol[1]);
      column = Number(lineCol[2]);
    } else if (position) {
      ({ line, column } = lineAndColumn(source, Number(position[1])));
    } else {
      // V8's "Unexpected token" messages and JavaScriptCore's give no position: find it.
      const offset = findJsonErrorOffset(source);
      if (offset !== undefined) ({ line, column } = lineAndColumn(source, offset));
    }
    const reason =
      message
        .replace(/^JSON\.parse:\s*/, '')
        .replace(/^JSON Parse error:\s*/, '')
        .replace(/\s*\(line \d+ column \d+\)/, '')
        .replace(/\s*at line \d+ column \d+ of the JSON data/, '')
        .replace(/\s*in JSON at position \d+/, '')
        .replace(/\s*at position \d+/, '')
        .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
        .trim() || 'invalid JSON';
    return { ok: false, error: { reason, line, column } };
  }
}

/**
 * Lines on which values start, keyed by path (`chapters[3].startTime`), for paths up to
 * `maxDepth` deep. A small scanner over valid JSON; used only once a problem needs a line.
 */
export function jsonValueLines(text: string, maxDepth = 3): Map<string, number> {
  const lines = new Map<string, number>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;

  const skipSpace = () => {
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) break;
    }
  };
  const readString = (): string => {
    const start = i;
    i++;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 92) i++;
      else if (c === 34) break;
    }
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return '';
    }
  };
  const value = (path: string, depth: number): void => {
    skipSpace();
    if (depth <= maxDepth && path) lines.set(path, line);
    const c = text[i];
    if (c === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') {
        i++;
        return;
      }
      while (i < text.length) {
        skipSpace();
        const key = readString();
        skipSpace();
        i++; // ':'
        value(path ? `${path}.${key}` : key, depth + 1);
        skipSpace();
        const next = text[i++];
        if (next !== ',') return;
      }
    } else if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; i < text.length; index++) {
        value(`${path}[${index}]`, depth + 1);
        skipSpace();
        const next = text[i++];
        if (next !== ',') return;
      }
    } else if (c === '"') {
      readString();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    }
  };
  value('', 0);
  return lines;
}

/** The line of `path`, or of its nearest ancestor that has one. */
export function lineOfPath(lines: Map<string, number>, path: string): number | undefined {
  let p = path;
  while (p) {
    const found = lines.get(p);
    if (found !== undefined) return found;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return undefined;
    p = p.slice(0, cut);
  }
  return undefined;
}

/** Offset of the first syntax error in `text` (a small strict JSON scanner), if any. */
export function findJsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) fail();
      if (c === 92) {
        i++;
        const e = text[i];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (e === undefined || !'"\\/bfnrt'.includes(e)) fail();
      }
      i++;
    }
    fail();
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail();
      }
    } else if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail();
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value();
    space();
    return i < text.length ? i : undefined;
  } catch (offset) {
    return typeof offset === 'number' ? Math.min(offset, text.length) : undefined;
  }
}

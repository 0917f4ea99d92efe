import type { EpisodeProblem } from './types.js';

/** A short, readable rendering of a bad value for messages: `"abc"`, `-5`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** `a.b` / `a[1]` path joining; the root path is the empty string. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${base}[${JSON.stringify(key)}]`;
  return base ? `${base}.${key}` : key;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A companion file named in place of a list: `{ "src": "chapters.json", "type"?: … }`. */
export const isCompanionRef = (value: unknown): boolean => isRecord(value) && typeof value.src === 'string';

export type Report = (problem: EpisodeProblem) => void;

export const TIME_EXPECTED = 'expected seconds or "h:mm:ss"';

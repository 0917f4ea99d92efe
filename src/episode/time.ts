/**
 * Time values as authors write them: seconds as numbers, clock strings (`"1:02:03.5"`,
 * `"01:02:03,500"`, `"62:03"`), or unit strings (`"1h2m3s"`, `"90s"`, `"2m"`).
 */

const CLOCK_RE = /^(?:(\d+):)?(?:(\d+):)?(\d+(?:[.,]\d+)?)$/;
const UNITS_RE = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?!s))?(?:(\d+(?:\.\d+)?)s)?$/i;

/** Seconds from a number or a time string; `undefined` for anything else (negative, NaN, text). */
export function parseTime(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? value : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text) return undefined;

  const clock = CLOCK_RE.exec(text);
  if (clock) {
    const [, first, second, last] = clock;
    const seconds = Number(last!.replace(',', '.'));
    if (first === undefined) return seconds;
    // With two parts the first is minutes and may exceed 59 ("62:03"); with three, hours.
    const hours = second === undefined ? 0 : Number(first);
    const minutes = Number(second === undefined ? first : second);
    if (seconds >= 60) return undefined;
    if (second !== undefined && minutes >= 60) return undefined;
    return hours * 3600 + minutes * 60 + seconds;
  }

  const compact = text.replace(/\s+/g, '');
  const units = compact ? UNITS_RE.exec(compact) : null;
  if (units && (units[1] || units[2] || units[3])) {
    return Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0);
  }
  return undefined;
}

/** `"m:ss"` under an hour, `"h:mm:ss"` from an hour on; fractions are dropped. */
export function formatTime(seconds: number): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The temporal media fragment of a URL hash: `#t=90`, `#t=1:30`, `#t=1h2m3s`, `#t=90,120`,
 * `#t=npt:90`, also as one `&`-separated part (`#foo=1&t=90`). `null` when there is none.
 */
export function parseMediaFragment(hash: string): { start: number; end?: number } | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of fragment.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(part.slice(0, eq)).trim();
      value = decodeURIComponent(part.slice(eq + 1)).trim();
    } catch {
      continue;
    }
    if (name !== 't') continue;
    if (value.startsWith('npt:')) value = value.slice(4);
    const comma = value.indexOf(',');
    const startText = comma < 0 ? value : value.slice(0, comma);
    const endText = comma < 0 ? '' : value.slice(comma + 1);
    // "t=,20" means from the beginning to 20 s.
    const start = startText === '' && comma >= 0 ? 0 : parseTime(startText);
    if (start === undefined) return null;
    const end = endText ? parseTime(endText) : undefined;
    return end !== undefined && end > start ? { start, end } : { start };
  }
  return null;
}

/** Index of the last item whose start is ≤ `time` in items sorted by start, or -1. */
export function indexAtTime(items: ArrayLike<{ start: number }>, time: number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.start <= time) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * Index of the item playing at `time` (start ≤ time < end) in items sorted by start, or -1. The
 * last item also holds its end: media that ended there (or a seek past the end) still shows it.
 */
export function itemAt(items: ArrayLike<{ start: number; end: number }>, time: number): number {
  const found = indexAtTime(items, time);
  if (found < 0) return -1;
  const end = items[found]!.end;
  return time < end || (time === end && found === items.length - 1) ? found : -1;
}

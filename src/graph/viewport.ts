/**
 * The view transform: screen = world × k + (x, y). Pure functions, so zoom, pan, fit and
 * centring are tested without a browser.
 */
export interface Transform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const IDENTITY: Transform = { k: 1, x: 0, y: 0 };
export const MIN_SCALE = 0.05;
export const MAX_SCALE = 8;

export const clampScale = (k: number): number => Math.min(MAX_SCALE, Math.max(MIN_SCALE, k));

export function toScreen(t: Transform, p: Point): Point {
  return { x: p.x * t.k + t.x, y: p.y * t.k + t.y };
}

export function toWorld(t: Transform, p: Point): Point {
  return { x: (p.x - t.x) / t.k, y: (p.y - t.y) / t.k };
}

/** Scales by `factor` keeping the world point under `anchor` (screen) in place. */
export function zoomAt(t: Transform, factor: number, anchor: Point): Transform {
  const k = clampScale(t.k * factor);
  const world = toWorld(t, anchor);
  return { k, x: anchor.x - world.x * k, y: anchor.y - world.y * k };
}

export function panBy(t: Transform, dx: number, dy: number): Transform {
  return { k: t.k, x: t.x + dx, y: t.y + dy };
}

/** The transform that shows `bounds` (world) centred in a width × height box with `padding` px. */
export function fitBounds(bounds: Bounds, width: number, height: number, padding = 24, maxScale = 2): Transform {
  const w = Math.max(1, bounds.x1 - bounds.x0);
  const h = Math.max(1, bounds.y1 - bounds.y0);
  const k = clampScale(Math.min((width - 2 * padding) / w, (height - 2 * padding) / h, maxScale));
  const cx = (bounds.x0 + bounds.x1) / 2;
  const cy = (bounds.y0 + bounds.y1) / 2;
  return { k, x: width / 2 - cx * k, y: height / 2 - cy * k };
}

/** The transform that puts world point `p` at the centre of a width × height box, at scale `k`. */
export function centreOn(p: Point, width: number, height: number, k: number): Transform {
  const scale = clampScale(k);
  return { k: scale, x: width / 2 - p.x * scale, y: height / 2 - p.y * scale };
}

/** The world rectangle a width × height screen shows. */
export function visibleWorld(t: Transform, width: number, height: number): Bounds {
  const a = toWorld(t, { x: 0, y: 0 });
  const b = toWorld(t, { x: width, y: height });
  return { x0: a.x, y0: a.y, x1: b.x, y1: b.y };
}

/** Bounds of circles (x, y, r), or undefined when there are none. */
export function boundsOf(items: Iterable<{ x: number; y: number; radius: number }>): Bounds | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const item of items) {
    x0 = Math.min(x0, item.x - item.radius);
    y0 = Math.min(y0, item.y - item.radius);
    x1 = Math.max(x1, item.x + item.radius);
    y1 = Math.max(y1, item.y + item.radius);
  }
  return x0 <= x1 ? { x0, y0, x1, y1 } : undefined;
}

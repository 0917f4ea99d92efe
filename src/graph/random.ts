/**
 * A seeded random source (a linear congruential generator, as d3-force's own `lcg.js`): the same
 * seed gives the same numbers, so the same episode draws the same picture every time.
 */
export function seededRandom(seed = 1): () => number {
  const a = 1664525;
  const c = 1013904223;
  const m = 4294967296;
  let state = seed >>> 0;
  return () => (state = (a * state + c) % m) / m;
}

/** A 32-bit hash of a string (FNV-1a), to seed the layout from the episode's entities. */
export function hashString(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

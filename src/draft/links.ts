/**
 * Connections: entities named together (in one segment or the next) are linked, weighted by how
 * often; each entity keeps its strongest few, so the graph stays readable.
 */
export interface Linkable {
  id: string;
  segments: readonly number[];
}

export interface DraftLink {
  source: string;
  target: string;
  weight: number;
}

export interface ConnectOptions {
  /** Segments after a segment that still count as "together". */
  window?: number;
  /** Links each entity keeps (its strongest). */
  perEntity?: number;
  /** A pair named together fewer times is chance. */
  minWeight?: number;
}

export function connect(entities: readonly Linkable[], segmentCount: number, options: ConnectOptions = {}): DraftLink[] {
  const { window = 1, perEntity = 2, minWeight = 2 } = options;
  const order = new Map(entities.map((e, i) => [e.id, i]));
  const inSegment: string[][] = Array.from({ length: segmentCount }, () => []);
  for (const e of entities) for (const s of e.segments) inSegment[s]?.push(e.id);

  const weights = new Map<string, number>();
  for (let s = 0; s < segmentCount; s++) {
    const together = new Set<string>();
    for (let w = s; w <= Math.min(segmentCount - 1, s + window); w++) for (const id of inSegment[w]!) together.add(id);
    const ids = [...together].sort((a, b) => order.get(a)! - order.get(b)!);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const pair = `${ids[i]}\n${ids[j]}`;
        weights.set(pair, (weights.get(pair) ?? 0) + 1);
      }
    }
  }

  const pairs = [...weights].filter(([, w]) => w >= minWeight).sort(([a, wa], [b, wb]) => wb - wa || (a < b ? -1 : a > b ? 1 : 0));
  const kept = new Set<string>();
  const taken = new Map<string, number>();
  for (const [pair] of pairs) {
    const [a, b] = pair.split('\n') as [string, string];
    // A pair stays when it is among the strongest of either end.
    if ((taken.get(a) ?? 0) < perEntity || (taken.get(b) ?? 0) < perEntity) {
      kept.add(pair);
      taken.set(a, (taken.get(a) ?? 0) + 1);
      taken.set(b, (taken.get(b) ?? 0) + 1);
    }
  }
  return pairs
    .filter(([pair]) => kept.has(pair))
    .map(([pair, weight]) => {
      const [source, target] = pair.split('\n') as [string, string];
      return { source, target, weight };
    });
}

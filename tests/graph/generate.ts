/**
 * A seeded generator of large graph episodes for tests and stories: N entities of the seed
 * page's kinds (in its proportions) and about 2N links, as a preferential-attachment tree plus
 * extra links drawn by degree, so the graph is connected and has hubs like a real one.
 */
import type { EpisodeFile } from '../../src/episode/types.js';
import { seededRandom } from '../../src/graph/random.js';

const KINDS: [string, number][] = [
  ['company', 14],
  ['product', 13],
  ['concept', 7],
  ['person', 3],
  ['location', 2],
  ['media', 1],
];
const SYLLABLES = ['ka', 'ri', 'to', 'mel', 'van', 'dor', 'si', 'qua', 'len', 'zor', 'pi', 'nex', 'ul', 'bra', 'tes', 'mo'];

export function generateGraphEpisode(count: number, seed = 7): EpisodeFile {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const total = KINDS.reduce((sum, [, weight]) => sum + weight, 0);
  const kindOf = () => {
    let r = random() * total;
    for (const [kind, weight] of KINDS) if ((r -= weight) < 0) return kind;
    return 'company';
  };
  const entities = Array.from({ length: count }, (_, i) => {
    const word = pick(SYLLABLES) + pick(SYLLABLES) + (random() < 0.5 ? pick(SYLLABLES) : '');
    const name = `${word.charAt(0).toUpperCase()}${word.slice(1)} ${i}`;
    return { id: `n${i}`, name, type: kindOf(), mentions: random() < 0.5 ? [Math.floor(random() * 3600)] : [] };
  });
  const links: { source: string; target: string }[] = [];
  const seen = new Set<string>();
  const ends: number[] = [];
  const add = (a: number, b: number) => {
    if (a === b) return false;
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    if (seen.has(key)) return false;
    seen.add(key);
    links.push({ source: `n${a}`, target: `n${b}` });
    ends.push(a, b);
    return true;
  };
  for (let i = 1; i < count; i++) add(i, ends.length ? pick(ends) : 0);
  let guard = 0;
  while (links.length < count * 2 && guard++ < count * 20) add(Math.floor(random() * count), pick(ends));
  return { version: 1, title: `Generated graph of ${count} entities`, duration: 3600, entities, links };
}

/**
 * Plain-text helpers the drafting steps share: words, stems, sentences, ids. No DOM, no
 * dependencies: the same results in Node and the browser, and the same for the same input.
 */

/** Function words and talk fillers: they say nothing about what a passage is about. */
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below between both but by
  can can't could couldn't did didn't do does doesn't doing don't down during each even ever every few for from further get gets got
  had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm
  i've if in into is isn't it it's its itself just let's like me more most much must my myself no nor not now of off on once only or
  other ought our ours ourselves out over own really right same say said says she she'd she'll she's should shouldn't so some such
  than that that's the their theirs them themselves then there there's these they they'd they'll they're they've this those through
  to too under until up us very was wasn't we we'd we'll we're we've well were weren't what what's when when's where where's which
  while who who's whom why why's will with won't would wouldn't yeah yes you you'd you'll you're you've your yours yourself
  yourselves okay ok oh um uh mm hmm actually basically kind sort lot lots thing things way going go goes went know think thought
  mean means want wanted see saw look one two three four five six seven eight nine ten first second last next new old big good
  great little many still back yet maybe sure something anything everything nothing someone everyone people time times year years
  week weeks day days today tell told make made makes take took come came put thanks thank welcome glad happy let us quite bit part
  whole point question story show episode`.split(/\s+/),
);

/** Words of a text: letters, digits, inner apostrophes and hyphens; lower case. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.map((w) => w.replace(/’/g, "'")) ?? [];
}

/** A crude stem, enough for "batteries"/"battery" and "chips"/"chip" to count as one word. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith("'s")) word = word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The stems of a text's content words (no stopwords, no bare numbers). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    if (STOPWORDS.has(word) || word.length < 3 || /^\d+$/.test(word)) continue;
    out.push(stem(word));
  }
  return out;
}

export type Bag = Map<string, number>;

export function bagOf(stems: Iterable<string>, into: Bag = new Map()): Bag {
  for (const s of stems) into.set(s, (into.get(s) ?? 0) + 1);
  return into;
}

export function cosine(a: Bag, b: Bag): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Sentences of one segment. Splits after . ! ? followed by a space and a capital, digit or
 * quote, so "Model 3." ends a sentence and "3.5" does not.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A stable id from a name: `DeepSeek` → `deepseek`, `Tomás Rivera` → `tomas-rivera`. */
export function slug(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return base || 'entity';
}

/** Ids unique within one draft: a second "Apple" becomes `apple-2`. */
export function uniqueIds(): (name: string) => string {
  const used = new Set<string>();
  return (name) => {
    const base = slug(name);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/** Sorting helper: by a numeric score, high first, then by text so ties never depend on input order. */
export function byScoreThenText<T>(score: (item: T) => number, text: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => score(b) - score(a) || (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

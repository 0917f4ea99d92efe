// Seeded benchmark data: episodes of N transcript segments and graphs of N entities, in
// episode-kit's episode file format (v1). The same seed always gives the same bytes, so every
// library in a run, and every run on every machine, is fed identical data.
//
//   node bench/generate.mjs            writes every size into bench/.data/
//   import { ensureData } from './generate.mjs'   (what run.mjs does)
import { mkdirSync, writeFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GENERATOR_VERSION = 1;
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '.data');
export const TRANSCRIPT_SIZES = [1000, 5000, 20000];
export const GRAPH_SIZES = [40, 500, 2000, 10000];

/** mulberry32: small, fast, and good enough to make varied text; deterministic per seed. */
export function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const FIRST = ['Dana', 'Nathan', 'Dylan', 'Priya', 'Marcus', 'Lena', 'Tomas', 'Aiko', 'Ravi', 'Sofia', 'Jonah',
  'Mei', 'Omar', 'Clara', 'Ibrahim', 'Elena', 'Kofi', 'Hana', 'Lucas', 'Noor', 'Felix', 'Yara', 'Anders', 'Zoe'];
const LAST = ['Whitfield', 'Lambert', 'Patel', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Castillo', 'Brenner',
  'Haddad', 'Novak', 'Quinn', 'Sato', 'Adeyemi', 'Kowalski', 'Ferreira', 'Larsen', 'Ivanova', 'Mendes', 'Rossi'];
const SYLLABLES = ['nor', 'tek', 'vex', 'ion', 'ara', 'lum', 'quan', 'tis', 'syn', 'ora', 'zen', 'cor', 'dyn',
  'pix', 'mar', 'sol', 'tra', 'vel', 'hex', 'nova', 'cept', 'gen', 'lyt', 'rix'];
const COMPANY_SUFFIX = ['Systems', 'Labs', 'AI', 'Semiconductor', 'Networks', 'Robotics', 'Cloud', 'Dynamics', 'Foundry'];
const PRODUCT_SUFFIX = ['V3', 'R1', 'Pro', 'Ultra', '2', 'Max', 'Mini', 'X', 'Edge'];
const CONCEPT_A = ['mixture of', 'reinforcement', 'latent', 'sparse', 'distributed', 'synthetic', 'preference',
  'chain of', 'speculative', 'quantized', 'federated', 'multi-head'];
const CONCEPT_B = ['experts', 'learning', 'attention', 'training', 'inference', 'data', 'tuning', 'thought',
  'decoding', 'memory', 'compute', 'scaling'];
const PLACES = ['Taiwan', 'Oregon', 'South Korea', 'Arizona', 'Shenzhen', 'Dresden', 'Hsinchu', 'Austin',
  'Bangalore', 'Zurich', 'Osaka', 'Nevada'];
const MEDIA = ['The Information', 'Stratechery', 'Semianalysis', 'Interconnects', 'Dwarkesh Podcast', 'Acquired'];
const EVENTS = ['NeurIPS', 'Hot Chips', 'CES', 'GTC', 'ICML', 'Computex'];

// Proportions of the seed page's 40 entities: companies 14, products 13, concepts 7, people 3,
// locations 2, media 1 (events appear in larger graphs too).
const TYPE_WEIGHTS = [['company', 14], ['product', 13], ['concept', 7], ['person', 3], ['location', 2],
  ['media', 1], ['event', 1]];

function cap(word) {
  return word[0].toUpperCase() + word.slice(1);
}

function makeName(random, type) {
  switch (type) {
    case 'company': return `${cap(random.pick(SYLLABLES) + random.pick(SYLLABLES))} ${random.pick(COMPANY_SUFFIX)}`;
    case 'product': return `${cap(random.pick(SYLLABLES) + random.pick(SYLLABLES))} ${random.pick(PRODUCT_SUFFIX)}`;
    case 'concept': return `${random.pick(CONCEPT_A)} ${random.pick(CONCEPT_B)}`;
    case 'person': return `${random.pick(FIRST)} ${random.pick(LAST)}`;
    case 'location': return random.pick(PLACES);
    case 'media': return random.pick(MEDIA);
    default: return `${random.pick(EVENTS)} ${random.int(2019, 2026)}`;
  }
}

function pickType(random) {
  const total = TYPE_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let roll = random.next() * total;
  for (const [type, weight] of TYPE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return type;
  }
  return 'concept';
}

/** N entities with unique ids and names (a numeric suffix keeps large graphs unique). */
export function makeEntities(random, count) {
  const seen = new Map();
  const entities = [];
  for (let i = 0; i < count; i++) {
    const type = pickType(random);
    let name = makeName(random, type);
    const times = seen.get(name) ?? 0;
    seen.set(name, times + 1);
    if (times > 0) name = `${name} ${times + 1}`;
    const entity = { id: `e${i}`, name, type };
    if (random.chance(0.5)) entity.description = `${name} is a ${type} that comes up in the conversation.`;
    entities.push(entity);
  }
  return entities;
}

/**
 * About `count` links over `entities`: a preferential-attachment tree (so the graph is connected
 * and has hubs, like a real episode's graph) plus extra links drawn by degree, with no duplicates
 * and no self-links.
 */
export function makeLinks(random, entities, count) {
  const n = entities.length;
  const links = [];
  const keys = new Set();
  const ends = []; // every link end once: picking from it is picking by degree
  const add = (a, b) => {
    if (a === b) return false;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (keys.has(key)) return false;
    keys.add(key);
    links.push({ source: entities[a].id, target: entities[b].id, weight: random.int(1, 5) });
    ends.push(a, b);
    return true;
  };
  for (let i = 1; i < n; i++) {
    const target = ends.length === 0 || random.chance(0.3) ? random.int(0, i - 1) : random.pick(ends);
    add(i, target);
  }
  let attempts = 0;
  while (links.length < count && attempts < count * 20) {
    attempts++;
    const a = random.chance(0.5) ? random.pick(ends) : random.int(0, n - 1);
    add(a, random.int(0, n - 1));
  }
  return links;
}

const OPENERS = ['I think', 'What is interesting is that', 'To be honest,', 'If you look at it,', 'So basically',
  'The thing people miss is that', 'Right, and', 'In a sense,', 'Honestly,', 'The way I see it,'];
const SUBJECTS = ['the model', 'the whole industry', 'this approach', 'the team', 'the supply chain',
  'the cost curve', 'the research community', 'the benchmark', 'the architecture', 'the market'];
const VERBS = ['changes', 'depends on', 'is built around', 'keeps pushing', 'competes with', 'relies on',
  'was trained against', 'scales with', 'undercuts', 'borrows from'];
const OBJECTS = ['inference costs', 'export controls', 'open weights', 'the training run', 'long contexts',
  'the data centers', 'the next generation of chips', 'reasoning traces', 'the license terms', 'user demand'];
const TAILS = ['', '', ' in a big way', ' more than people expect', ' over the next few years', ', which matters',
  ' at scale', ' if you squint', ' for sure', ' and that is the key point'];

function sentence(random, entities) {
  let subject = random.pick(SUBJECTS);
  let object = random.pick(OBJECTS);
  // Entity names appear in the text, so a library's mention search has real work to do.
  if (entities.length && random.chance(0.35)) subject = random.pick(entities).name;
  if (entities.length && random.chance(0.25)) object = random.pick(entities).name;
  const text = `${random.pick(OPENERS)} ${subject} ${random.pick(VERBS)} ${object}${random.pick(TAILS)}.`;
  return text[0].toUpperCase() + text.slice(1);
}

/** An episode file with `segments` transcript segments (2–4 speakers, 40 entities, ~84 links). */
export function makeEpisode(segments, seed = 1) {
  const random = createRandom(seed * 7919 + segments);
  const speakerCount = random.int(2, 4);
  const people = [];
  for (let i = 0; i < speakerCount; i++) {
    people.push({ id: `p${i}`, name: `${random.pick(FIRST)} ${random.pick(LAST)}`, role: i === 0 ? 'host' : 'guest' });
  }
  const entities = makeEntities(random, 40);
  const links = makeLinks(random, entities, 84);
  const transcript = [];
  let time = 0;
  let speaker = 0;
  for (let i = 0; i < segments; i++) {
    if (random.chance(0.3)) speaker = (speaker + random.int(1, speakerCount - 1)) % speakerCount;
    const sentences = random.int(1, 3);
    const parts = [];
    for (let s = 0; s < sentences; s++) parts.push(sentence(random, entities));
    const text = parts.join(' ');
    const length = Math.round((text.split(' ').length / 2.6) * 10) / 10; // ~2.6 words a second
    const start = Math.round(time * 10) / 10;
    const end = Math.round((time + length) * 10) / 10;
    transcript.push({ start, end, speaker: people[speaker].id, text });
    time = end + Math.round(random.next() * 5) / 10;
  }
  const duration = Math.ceil(time);
  const chapterCount = Math.max(5, Math.min(100, Math.round(segments / 60)));
  const chapters = [];
  for (let c = 0; c < chapterCount; c++) {
    const start = transcript[Math.floor((c * segments) / chapterCount)].start;
    chapters.push({ start, title: `Chapter ${c + 1}: ${cap(random.pick(CONCEPT_A))} ${random.pick(CONCEPT_B)}` });
  }
  return {
    version: 1,
    id: `bench-episode-${segments}`,
    title: `Benchmark episode with ${segments.toLocaleString('en')} segments`,
    show: 'episode-kit bench',
    published: '2025-01-01',
    duration,
    note: 'Generated by bench/generate.mjs (seeded); the text is synthetic.',
    people,
    entities,
    links,
    chapters,
    transcript,
  };
}

/** An episode file holding a graph of `count` entities and ≈ 2·count links (40 → 84, as on the seed page). */
export function makeGraph(count, seed = 1) {
  const random = createRandom(seed * 104729 + count);
  const entities = makeEntities(random, count);
  const links = makeLinks(random, entities, count === 40 ? 84 : 2 * count);
  return {
    version: 1,
    id: `bench-graph-${count}`,
    title: `Benchmark graph with ${count.toLocaleString('en')} entities`,
    show: 'episode-kit bench',
    duration: 3600,
    note: 'Generated by bench/generate.mjs (seeded).',
    people: [{ id: 'p0', name: 'Dana Whitfield', role: 'host' }],
    entities,
    links,
  };
}

export const episodeFile = (segments) => `episode-${segments}.json`;
export const graphFile = (count) => `graph-${count}.json`;

/** Writes the data files that are missing or were made by another generator version. */
export function ensureData({ transcriptSizes = TRANSCRIPT_SIZES, graphSizes = GRAPH_SIZES, log = () => {} } = {}) {
  const stampPath = join(DATA_DIR, 'VERSION');
  const fresh = existsSync(stampPath) && readFileSync(stampPath, 'utf8').trim() === String(GENERATOR_VERSION);
  if (!fresh) rmSync(DATA_DIR, { recursive: true, force: true }); // made by another generator version
  mkdirSync(DATA_DIR, { recursive: true });
  const write = (name, make) => {
    const path = join(DATA_DIR, name);
    if (existsSync(path)) return;
    log(`generating bench/.data/${name}`);
    writeFileSync(path, JSON.stringify(make()));
  };
  for (const n of transcriptSizes) write(episodeFile(n), () => makeEpisode(n));
  for (const n of graphSizes) write(graphFile(n), () => makeGraph(n));
  if (!fresh) writeFileSync(stampPath, `${GENERATOR_VERSION}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureData({ log: console.log });
  console.log(`data in ${DATA_DIR}`);
}

/**
 * Entities of a transcript: names (people, organisations, places by compromise's tags; products
 * and other names by rules of our own), recurring noun phrases as concepts, and the speakers. A
 * name's variants (case, possessives, plurals, a surname alone) become one entity.
 */
import type { KnownKind } from '../entity-kinds.js';
import { KNOWN_KINDS } from '../entity-kinds.js';
import type { Token } from './tokens.js';
import { STOPWORDS, stem } from './text.js';

export interface DraftEntity {
  key: string;
  name: string;
  kind: KnownKind;
  aliases: string[];
  /** Indexes of the segments that name it, ascending. */
  segments: number[];
  speaker: boolean;
}

export interface SpeakerName {
  name: string;
  /** The first segment the speaker talks in. */
  firstSegment: number;
}

/** A name has to be said at least this many times to be an entity (speakers need none). */
export const MIN_MENTIONS = 2;
/**
 * In a long transcript a name must be said at least once per this many segments: set on the seed
 * episode (1,125 segments: 132 entities at a bar of 2, 53 at 150, 40 at 100, its own count).
 */
const SEGMENTS_PER_EXTRA_MENTION = 100;

/** Capitalised words that are not names; common acronyms are used as common nouns ("the AI", "GPUs"). */
const CAPITALISED_NOT_NAMES = new Set(
  `i i'm i'd i'll i've ok okay ai agi gpu gpus cpu cpus tpu tpus api apis ceo cto cfo phd ml llm llms tv mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday january february march april
  may june july august september october november december christmas`.split(/\s+/),
);

/** Speaker labels that say a role, not who it is: "Host", "Guest 1", "SPEAKER_01". */
const ROLE_LABEL = /^(?:host|co-?host|guest|speaker|spk|interviewer|interviewee|moderator|narrator|panelist|panellist|caller|voice|audience|announcer|unknown|presenter|participant)(?:[\s_-]*[a-z0-9]{1,3})?$/i;

export const isRoleLabel = (speaker: string): boolean => ROLE_LABEL.test(speaker.trim());

/** Words just before a name that say it is an organisation ("at Nvidia", "joined Meta"). */
const COMPANY_BEFORE = new Set(['at', 'joined', 'founded', 'company', 'startup', 'firm', 'lab']);
/** Words just after a name that say it acts: organisations do, products rarely. */
const COMPANY_AFTER = new Set(
  `said says say made makes make has had sells sold ships shipped released releases built builds bought buys announced
  uses used went tried cut owns owned kept changed is was wants wanted calls called lost won left runs ran tested
  manufactures started publishes published`.split(/\s+/),
);
/** Nouns just after a name that say it is a thing made ("the SID chip", "the 1541 drive"). */
const PRODUCT_AFTER = new Set(
  `chip chips model models drive drives cell cells card cards console consoles computer computers app apps phone phones
  processor processors gpu gpus software hardware api release version units`.split(/\s+/),
);
/** Verbs and prepositions just before a name that say it is a thing used ("fine-tunes Llama", "has CUDA"). */
const PRODUCT_BEFORE = new Set(`use uses using used run runs running ran has have had know knows download downloaded fine-tunes buy bought on`.split(/\s+/));

/** Last words that say what kind of name it is: "Inflation Reduction Act", "Consumer Electronics Show". */
const KIND_BY_LAST_WORD = new Map<string, KnownKind>();
for (const [kind, list] of [
  ['concept', 'act law paradox effect theory principle rule treaty accord agreement protocol doctrine'],
  ['event', 'show conference summit expo festival games olympics cup war fair awards election'],
  ['location', 'desert valley river mountains ocean sea island islands bay lake county city street park'],
  ['company', 'technology technologies instruments energy solution solutions systems labs inc corp corporation group motors electronics online computing software semiconductor company institute university foundation agency department bank fund ministry'],
] as const) {
  for (const word of list.split(' ')) KIND_BY_LAST_WORD.set(word, kind);
}

/** Adjectives that open a phrase without making it a subject ("big deal", "new chip"). */
const GENERIC_OPENERS = new Set(
  `new old big small good bad real whole same other own last next first few many much more most huge little long short hard easy
  different whole single entire certain main only actual high low best worst true full special important`.split(/\s+/),
);
/** Nouns too general to end a concept ("five years", "a big deal"). */
const GENERIC_HEADS = new Set(
  `thing things way ways lot lots kind sort time times year years week weeks day days month months bit part point question story
  show episode number numbers percent dollar dollars minute minutes hour hours deal case idea people person guy guys place fact end
  side term terms level stuff piece pieces million billion trillion kilobytes`.split(/\s+/),
);

const hasDigit = (text: string) => /\p{N}/u.test(text);
const startsUpper = (text: string) => /^\p{Lu}/u.test(text);
const isLowerWord = (t: Token) => /^\p{Ll}/u.test(t.text);
const NAME_TAGS = ['ProperNoun', 'Person', 'Organization', 'Place', 'Acronym'];
const isNumberish = (t: Token) => /^(?:\d+[a-z]?|I{2,3}|IV|VI{0,3}|X)$/.test(t.text);

/** The key variants of one name share: lower case, no accents on the comparison, no possessive. */
export function nameKey(text: string): string {
  return text.toLowerCase().replace(/['’]s$|['’]$/u, '').replace(/\s+/g, ' ').trim();
}

interface Candidate {
  key: string;
  forms: Map<string, number>;
  /** Times said, counting a name said twice in one segment twice. */
  said: number;
  segments: Set<number>;
  votes: Map<KnownKind, number>;
  /** For a one-word name: the lower-case noun right after it each time, or '' when none. */
  nextWords: string[];
  phrase: boolean;
  speaker: boolean;
}

class Candidates {
  readonly map = new Map<string, Candidate>();

  /** One saying of `text`; variants share a `key` (a phrase's is stemmed, its `text` as said). */
  add(text: string, segment: number, votes: [KnownKind, number][], phrase: boolean, nextWord = '', key = nameKey(text)): Candidate {
    let c = this.map.get(key);
    if (!c) {
      c = { key, forms: new Map(), said: 0, segments: new Set(), votes: new Map(), nextWords: [], phrase, speaker: false };
      this.map.set(key, c);
    }
    c.forms.set(text, (c.forms.get(text) ?? 0) + 1);
    c.said++;
    c.segments.add(segment);
    c.nextWords.push(nextWord);
    for (const [kind, weight] of votes) c.votes.set(kind, (c.votes.get(kind) ?? 0) + weight);
    return c;
  }
}

/** How words are written mid-sentence, to read the capital of a sentence's first word. */
function seenWords(sentences: readonly Token[][]): Seen {
  const lower = new Set<string>();
  const capital = new Set<string>();
  for (const sentence of sentences) {
    for (const t of sentence) {
      if (t.sentenceStart) continue;
      if (isLowerWord(t)) lower.add(t.lower);
      else if (startsUpper(t.text)) capital.add(t.lower);
    }
  }
  return { lower, capital };
}

interface Seen {
  /** Said in lower case mid-sentence: a common word. */
  lower: ReadonlySet<string>;
  /** Said capitalised mid-sentence: a name. */
  capital: ReadonlySet<string>;
}

const NOT_NAME_TAGS = ['Verb', 'Adverb', 'Conjunction', 'Adjective', 'Determiner', 'Preposition', 'Pronoun', 'Plural'];

function isNameWord(t: Token, next: Token | undefined, seen: Seen): boolean {
  const capitalised = startsUpper(t.text) || (hasDigit(t.text) && /\p{L}/u.test(t.text));
  if (!capitalised || CAPITALISED_NOT_NAMES.has(t.lower)) return false;
  if (!t.sentenceStart) return true;
  // A capital at a sentence start proves nothing: the word must look like a name on its own.
  if (seen.lower.has(t.lower) || STOPWORDS.has(t.lower)) return false;
  if (seen.capital.has(t.lower) || hasDigit(t.text) || /.\p{Lu}/u.test(t.text) || NAME_TAGS.some((tag) => t.tags.has(tag))) return true;
  if (!!next && !t.breakAfter && startsUpper(next.text) && !next.sentenceStart) return !t.tags.has('Verb');
  // A noun the tagger does not know, never said in lower case: "Northvolt was…".
  return t.tags.has('Noun') && !NOT_NAME_TAGS.some((tag) => t.tags.has(tag));
}

interface Run {
  tokens: Token[];
  /** Positions (in tokens) of "of"/"and" joining two names, where the run may be split. */
  joins: number[];
}

/** Runs of name words in a sentence: "Jensen Huang", "Commodore 64", "Bits of History". */
function nameRuns(sentence: readonly Token[], seen: Seen): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < sentence.length) {
    if (!isNameWord(sentence[i]!, sentence[i + 1], seen)) {
      i++;
      continue;
    }
    const run: Run = { tokens: [sentence[i]!], joins: [] };
    let j = i + 1;
    while (j < sentence.length) {
      const last = run.tokens[run.tokens.length - 1]!;
      if (last.breakAfter || last.possessive) break;
      const t = sentence[j]!;
      if (isNameWord(t, sentence[j + 1], seen)) {
        run.tokens.push(t);
        j++;
      } else if (isNumberish(t) && !hasDigit(last.text)) {
        // "Commodore 64", "Llama 3", "Apple II": a model number ends the name.
        run.tokens.push(t);
        j++;
        break;
      } else if ((t.lower === 'of' || t.lower === 'and') && !t.breakAfter && sentence[j + 1] && isNameWord(sentence[j + 1]!, sentence[j + 2], seen)) {
        run.joins.push(run.tokens.length);
        run.tokens.push(t);
        j++;
      } else {
        break;
      }
    }
    runs.push(run);
    i = j;
  }
  return runs;
}

const joinText = (tokens: readonly Token[]) => tokens.map((t) => t.text).join(' ');

function partsOf(run: Run): Token[][] {
  const parts: Token[][] = [];
  let from = 0;
  for (const at of run.joins) {
    parts.push(run.tokens.slice(from, at));
    from = at + 1;
  }
  parts.push(run.tokens.slice(from));
  return parts.filter((tokens) => tokens.length);
}

/**
 * Splits a run at its "of"/"and" unless it is one name: said so again, and its parts never said
 * alone ("Signal and Silicon" stays one; "Huawei and China", "A100 and H100" are two).
 */
function splitRuns(runs: Run[]): Token[][] {
  const counts = new Map<string, number>();
  const alone = new Set<string>();
  for (const run of runs) {
    if (run.joins.length) counts.set(nameKey(joinText(run.tokens)), (counts.get(nameKey(joinText(run.tokens))) ?? 0) + 1);
    else alone.add(nameKey(joinText(run.tokens)));
  }
  const out: Token[][] = [];
  for (const run of runs) {
    const parts = partsOf(run);
    const oneName = (counts.get(nameKey(joinText(run.tokens))) ?? 0) >= 2 && !parts.some((part) => alone.has(nameKey(joinText(part))));
    if (!run.joins.length || oneName) out.push(run.tokens);
    else out.push(...parts);
  }
  return out;
}

function kindVotes(tokens: readonly Token[], before: Token | undefined, after: Token | undefined): [KnownKind, number][] {
  const votes: [KnownKind, number][] = [];
  if (tokens.some((t) => hasDigit(t.text))) votes.push(['product', 3]);
  // The tagger takes "SID" for a first name: an acronym is not one.
  if (tokens.every((t) => t.tags.has('Person') && !/^\p{Lu}{2,}$/u.test(t.text))) votes.push(['person', 2]);
  const lastKind = tokens.length > 1 ? KIND_BY_LAST_WORD.get(tokens[tokens.length - 1]!.lower) : undefined;
  if (lastKind) votes.push([lastKind, 3]);
  if (before && PRODUCT_BEFORE.has(before.lower)) votes.push(['product', 1]);
  if (tokens.some((t) => t.tags.has('Organization'))) votes.push(['company', 2]);
  if (tokens.some((t) => t.tags.has('Place'))) votes.push(['location', 2]);
  if (before && COMPANY_BEFORE.has(before.lower)) votes.push(['company', 1]);
  if (after && !tokens[tokens.length - 1]!.breakAfter) {
    if (COMPANY_AFTER.has(after.lower)) votes.push(['company', 1]);
    if (PRODUCT_AFTER.has(after.lower)) votes.push(['product', 1]);
  }
  if (before && (before.lower === 'the' || before.lower === 'a' || before.lower === 'an') && !tokens.some((t) => t.tags.has('Place'))) {
    votes.push(['product', 0.5]);
  }
  // A name nothing else explains is most often an organisation.
  votes.push(['company', 0.25]);
  return votes;
}

/** Bare model numbers: "the 6502", "the 1541 drive" (not "in 1976", not "the 1980s"). */
function modelNumbers(sentence: readonly Token[], into: Candidates): void {
  sentence.forEach((t, i) => {
    const before = sentence[i - 1];
    if (!/^\d{3,5}$/.test(t.text) || before?.lower !== 'the' || t.tags.has('Date')) return;
    const value = Number(t.text);
    if (value >= 1900 && value <= 2099) return;
    into.add(t.text, t.segment, [['product', 3]], false);
  });
}

const isPhraseWord = (t: Token, seen: Seen) =>
  (isLowerWord(t) || (t.sentenceStart && seen.lower.has(t.lower))) &&
  !STOPWORDS.has(t.lower) &&
  !t.possessive &&
  (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Gerund')) &&
  !t.tags.has('Pronoun') &&
  !t.tags.has('Value') &&
  !t.tags.has('Date') &&
  !t.tags.has('Adverb') &&
  !/\d/.test(t.text);

/** Lower-case noun phrases of two or three words: "open weights", "mixture of experts". */
function nounPhrases(sentence: readonly Token[], into: Candidates, seen: Seen): void {
  let span: Token[] = [];
  const flush = () => {
    for (let n = 3; n >= 2; n--) {
      for (let i = 0; i + n <= span.length; i++) addPhrase(span.slice(i, i + n), into);
    }
    span = [];
  };
  sentence.forEach((t, i) => {
    const prev = span[span.length - 1];
    if (isPhraseWord(t, seen)) {
      span.push(t);
    } else if (t.lower === 'of' && prev && prev.tags.has('Noun') && !prev.breakAfter && sentence[i + 1] && isPhraseWord(sentence[i + 1]!, seen)) {
      span.push(t);
    } else {
      flush();
    }
    if (t.breakAfter) flush();
  });
  flush();
}

function addPhrase(tokens: Token[], into: Candidates): void {
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  if (first.lower === 'of' || last.lower === 'of' || !last.tags.has('Noun') || last.tags.has('Gerund') && tokens.length < 3) return;
  if (GENERIC_OPENERS.has(first.lower) || GENERIC_HEADS.has(last.lower) || tokens.some((t) => GENERIC_HEADS.has(t.lower) && t !== last && t.lower !== 'of')) return;
  const text = tokens.map((t, i) => (i === 0 && t.sentenceStart ? t.lower : t.text)).join(' ');
  // Singular and plural are one concept; the key carries the stem of the last word.
  const key = [...tokens.slice(0, -1).map((t) => t.lower), stem(last.lower)].join(' ');
  into.add(text, first.segment, [['concept', 1]], true, '', key);
}

function leadingKind(c: Candidate): KnownKind {
  let best: KnownKind = 'company';
  let bestVotes = -1;
  for (const kind of KNOWN_KINDS) {
    const votes = c.votes.get(kind) ?? 0;
    if (votes > bestVotes) {
      best = kind;
      bestVotes = votes;
    }
  }
  return best;
}

/** Merges `from` into `into`; a part of a name ("Tramiel" into "Jack Tramiel") leaves the kind to the whole. */
function absorb(into: Candidate, from: Candidate, votes = true): void {
  for (const [form, n] of from.forms) into.forms.set(form, (into.forms.get(form) ?? 0) + n);
  for (const s of from.segments) into.segments.add(s);
  into.said += from.said;
  if (votes) for (const [kind, v] of from.votes) into.votes.set(kind, (into.votes.get(kind) ?? 0) + v);
  into.speaker ||= from.speaker;
}

/**
 * Variants that are not the same key: a plural ("H100s"), and a first name or surname said alone
 * when exactly one longer name of a person (or, for a first word, an organisation) has it.
 */
function mergeVariants(candidates: Candidates): void {
  const map = candidates.map;
  for (const [key, c] of [...map]) {
    if (c.phrase || !key.endsWith('s')) continue;
    const singular = map.get(key.slice(0, -1));
    if (singular && singular !== c && !singular.phrase) {
      absorb(singular, c);
      map.delete(key);
    }
  }
  const owners = new Map<string, Candidate[]>();
  for (const c of map.values()) {
    if (c.phrase) continue;
    const parts = c.key.split(' ');
    if (parts.length < 2) continue;
    const kind = leadingKind(c);
    if (kind === 'person') for (const part of new Set([parts[0]!, parts[parts.length - 1]!])) owners.set(part, [...(owners.get(part) ?? []), c]);
    else if (kind === 'company') owners.set(parts[0]!, [...(owners.get(parts[0]!) ?? []), c]);
  }
  for (const [key, c] of [...map]) {
    if (c.phrase || key.includes(' ')) continue;
    const owner = owners.get(key);
    // A place is not the first word of a company named after it ("Taiwan", "Taiwan Semiconductor").
    if (owner?.length === 1 && owner[0] !== c && !(leadingKind(owner[0]!) === 'company' && (c.votes.get('location') ?? 0) > 0)) {
      absorb(owner[0]!, c, false);
      map.delete(key);
    }
  }
}

/**
 * "the Nevada Gigafactory" names Nevada too, when Nevada is said alone elsewhere: a multi-word
 * name (without a model number) counts for its first and last word's own candidates.
 */
function mentionParts(runs: readonly Token[][], candidates: Candidates): void {
  for (const tokens of runs) {
    if (tokens.length < 2 || tokens.some((t) => hasDigit(t.text))) continue;
    for (const part of new Set([tokens[0]!, tokens[tokens.length - 1]!])) {
      const c = candidates.map.get(nameKey(part.text));
      if (!c || c.phrase) continue;
      c.said++;
      c.segments.add(part.segment);
    }
  }
}

/** "TI" for "Texas Instruments", "C64" for "Commodore 64": initials, a number kept whole. */
function initials(key: string): string {
  return key
    .split(' ')
    .filter((w) => w !== 'of' && w !== 'and')
    .map((w) => (/^\d+$/.test(w) ? w : w.charAt(0)))
    .join('');
}

/** An acronym said for a longer name said too is that name, when only one longer name fits. */
function mergeAcronyms(candidates: Candidates): void {
  const byInitials = new Map<string, Candidate[]>();
  for (const c of candidates.map.values()) {
    if (c.phrase || !c.key.includes(' ')) continue;
    const key = initials(c.key);
    if (key.length >= 2) byInitials.set(key, [...(byInitials.get(key) ?? []), c]);
  }
  for (const [key, c] of [...candidates.map]) {
    if (c.phrase || key.includes(' ') || ![...c.forms.keys()].every((f) => /^[\p{Lu}\d]{2,6}$/u.test(f))) continue;
    const full = byInitials.get(key);
    if (full?.length === 1) {
      absorb(full[0]!, c, false);
      candidates.map.delete(key);
    }
  }
}

/** "Amara Okafor", whose first word is said alone elsewhere ("Amara, is that real?"), is a person. */
function votePeopleByFirstName(candidates: Candidates): void {
  for (const c of candidates.map.values()) {
    if (c.phrase) continue;
    const parts = c.key.split(' ');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^\p{L}+$/u.test(p) || KIND_BY_LAST_WORD.has(p))) continue;
    const first = candidates.map.get(parts[0]!);
    if (first && !first.phrase && (first.votes.get('location') ?? 0) === 0) c.votes.set('person', (c.votes.get('person') ?? 0) + 2 * c.said);
  }
}

/** "Jevons" said only ever as "Jevons paradox" is the concept "Jevons paradox". */
function extendByFollowingNoun(candidates: Candidates): void {
  for (const [key, c] of [...candidates.map]) {
    if (c.phrase || key.includes(' ') || c.said < MIN_MENTIONS) continue;
    const next = c.nextWords[0];
    if (!next || c.nextWords.some((w) => w !== next)) continue;
    const name = `${[...c.forms.keys()][0]} ${next}`;
    candidates.map.delete(key);
    const phrase: Candidate = { ...c, key: nameKey(name), forms: new Map([[name, c.said]]), votes: new Map([['concept', 10]]), phrase: true };
    const existing = candidates.map.get(phrase.key);
    if (existing) absorb(existing, phrase);
    else candidates.map.set(phrase.key, phrase);
  }
}

/** Phrases inside a longer phrase said in the same places ("bulletin board" in "bulletin board systems"). */
function dropContainedPhrases(candidates: Candidates): void {
  const phrases = [...candidates.map.values()].filter((c) => c.phrase);
  for (const short of phrases) {
    const inside = phrases.some(
      (long) =>
        long !== short &&
        long.key.split(' ').length > short.key.split(' ').length &&
        long.said >= MIN_MENTIONS &&
        sharesWords(long.key, short.key) &&
        [...short.segments].every((s) => long.segments.has(s)),
    );
    if (inside) candidates.map.delete(short.key);
  }
}

function sharesWords(long: string, short: string): boolean {
  const words = long.split(' ').map(stem);
  return short.split(' ').every((w) => words.includes(stem(w)));
}

/** The name to show: a person's full name; else the form said most, with the most capitals. */
function displayName(c: Candidate, kind: KnownKind): string {
  const forms = [...c.forms.entries()].filter(([, n]) => n > 0);
  const capitals = (s: string) => (s.match(/\p{Lu}/gu) ?? []).length;
  forms.sort(
    ([a, na], [b, nb]) =>
      (kind === 'person' ? b.split(' ').length - a.split(' ').length : 0) || nb - na || capitals(b) - capitals(a) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return forms[0]?.[0] ?? c.key;
}

function aliasesOf(c: Candidate, name: string): string[] {
  const seen = new Set([nameKey(name)]);
  const aliases: string[] = [];
  for (const form of [...c.forms.keys()].sort()) {
    const key = nameKey(form);
    // Case and possessive variants are found anyway (mentions match ignoring case).
    if (seen.has(key) || (c.phrase && stem(key) === stem(nameKey(name)))) continue;
    seen.add(key);
    aliases.push(form);
  }
  return aliases;
}

export function extractEntities(sentences: readonly Token[][], speakers: readonly SpeakerName[]): DraftEntity[] {
  const seen = seenWords(sentences);
  const candidates = new Candidates();
  const runs: { run: Run; sentence: readonly Token[] }[] = [];
  for (const sentence of sentences) {
    for (const run of nameRuns(sentence, seen)) runs.push({ run, sentence });
    modelNumbers(sentence, candidates);
    nounPhrases(sentence, candidates, seen);
  }
  const split = splitRuns(runs.map((r) => r.run));
  const sentenceOf = new Map<Token, readonly Token[]>();
  for (const { run, sentence } of runs) for (const t of run.tokens) sentenceOf.set(t, sentence);
  for (const tokens of split) {
    const sentence = sentenceOf.get(tokens[0]!)!;
    const at = sentence.indexOf(tokens[0]!);
    const before = sentence[at - 1];
    const after = sentence[at + tokens.length];
    const last = tokens[tokens.length - 1]!;
    const next = after && !last.breakAfter && !last.possessive && isLowerWord(after) && after.tags.has('Noun') && !after.tags.has('Pronoun') ? after.lower : '';
    candidates.add(joinText(tokens), last.segment, kindVotes(tokens, before, after), false, next);
  }
  mentionParts(split, candidates);
  for (const { name, firstSegment } of speakers) {
    const c = candidates.add(name, firstSegment, [['person', 100]], false);
    c.speaker = true;
    // The first turn is where a speaker is met (their first mention when never named), not a saying of the name.
    c.said--;
  }
  extendByFollowingNoun(candidates);
  // Phrases said once are most of them, and never merge into anything: drop them first.
  for (const [key, c] of [...candidates.map]) if (c.phrase && c.said < MIN_MENTIONS) candidates.map.delete(key);
  votePeopleByFirstName(candidates);
  mergeVariants(candidates);
  mergeAcronyms(candidates);
  dropContainedPhrases(candidates);

  // A long episode says many names a few times in passing: the bar rises with its length.
  let lastSegment = 0;
  for (const sentence of sentences) for (const token of sentence) if (token.segment > lastSegment) lastSegment = token.segment;
  const needed = Math.max(MIN_MENTIONS, Math.ceil((lastSegment + 1) / SEGMENTS_PER_EXTRA_MENTION));
  const out: DraftEntity[] = [];
  for (const c of candidates.map.values()) {
    if (!c.speaker && c.said < needed) continue;
    const kind = c.speaker ? 'person' : leadingKind(c);
    const name = displayName(c, kind);
    out.push({ key: c.key, name, kind, aliases: aliasesOf(c, name), segments: [...c.segments].sort((a, b) => a - b), speaker: c.speaker });
  }
  return out.sort((a, b) => a.segments[0]! - b.segments[0]! || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

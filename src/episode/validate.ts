/**
 * `parseEpisode`: from whatever an author wrote (`unknown`) to a normalized `Episode` plus
 * warnings, or to errors when there is nothing to show. Pure and synchronous.
 *
 * The smallest bad unit goes: a bad optional field is dropped from its item; an item without
 * what it cannot live without is dropped whole; each drop is one warning whose `path` points
 * into the input as written (before sorting). Normalizing (time strings to seconds, sorting,
 * filling ends, resolving speakers, finding mentions, numbering topics) is not warned.
 */
import { UnknownKeys, unknownKeyMessage } from './keys.js';
import { markNormalized } from './normalized.js';
import { createMentionMatcher, indexMentions } from './mentions.js';
import { describeValue, isCompanionRef, isRecord, joinPath, TIME_EXPECTED } from './problems.js';
import { formatTime, parseTime } from './time.js';
import type {
  Chapter,
  Entity,
  Episode,
  EpisodeProblem,
  Link,
  ParseResult,
  Person,
  Segment,
  Soundbite,
  SummaryPoint,
  SummarySection,
  Topic,
  Word,
} from './types.js';
import { isSafeUrl } from './url.js';

export interface ParseEpisodeOptions {
  /** Set as `file` on every problem that has none (e.g. the episode file's URL). */
  file?: string;
}

/** The episode file's fields, in the order the README documents them. */
export const TOP_LEVEL_KEYS = new Set([
  '$schema',
  'version',
  'id',
  'title',
  'show',
  'published',
  'duration',
  'url',
  'image',
  'media',
  'note',
  'description',
  'people',
  'soundbites',
  'summary',
  'topics',
  'entities',
  'links',
  'chapters',
  'transcript',
]);

/** The keys of each kind of item, as the README and the JSON Schema document them. */
const KEYS = {
  media: new Set(['src', 'type']),
  person: new Set(['id', 'name', 'role', 'group', 'image', 'href']),
  soundbite: new Set(['start', 'duration', 'title']),
  section: new Set(['title', 'points']),
  point: new Set(['text', 'icon', 'time']),
  entity: new Set(['id', 'name', 'type', 'description', 'aliases', 'href', 'mentions']),
  topic: new Set(['id', 'label', 'time', 'entities']),
  link: new Set(['source', 'target', 'label', 'weight']),
  chapter: new Set(['start', 'end', 'title', 'summary', 'image', 'url', 'toc']),
  segment: new Set(['start', 'end', 'speaker', 'text', 'words']),
  word: new Set(['start', 'end', 'text']),
} as const;

/** Names, titles and labels longer than this are cut, with a warning (transcript text never is). */
export const MAX_LABEL_LENGTH = 500;
/** No time in an episode is later than this (7 days), whatever its duration says. */
export const MAX_TIME = 7 * 24 * 3600;

/** Entity type used when an entity has none. */
export const UNKNOWN_ENTITY_TYPE = 'other';

/**
 * Byte sequences that UTF-8 text takes on when decoded as Windows-1252/Latin-1 (or, for emoji,
 * Windows-1253): "Ã©" for "é", "â€™" for "’", "ðŸ"/"πŸ" for emoji, "Â " for a no-break space;
 * and U+FFFD, the replacement character a decoder leaves for bytes it could not read.
 */
const MOJIBAKE_RE =
  /Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|Â[\u0080-\u00bf]|â€|ðŸ|πŸ|ï»¿|\ufffd/;
const MAX_MOJIBAKE_WARNINGS = 10;

type Raw = Record<string, unknown>;

class Collector {
  readonly problems: EpisodeProblem[] = [];
  private garbled = 0;
  /** The episode's duration when the file gives one; times past it (plus 1 s) are dropped. */
  duration: number | undefined;
  private readonly unknownKeys = new UnknownKeys((path, message) => {
    const problem: EpisodeProblem = { path, message };
    this.problems.push(problem);
    return problem;
  });

  warn(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Reports keys of `raw` that are not `known`: once per kind of item and key, with a count. */
  keys(raw: Raw, known: ReadonlySet<string>, path: string, item: string): void {
    this.unknownKeys.check(raw, known, path, item, joinPath);
  }

  /** Why `seconds` cannot be a time of this episode, or undefined when it can. */
  tooLate(seconds: number): string | undefined {
    if (seconds > MAX_TIME) return `${formatTime(seconds)} is more than 7 days`;
    if (this.duration !== undefined && seconds > this.duration + 1) {
      return `${formatTime(seconds)} is after the episode's end (${formatTime(this.duration)})`;
    }
    return undefined;
  }

  /** A name, title or label: cut at MAX_LABEL_LENGTH characters, with a warning. */
  label(value: string, base: string, key: string | number | undefined): string {
    if (value.length <= MAX_LABEL_LENGTH) return value;
    let end = MAX_LABEL_LENGTH;
    // Never split a surrogate pair.
    if (/[\ud800-\udbff]/.test(value[end - 1]!)) end--;
    this.warn(key === undefined ? base : joinPath(base, key), `${value.length} characters long; cut to ${MAX_LABEL_LENGTH}`);
    return `${value.slice(0, end)}…`;
  }

  /**
   * Flags text that looks decoded with the wrong encoding; the text itself is kept as is. The
   * path is `base` + `key`, joined only for a warning (thousands of fields, few problems).
   */
  text(base: string, key: string | number | undefined, value: string | undefined): void {
    if (!value) return;
    const match = MOJIBAKE_RE.exec(value);
    if (!match) return;
    this.garbled++;
    if (this.garbled <= MAX_MOJIBAKE_WARNINGS) {
      this.warn(
        key === undefined ? base : joinPath(base, key),
        `looks garbled by a wrong text encoding (${JSON.stringify(match[0])}); shown as written — save the file as UTF-8`,
      );
    }
  }

  finish(): void {
    this.unknownKeys.finish();
    if (this.garbled > MAX_MOJIBAKE_WARNINGS) {
      this.warn('', `${this.garbled - MAX_MOJIBAKE_WARNINGS} more text fields look garbled by a wrong text encoding`);
    }
  }
}

// ---- field readers: each returns the value or undefined, warning when a present value is bad

/** With `label`, a name, title or label: cut at MAX_LABEL_LENGTH characters, with a warning. */
function optionalString(raw: Raw, key: string, path: string, out: Collector, label = false): string | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    if (!value.trim()) return undefined;
    out.text(path, key, value);
    return label ? out.label(value, path, key) : value;
  }
  out.warn(joinPath(path, key), `expected text, got ${describeValue(value)}; ignored`);
  return undefined;
}

function optionalUrl(raw: Raw, key: string, path: string, out: Collector): string | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  const at = () => joinPath(path, key);
  if (typeof value !== 'string') {
    out.warn(at(), `expected a URL, got ${describeValue(value)}; ignored`);
    return undefined;
  }
  if (!value.trim()) return undefined;
  if (!isSafeUrl(value)) {
    out.warn(at(), `unsafe URL ${describeValue(value)}: only http, https and relative URLs are allowed; ignored`);
    return undefined;
  }
  return value.trim();
}

function optionalTime(raw: Raw, key: string, path: string, out: Collector): number | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  const seconds = parseTime(value);
  if (seconds === undefined) {
    out.warn(joinPath(path, key), `${TIME_EXPECTED}, got ${describeValue(value)}; ignored`);
    return undefined;
  }
  const late = out.tooLate(seconds);
  if (late !== undefined) {
    out.warn(joinPath(path, key), `${late}; ignored`);
    return undefined;
  }
  return seconds;
}

/** A required time: undefined means the item must go (already warned). */
function requiredTime(raw: Raw, key: string, path: string, item: string, out: Collector): number | undefined {
  const value = raw[key];
  const at = joinPath(path, key);
  if (value === undefined || value === null) {
    out.warn(at, `missing; ${item} dropped`);
    return undefined;
  }
  const seconds = parseTime(value);
  if (seconds === undefined) {
    out.warn(at, `${TIME_EXPECTED}, got ${describeValue(value)}; ${item} dropped`);
    return undefined;
  }
  const late = out.tooLate(seconds);
  if (late !== undefined) {
    out.warn(at, `${late}; ${item} dropped`);
    return undefined;
  }
  return seconds;
}

/** A required non-empty string: undefined means the item must go (already warned). */
function requiredString(raw: Raw, key: string, path: string, item: string, out: Collector, label = false): string | undefined {
  const value = raw[key];
  if (typeof value === 'string' && value.trim()) {
    out.text(path, key, value);
    return label ? out.label(value, path, key) : value;
  }
  out.warn(joinPath(path, key), value === undefined || value === null || typeof value === 'string'
    ? `missing; ${item} dropped`
    : `expected text, got ${describeValue(value)}; ${item} dropped`);
  return undefined;
}

function listOf(input: Raw, key: string, out: Collector): unknown[] {
  const value = input[key];
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  out.warn(key, `expected a list, got ${describeValue(value)}; ignored`);
  return [];
}

function itemObject(value: unknown, path: string, item: string, out: Collector): value is Raw {
  if (isRecord(value)) return true;
  out.warn(path, `expected an object, got ${describeValue(value)}; ${item} dropped`);
  return false;
}

function uniqueId(raw: Raw, path: string, item: string, seen: Map<string, string>, out: Collector): string | undefined {
  const id = requiredString(raw, 'id', path, item, out)?.trim();
  if (id === undefined) return undefined;
  const first = seen.get(id);
  if (first !== undefined) {
    out.warn(joinPath(path, 'id'), `duplicate id ${JSON.stringify(id)} (first used at ${first}); ${item} dropped`);
    return undefined;
  }
  seen.set(id, path);
  return id;
}

// ---- sections

function readPeople(input: Raw, out: Collector): Person[] {
  const people: Person[] = [];
  const seen = new Map<string, string>();
  listOf(input, 'people', out).forEach((raw, i) => {
    const path = joinPath('people', i);
    if (!itemObject(raw, path, 'person', out)) return;
    out.keys(raw, KEYS.person, path, 'person');
    const id = uniqueId(raw, path, 'person', seen, out);
    const name = requiredString(raw, 'name', path, 'person', out, true);
    if (id === undefined || name === undefined) return;
    const person: Person = { id, name };
    const role = optionalString(raw, 'role', path, out, true);
    const group = optionalString(raw, 'group', path, out, true);
    const image = optionalUrl(raw, 'image', path, out);
    const href = optionalUrl(raw, 'href', path, out);
    if (role !== undefined) person.role = role;
    if (group !== undefined) person.group = group;
    if (image !== undefined) person.image = image;
    if (href !== undefined) person.href = href;
    people.push(person);
  });
  return people;
}

function readSoundbites(input: Raw, out: Collector): Soundbite[] {
  const soundbites: Soundbite[] = [];
  listOf(input, 'soundbites', out).forEach((raw, i) => {
    const path = joinPath('soundbites', i);
    if (!itemObject(raw, path, 'soundbite', out)) return;
    out.keys(raw, KEYS.soundbite, path, 'soundbite');
    const start = requiredTime(raw, 'start', path, 'soundbite', out);
    const duration = requiredTime(raw, 'duration', path, 'soundbite', out);
    if (start === undefined || duration === undefined) return;
    if (!(duration > 0)) {
      out.warn(joinPath(path, 'duration'), `expected more than 0 seconds, got ${describeValue(raw.duration)}; soundbite dropped`);
      return;
    }
    const soundbite: Soundbite = { start, duration };
    const title = optionalString(raw, 'title', path, out, true);
    if (title !== undefined) soundbite.title = title;
    soundbites.push(soundbite);
  });
  // Stable: equal starts keep the author's order.
  return soundbites.sort((a, b) => a.start - b.start);
}

function readSummary(input: Raw, out: Collector): SummarySection[] {
  const sections: SummarySection[] = [];
  listOf(input, 'summary', out).forEach((raw, i) => {
    const path = joinPath('summary', i);
    if (!itemObject(raw, path, 'summary section', out)) return;
    out.keys(raw, KEYS.section, path, 'summary section');
    let title = '';
    if (typeof raw.title === 'string') {
      title = out.label(raw.title, path, 'title');
      out.text(path, 'title', title);
    } else if (raw.title !== undefined && raw.title !== null) {
      out.warn(joinPath(path, 'title'), `expected text, got ${describeValue(raw.title)}; shown without a heading`);
    }
    const points: SummaryPoint[] = [];
    const rawPoints = raw.points;
    if (rawPoints !== undefined && !Array.isArray(rawPoints)) {
      out.warn(joinPath(path, 'points'), `expected a list, got ${describeValue(rawPoints)}; ignored`);
    }
    (Array.isArray(rawPoints) ? rawPoints : []).forEach((rawPoint, j) => {
      const pointPath = joinPath(joinPath(path, 'points'), j);
      if (typeof rawPoint === 'string' && rawPoint.trim()) {
        out.text(pointPath, undefined, rawPoint);
        points.push({ text: rawPoint });
        return;
      }
      if (!itemObject(rawPoint, pointPath, 'point', out)) return;
      out.keys(rawPoint, KEYS.point, pointPath, 'point');
      const text = requiredString(rawPoint, 'text', pointPath, 'point', out);
      if (text === undefined) return;
      const point: SummaryPoint = { text };
      const icon = optionalString(rawPoint, 'icon', pointPath, out);
      const time = optionalTime(rawPoint, 'time', pointPath, out);
      if (icon !== undefined) point.icon = icon;
      if (time !== undefined) point.time = time;
      points.push(point);
    });
    if (!title && points.length === 0) {
      out.warn(path, 'has neither a title nor points; dropped');
      return;
    }
    sections.push({ title, points });
  });
  return sections;
}

function readEntities(input: Raw, out: Collector): { entities: Entity[]; given: Set<string> } {
  const entities: Entity[] = [];
  const given = new Set<string>();
  const seen = new Map<string, string>();
  listOf(input, 'entities', out).forEach((raw, i) => {
    const path = joinPath('entities', i);
    if (!itemObject(raw, path, 'entity', out)) return;
    out.keys(raw, KEYS.entity, path, 'entity');
    const id = uniqueId(raw, path, 'entity', seen, out);
    const name = requiredString(raw, 'name', path, 'entity', out, true);
    if (id === undefined || name === undefined) return;
    let type = UNKNOWN_ENTITY_TYPE;
    if (typeof raw.type === 'string' && raw.type.trim()) {
      type = out.label(raw.type.trim(), path, 'type');
    } else {
      out.warn(
        joinPath(path, 'type'),
        raw.type === undefined || raw.type === null || typeof raw.type === 'string'
          ? `missing; shown as "${UNKNOWN_ENTITY_TYPE}"`
          : `expected text, got ${describeValue(raw.type)}; shown as "${UNKNOWN_ENTITY_TYPE}"`,
      );
    }
    const entity: Entity = { id, name, type, aliases: [], mentions: [], mentionsSource: 'none' };
    const description = optionalString(raw, 'description', path, out);
    const href = optionalUrl(raw, 'href', path, out);
    if (description !== undefined) entity.description = description;
    if (href !== undefined) entity.href = href;

    if (raw.aliases !== undefined && raw.aliases !== null) {
      const aliasesPath = joinPath(path, 'aliases');
      if (Array.isArray(raw.aliases)) {
        raw.aliases.forEach((alias, j) => {
          if (typeof alias === 'string' && alias.trim()) {
            out.text(aliasesPath, j, alias);
            entity.aliases.push(out.label(alias, aliasesPath, j));
          } else {
            out.warn(joinPath(aliasesPath, j), `expected text, got ${describeValue(alias)}; ignored`);
          }
        });
      } else {
        out.warn(aliasesPath, `expected a list of names, got ${describeValue(raw.aliases)}; ignored`);
      }
    }

    if (raw.mentions !== undefined && raw.mentions !== null) {
      const mentionsPath = joinPath(path, 'mentions');
      if (Array.isArray(raw.mentions)) {
        const times: number[] = [];
        raw.mentions.forEach((value, j) => {
          const seconds = parseTime(value);
          const late = seconds === undefined ? undefined : out.tooLate(seconds);
          if (seconds === undefined) {
            out.warn(joinPath(mentionsPath, j), `${TIME_EXPECTED}, got ${describeValue(value)}; ignored`);
          } else if (late !== undefined) {
            out.warn(joinPath(mentionsPath, j), `${late}; ignored`);
          } else {
            times.push(seconds);
          }
        });
        entity.mentions = sortedUnique(times);
        entity.mentionsSource = 'file';
        given.add(id);
      } else {
        out.warn(mentionsPath, `expected a list of times, got ${describeValue(raw.mentions)}; ignored`);
      }
    }
    entities.push(entity);
  });
  return { entities, given };
}

function readTopics(input: Raw, entityIds: Set<string>, out: Collector): Topic[] {
  const topics: Topic[] = [];
  const rawTopics = listOf(input, 'topics', out);
  // Ids the author gave are reserved first so a generated "topic-2" never takes one of them.
  const taken = new Set<string>();
  for (const raw of rawTopics) if (isRecord(raw) && typeof raw.id === 'string' && raw.id.trim()) taken.add(raw.id.trim());
  const seen = new Map<string, string>();
  rawTopics.forEach((raw, i) => {
    const path = joinPath('topics', i);
    if (!itemObject(raw, path, 'topic', out)) return;
    out.keys(raw, KEYS.topic, path, 'topic');
    let id: string | undefined;
    if (raw.id === undefined || raw.id === null || (typeof raw.id === 'string' && !raw.id.trim())) {
      let n = i + 1;
      while (taken.has(`topic-${n}`)) n++;
      id = `topic-${n}`;
      taken.add(id);
      seen.set(id, path);
    } else {
      id = uniqueId(raw, path, 'topic', seen, out);
    }
    const label = requiredString(raw, 'label', path, 'topic', out, true);
    if (id === undefined || label === undefined) return;
    const topic: Topic = { id, label, entities: [] };
    const time = optionalTime(raw, 'time', path, out);
    if (time !== undefined) topic.time = time;
    if (raw.entities !== undefined && raw.entities !== null) {
      const entitiesPath = joinPath(path, 'entities');
      if (Array.isArray(raw.entities)) {
        raw.entities.forEach((ref, j) => {
          const at = joinPath(entitiesPath, j);
          if (typeof ref !== 'string') {
            out.warn(at, `expected an entity id, got ${describeValue(ref)}; ignored`);
          } else if (!entityIds.has(ref.trim())) {
            out.warn(at, `unknown entity ${JSON.stringify(ref)}; ignored`);
          } else if (!topic.entities.includes(ref.trim())) {
            topic.entities.push(ref.trim());
          }
        });
      } else {
        out.warn(entitiesPath, `expected a list of entity ids, got ${describeValue(raw.entities)}; ignored`);
      }
    }
    topics.push(topic);
  });
  return topics;
}

function readLinks(input: Raw, entityIds: Set<string>, out: Collector): Link[] {
  const links: Link[] = [];
  /** Pair (either direction) and label → the path of the link that said it first. */
  const said = new Map<string, string>();
  listOf(input, 'links', out).forEach((raw, i) => {
    const path = joinPath('links', i);
    if (!itemObject(raw, path, 'link', out)) return;
    out.keys(raw, KEYS.link, path, 'link');
    let ok = true;
    const ends: string[] = [];
    for (const key of ['source', 'target'] as const) {
      const value = raw[key];
      if (typeof value !== 'string' || !value.trim()) {
        out.warn(joinPath(path, key), value === undefined ? 'missing; link dropped' : `expected an entity id, got ${describeValue(value)}; link dropped`);
        ok = false;
      } else if (!entityIds.has(value.trim())) {
        out.warn(joinPath(path, key), `unknown entity ${JSON.stringify(value)}; link dropped`);
        ok = false;
      } else {
        ends.push(value.trim());
      }
    }
    if (!ok) return;
    if (ends[0] === ends[1]) {
      out.warn(path, `links ${JSON.stringify(ends[0])} to itself; link dropped`);
      return;
    }
    const link: Link = { source: ends[0]!, target: ends[1]! };
    const label = optionalString(raw, 'label', path, out, true);
    if (label !== undefined) link.label = label;
    if (raw.weight !== undefined && raw.weight !== null) {
      if (typeof raw.weight === 'number' && Number.isFinite(raw.weight)) link.weight = raw.weight;
      else out.warn(joinPath(path, 'weight'), `expected a number, got ${describeValue(raw.weight)}; ignored`);
    }
    // The same relation said twice (in either direction) is one; a different label is another relation.
    const key = JSON.stringify([...[link.source, link.target].sort(), link.label ?? '']);
    const first = said.get(key);
    if (first !== undefined) {
      out.warn(path, `repeats ${first}; merged`);
      return;
    }
    said.set(key, path);
    links.push(link);
  });
  return links;
}

type DraftChapter = Omit<Chapter, 'end'> & { end?: number };

function readChapters(input: Raw, out: Collector): DraftChapter[] {
  if (isCompanionRef(input.chapters)) return [];
  const chapters: DraftChapter[] = [];
  listOf(input, 'chapters', out).forEach((raw, i) => {
    const path = joinPath('chapters', i);
    if (!itemObject(raw, path, 'chapter', out)) return;
    out.keys(raw, KEYS.chapter, path, 'chapter');
    const start = requiredTime(raw, 'start', path, 'chapter', out);
    let toc = true;
    if (raw.toc !== undefined && raw.toc !== null) {
      if (typeof raw.toc === 'boolean') toc = raw.toc;
      else out.warn(joinPath(path, 'toc'), `expected true or false, got ${describeValue(raw.toc)}; ignored`);
    }
    let title: string | undefined = '';
    if (toc) {
      title = requiredString(raw, 'title', path, 'chapter', out, true);
    } else {
      title = optionalString(raw, 'title', path, out, true) ?? '';
    }
    if (start === undefined || title === undefined) return;
    const end = optionalTime(raw, 'end', path, out);
    if (end !== undefined && end < start) {
      out.warn(joinPath(path, 'end'), `ends (${end} s) before it starts (${start} s); chapter dropped`);
      return;
    }
    const chapter: DraftChapter = { start, title, toc };
    if (end !== undefined) chapter.end = end;
    const summary = optionalString(raw, 'summary', path, out);
    const image = optionalUrl(raw, 'image', path, out);
    const url = optionalUrl(raw, 'url', path, out);
    if (summary !== undefined) chapter.summary = summary;
    if (image !== undefined) chapter.image = image;
    if (url !== undefined) chapter.url = url;
    chapters.push(chapter);
  });
  return chapters;
}

type DraftWord = { start: number; end?: number; text: string };
type DraftSegment = { start: number; end?: number; speaker?: string; text: string; words?: DraftWord[] };

function readTranscript(input: Raw, out: Collector): DraftSegment[] {
  if (isCompanionRef(input.transcript)) return [];
  const segments: DraftSegment[] = [];
  listOf(input, 'transcript', out).forEach((raw, i) => {
    const path = joinPath('transcript', i);
    if (!itemObject(raw, path, 'segment', out)) return;
    out.keys(raw, KEYS.segment, path, 'segment');
    const start = requiredTime(raw, 'start', path, 'segment', out);
    const text = requiredString(raw, 'text', path, 'segment', out);
    if (start === undefined || text === undefined) return;
    const end = optionalTime(raw, 'end', path, out);
    if (end !== undefined && end < start) {
      out.warn(joinPath(path, 'end'), `ends (${end} s) before it starts (${start} s); segment dropped`);
      return;
    }
    const segment: DraftSegment = { start, text };
    if (end !== undefined) segment.end = end;
    const speaker = optionalString(raw, 'speaker', path, out);
    if (speaker !== undefined) segment.speaker = speaker.trim();
    if (raw.words !== undefined && raw.words !== null) {
      const wordsPath = joinPath(path, 'words');
      if (Array.isArray(raw.words)) {
        const words: DraftWord[] = [];
        raw.words.forEach((rawWord, j) => {
          const wordPath = joinPath(wordsPath, j);
          if (!itemObject(rawWord, wordPath, 'word', out)) return;
          out.keys(rawWord, KEYS.word, wordPath, 'word');
          const wordStart = requiredTime(rawWord, 'start', wordPath, 'word', out);
          const wordText = requiredString(rawWord, 'text', wordPath, 'word', out);
          if (wordStart === undefined || wordText === undefined) return;
          const wordEnd = optionalTime(rawWord, 'end', wordPath, out);
          if (wordEnd !== undefined && wordEnd < wordStart) {
            out.warn(joinPath(wordPath, 'end'), `ends (${wordEnd} s) before it starts (${wordStart} s); word dropped`);
            return;
          }
          words.push(wordEnd === undefined ? { start: wordStart, text: wordText } : { start: wordStart, end: wordEnd, text: wordText });
        });
        if (words.length) segment.words = words;
      } else {
        out.warn(wordsPath, `expected a list of words, got ${describeValue(raw.words)}; ignored`);
      }
    }
    segments.push(segment);
  });
  return segments;
}

// ---- normalizing

function sortedUnique(times: number[]): number[] {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.filter((t, i) => i === 0 || t !== sorted[i - 1]);
}

/** Missing ends become the next item's start, or `last` for the final item; never before start. */
function fillEnds<T extends { start: number; end?: number }>(items: T[], last: number): (T & { end: number })[] {
  return items.map((item, i) => {
    const next = items[i + 1];
    const end = item.end ?? (next ? next.start : Math.max(last, item.start));
    return { ...item, end: Math.max(end, item.start) };
  });
}

function resolveSpeakers(segments: DraftSegment[], people: Person[]): void {
  const ids = new Set(people.map((p) => p.id));
  const byName = new Map<string, string>();
  for (const person of people) {
    const key = person.name.trim().toLowerCase();
    if (!byName.has(key)) byName.set(key, person.id);
  }
  for (const segment of segments) {
    if (!segment.speaker || ids.has(segment.speaker)) continue;
    const id = byName.get(segment.speaker.toLowerCase());
    if (id !== undefined) segment.speaker = id;
  }
}

export function parseEpisode(input: unknown, options: ParseEpisodeOptions = {}): ParseResult {
  const withFile = (problems: EpisodeProblem[]): EpisodeProblem[] =>
    options.file ? problems.map((p) => (p.file ? p : { ...p, file: options.file })) : problems;

  if (!isRecord(input)) {
    return {
      errors: withFile([{ path: '', message: `expected an episode object, got ${describeValue(input)}` }]),
    };
  }
  const out = new Collector();

  const version = input.version;
  if (version === undefined || version === null) {
    out.warn('version', 'missing; read as version 1');
  } else if (version !== 1 && version !== '1') {
    return {
      errors: withFile([
        { path: 'version', message: `unsupported version ${describeValue(version)}; this library reads version 1` },
      ]),
    };
  }

  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL_KEYS.has(key)) out.warn(joinPath('', key), unknownKeyMessage(key, TOP_LEVEL_KEYS));
  }

  let title = '';
  const titleMissing = !(typeof input.title === 'string' && input.title.trim());
  if (!titleMissing) {
    title = out.label(input.title as string, 'title', undefined);
    out.text('title', undefined, title);
  }

  const id = optionalString(input, 'id', '', out);
  const show = optionalString(input, 'show', '', out, true);
  let published = optionalString(input, 'published', '', out);
  if (published !== undefined && Number.isNaN(Date.parse(published))) {
    out.warn('published', `expected an ISO date such as "2024-05-01", got ${describeValue(published)}; ignored`);
    published = undefined;
  }
  const givenDuration = optionalTime(input, 'duration', '', out);
  // Every later time is checked against it; a duration of 0 says nothing.
  if (givenDuration !== undefined && givenDuration > 0) out.duration = givenDuration;
  const url = optionalUrl(input, 'url', '', out);
  const image = optionalUrl(input, 'image', '', out);
  const note = optionalString(input, 'note', '', out);
  const description = optionalString(input, 'description', '', out);

  let media: Episode['media'];
  if (input.media !== undefined && input.media !== null) {
    if (!isRecord(input.media)) {
      out.warn('media', `expected an object with "src", got ${describeValue(input.media)}; ignored`);
    } else if (typeof input.media.src !== 'string' || !input.media.src.trim()) {
      out.warn('media.src', `${input.media.src === undefined ? 'missing' : `expected a URL, got ${describeValue(input.media.src)}`}; media ignored`);
    } else {
      out.keys(input.media, KEYS.media, 'media', 'media');
      const src = optionalUrl(input.media, 'src', 'media', out);
      if (src !== undefined) {
        media = { src };
        const type = optionalString(input.media, 'type', 'media', out);
        if (type !== undefined) media.type = type;
      }
    }
  }

  const people = readPeople(input, out);
  const soundbites = readSoundbites(input, out);
  const summary = readSummary(input, out);
  const { entities, given } = readEntities(input, out);
  const entityIds = new Set(entities.map((e) => e.id));
  const topics = readTopics(input, entityIds, out);
  const links = readLinks(input, entityIds, out);
  const draftChapters = readChapters(input, out);
  const draftSegments = readTranscript(input, out);

  const nothingElse =
    people.length + soundbites.length + summary.length + topics.length + entities.length + draftChapters.length + draftSegments.length === 0 &&
    description === undefined &&
    !media;
  if (titleMissing) {
    const problem = {
      path: 'title',
      message:
        input.title === undefined || input.title === null || typeof input.title === 'string'
          ? 'missing'
          : `expected text, got ${describeValue(input.title)}`,
    };
    if (nothingElse) {
      return { errors: withFile([{ ...problem, message: `${problem.message}, and the file has nothing else to show` }]) };
    }
    out.warn(problem.path, `${problem.message}; shown without a title`);
  }

  // Sorting is stable, so items with equal starts keep the author's order.
  draftChapters.sort((a, b) => a.start - b.start);
  draftSegments.sort((a, b) => a.start - b.start);
  resolveSpeakers(draftSegments, people);

  let duration = givenDuration;
  if (duration === undefined) {
    let max = 0;
    for (const item of [...draftChapters, ...draftSegments]) max = Math.max(max, item.end ?? item.start);
    for (const segment of draftSegments) for (const word of segment.words ?? []) max = Math.max(max, word.end ?? word.start);
    duration = max;
  }

  const chapters: Chapter[] = fillEnds(draftChapters, duration);
  const transcript: Segment[] = fillEnds(draftSegments, duration).map((segment, index) => {
    const result: Segment = { index, start: segment.start, end: segment.end, text: segment.text };
    if (segment.speaker !== undefined) result.speaker = segment.speaker;
    if (segment.words) {
      const sortedWords = [...segment.words].sort((a, b) => a.start - b.start);
      result.words = fillEnds(sortedWords, segment.end).map((w): Word => ({ start: w.start, end: w.end, text: w.text }));
    }
    return result;
  });

  const needSearch = entities.filter((e) => !given.has(e.id));
  if (needSearch.length && transcript.length) {
    const found = indexMentions(transcript, createMentionMatcher(entities));
    for (const entity of needSearch) {
      entity.mentions = found.get(entity.id) ?? [];
      entity.mentionsSource = 'transcript';
    }
  }

  out.finish();
  const episode: Episode = {
    version: 1,
    title,
    duration,
    people,
    soundbites,
    summary,
    topics,
    entities,
    links,
    chapters,
    transcript,
  };
  if (id !== undefined) episode.id = id;
  if (show !== undefined) episode.show = show;
  if (published !== undefined) episode.published = published;
  if (url !== undefined) episode.url = url;
  if (image !== undefined) episode.image = image;
  if (media !== undefined) episode.media = media;
  if (note !== undefined) episode.note = note;
  if (description !== undefined) episode.description = description;
  return { episode: markNormalized(episode), warnings: withFile(out.problems) };
}

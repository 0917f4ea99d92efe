/**
 * Drafts what a bare transcript lacks: entities (with aliases and mention times), the links
 * between them, topics, key moments (when there are no chapters) and an extractive summary.
 * DOM-free and deterministic: the same episode gives the same draft, in Node or a browser.
 * `episode-kit draft` uses it; compromise (its tagger) comes with it, so no page bundle imports it.
 */
import type { Chapter, Episode } from '../episode/types.js';
import { extractEntities, isRoleLabel, type DraftEntity, type SpeakerName } from './entities.js';
import { connect } from './links.js';
import { sectionStarts } from './moments.js';
import { centralSentences } from './summary.js';
import { byScoreThenText, capitalise, contentStems, uniqueIds } from './text.js';
import { tokenize } from './tokens.js';

export { isRoleLabel, MIN_MENTIONS } from './entities.js';

export interface DraftedEntity {
  id: string;
  name: string;
  type: string;
  aliases?: string[];
  mentions: number[];
}

export interface Draft {
  note: string;
  summary: { title: string; points: { text: string; time: number }[] }[];
  topics: { id: string; label: string; time: number; entities: string[] }[];
  entities: DraftedEntity[];
  links: { source: string; target: string; weight: number }[];
  /** Only when the episode had none. */
  chapters?: { start: number; title: string }[];
  /** Which fields the tool wrote. */
  drafted: string[];
}

/** Topics listed at most: more reads as a word cloud. */
const MAX_TOPICS = 8;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The episode's own people, who are entities even when named only once: speakers with a name
 * (a person of `people`, or a label that is not a role such as "Host"), and the people of
 * `people` (a feed's podcast:person) the transcript names.
 */
function episodePeople(episode: Episode): SpeakerName[] {
  const names = new Map<string, SpeakerName>();
  const people = new Map(episode.people.map((p) => [p.id, p.name]));
  episode.transcript.forEach((segment, index) => {
    if (!segment.speaker) return;
    const name = people.get(segment.speaker) ?? segment.speaker;
    if (isRoleLabel(name) || !/\p{Lu}/u.test(name) || /\d/.test(name)) return;
    if (!names.has(name)) names.set(name, { name, firstSegment: index });
  });
  for (const person of episode.people) {
    if (names.has(person.name)) continue;
    const said = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(person.name)}(?![\\p{L}\\p{N}])`, 'iu');
    const index = episode.transcript.findIndex((s) => said.test(s.text));
    if (index >= 0) names.set(person.name, { name: person.name, firstSegment: index });
  }
  return [...names.values()];
}

interface Section {
  start: number;
  end: number;
  title: string;
  segments: number[];
}

function segmentsIn(episode: Episode, start: number, end: number): number[] {
  const out: number[] = [];
  episode.transcript.forEach((s, i) => {
    if (s.start >= start && s.start < end) out.push(i);
  });
  return out;
}

/** A section's title: the entity or phrase most particular to it (said there, seldom elsewhere). */
function titleSections(sections: Omit<Section, 'title'>[], entities: readonly (DraftEntity & { id: string })[]): Section[] {
  const used = new Set<string>();
  const inSections = (e: DraftEntity) => sections.filter((sec) => e.segments.some((s) => sec.segments.includes(s))).length;
  const spread = new Map(entities.map((e) => [e.id, inSections(e)]));
  return sections.map((section, n) => {
    const here = entities
      .filter((e) => !e.speaker)
      .map((e) => ({ e, count: e.segments.filter((s) => section.segments.includes(s)).length }))
      .filter(({ count }) => count > 0);
    here.sort(
      byScoreThenText(
        ({ e, count }) => count * Math.log(1 + sections.length / spread.get(e.id)!) * (e.kind === 'concept' ? 1.2 : 1),
        ({ e }) => e.name,
      ),
    );
    const pick = here.find(({ e }) => !used.has(e.id));
    if (pick) used.add(pick.e.id);
    return { ...section, title: pick ? capitalise(pick.e.name) : `${n + 1}` };
  });
}

function draftSections(episode: Episode, stems: string[][], entities: (DraftEntity & { id: string })[]): Section[] {
  const starts = sectionStarts(episode.transcript, stems);
  // One section is no key moment: the summary then goes under the episode's title.
  if (starts.length < 2) return [{ start: 0, end: episode.duration, title: episode.title, segments: episode.transcript.map((_, i) => i) }];
  const sections = starts.map((first, i) => {
    const next = starts[i + 1];
    const start = i === 0 ? 0 : episode.transcript[first]!.start;
    const end = next === undefined ? episode.duration : episode.transcript[next]!.start;
    return { start, end, segments: segmentsIn(episode, start, end) };
  });
  return titleSections(sections, entities);
}

function givenSections(chapters: readonly Chapter[], episode: Episode): Section[] {
  return chapters.filter((c) => c.toc).map((c) => ({ start: c.start, end: c.end, title: c.title, segments: segmentsIn(episode, c.start, c.end) }));
}

function draftTopics(entities: readonly (DraftEntity & { id: string })[], links: Draft['links'], times: readonly number[]): Draft['topics'] {
  const concepts = entities.filter((e) => e.kind === 'concept');
  const pool = concepts.length >= 3 ? concepts : [...concepts, ...entities.filter((e) => e.kind !== 'concept' && e.kind !== 'person')];
  const top: (DraftEntity & { id: string })[] = [];
  const openers = new Set<string>();
  for (const e of [...pool].sort(byScoreThenText((e) => e.segments.length, (e) => e.name))) {
    // "sodium-ion cells" after "sodium-ion batteries" is the same subject again.
    const opener = e.name.toLowerCase().split(' ')[0]!;
    if (e.kind === 'concept' && openers.has(opener)) continue;
    openers.add(opener);
    top.push(e);
    if (top.length === MAX_TOPICS) break;
  }
  const ids = uniqueIds();
  return top
    .map((e) => {
      const related = links
        .filter((l) => l.source === e.id || l.target === e.id)
        .map((l) => (l.source === e.id ? l.target : l.source));
      return { id: ids(`topic-${e.name}`), label: capitalise(e.name), time: times[e.segments[0]!]!, entities: [e.id, ...related.slice(0, 3)] };
    })
    .sort((a, b) => a.time - b.time || (a.label < b.label ? -1 : 1));
}

function noteFor(drafted: readonly string[]): string {
  if (!drafted.length) return 'episode-kit draft found nothing to draft in the transcript.';
  const parts = drafted.map((d) => (d === 'chapters' ? 'key moments (chapters)' : d));
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  const quoted = drafted.includes('summary') ? ' The summary quotes sentences of the transcript as said (extractive); no text was written by the tool.' : '';
  return `Drafted by episode-kit draft from the transcript: ${list}.${quoted} Check before publishing.`;
}

export function draftEpisode(episode: Episode): Draft {
  const texts = episode.transcript.map((s) => s.text);
  const times = episode.transcript.map((s) => s.start);
  const sentences = tokenize(texts);
  const found = extractEntities(sentences, episodePeople(episode));
  const ids = uniqueIds();
  const entities = found.map((e) => ({ ...e, id: ids(e.name) }));
  const links = connect(entities, texts.length);

  const hasChapters = episode.chapters.some((c) => c.toc);
  const sections = hasChapters ? givenSections(episode.chapters, episode) : draftSections(episode, texts.map(contentStems), entities);
  const draftsChapters = !hasChapters && sections.length > 1;
  const names = entities.filter((e) => !e.speaker).map((e) => e.name);
  const summary = sections
    .map((section) => ({
      title: section.title,
      points: centralSentences(texts, section.segments, names).map((s) => ({ text: s.text, time: times[s.segment]! })),
    }))
    .filter((section) => section.points.length);
  const topics = draftTopics(entities, links, times);
  const drafted = [
    ...(entities.length ? ['entities'] : []),
    ...(links.length ? ['links'] : []),
    ...(topics.length ? ['topics'] : []),
    ...(draftsChapters ? ['chapters'] : []),
    ...(summary.length ? ['summary'] : []),
  ];

  const draft: Draft = {
    note: noteFor(drafted),
    summary,
    topics,
    entities: entities.map((e) => {
      const out: DraftedEntity = { id: e.id, name: e.name, type: e.kind, mentions: [...new Set(e.segments.map((s) => times[s]!))] };
      if (e.aliases.length) out.aliases = e.aliases;
      return out;
    }),
    links,
    drafted,
  };
  if (draftsChapters) draft.chapters = sections.map((s) => ({ start: s.start, title: s.title }));
  return draft;
}

/**
 * One item of an RSS 2.0 feed as an episode file (the documented format, v1): what a podcast
 * host already publishes (title, show, date, duration, link, artwork, enclosure, show notes,
 * Podcasting 2.0 transcripts, chapters, people and soundbites; Podlove Simple Chapters;
 * timestamps in the show notes) becomes the fields of an `EpisodeFile`, and the validator then
 * reads it as it reads any file. Problems carry paths into the feed (`item[3].podcast:chapters`).
 * Pure: no DOM, no fetch; the loader fetches and the companion files are read as usual.
 */
import { ownValue } from '../own.js';
import { parseTime } from '../time.js';
import type { EpisodeProblem } from '../types.js';
import { htmlToText, showNoteChapters } from './show-notes.js';
import { childOf, childrenOf, NS, parseXml, textOf, type XmlElement } from './xml.js';

export interface FeedItemOptions {
  /** The item whose `<guid>` is this (trimmed, exact). */
  guid?: string;
  /** The item at this index in feed order, from 0 (when no `guid` is given). */
  item?: number;
  /** The reader's language (BCP 47), to choose among transcripts; else the channel's. */
  lang?: string;
  /** The feed's URL or file name, set on problems inside the feed. */
  file?: string;
}

export interface FeedEpisode {
  /** The episode file built from the item: companion files as `{ src, type }`. */
  input: Record<string, unknown>;
  /** What the feed reader itself had to say (paths into the feed). */
  warnings: EpisodeProblem[];
  /** The item's index in the feed. */
  index: number;
  /** Turns a path into the episode file built (`people[1].href`) into one into the feed. */
  feedPath(path: string): string;
}

/** Transcript types by preference: timed words first, plain text last. */
const TRANSCRIPT_TYPES: Record<string, number> = {
  'application/json': 5,
  'application/json+transcript': 5,
  'text/vtt': 4,
  'application/x-subrip': 3,
  'application/srt': 3,
  'text/srt': 3,
  'text/x-srt': 3,
  'text/html': 2,
  'text/plain': 1,
};

function mime(type: string | undefined): string {
  return (type ?? '').split(';')[0]!.trim().toLowerCase();
}

/** How well a transcript's language suits the reader's: 2 same tag, 1 same language, 0 other. */
function languageFit(language: string, wanted: string | undefined): number {
  if (!wanted) return 1;
  const a = language.toLowerCase();
  const b = wanted.toLowerCase();
  if (a === b) return 2;
  return a.split('-')[0] === b.split('-')[0] ? 1 : 0;
}

function slug(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base || 'person';
}

function isoDate(value: string): string | undefined {
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The item to read: by guid, by index, else the latest `pubDate`, else the first. */
function chooseItem(items: XmlElement[], options: FeedItemOptions): { index: number } | { error: string } {
  if (options.guid !== undefined) {
    const wanted = options.guid.trim();
    const index = items.findIndex((item) => textOf(item, NS.rss, 'guid') === wanted);
    return index >= 0 ? { index } : { error: `no item has the guid ${JSON.stringify(wanted)} (the feed has ${items.length} items)` };
  }
  if (options.item !== undefined) {
    const index = options.item;
    return Number.isInteger(index) && index >= 0 && index < items.length
      ? { index }
      : { error: `there is no item ${index} (the feed has ${items.length} items, counted from 0)` };
  }
  let latest = -1;
  let latestTime = -Infinity;
  items.forEach((item, i) => {
    const date = textOf(item, NS.rss, 'pubDate');
    const time = date ? Date.parse(date) : NaN;
    if (!Number.isNaN(time) && time > latestTime) {
      latestTime = time;
      latest = i;
    }
  });
  return { index: latest >= 0 ? latest : 0 };
}

export function readFeedItem(xml: string, options: FeedItemOptions = {}): FeedEpisode | { errors: EpisodeProblem[] } {
  const file = options.file;
  const problem = (path: string, message: string, line?: number): EpisodeProblem => {
    const p: EpisodeProblem = { path, message };
    if (file) p.file = file;
    if (line !== undefined) p.line = line;
    return p;
  };
  const { root, problems: xmlProblems } = parseXml(xml);
  const warnings = xmlProblems.map((p) => problem('', `malformed XML at line ${p.line}, column ${p.column}: ${p.message}`, p.line));
  if (!root) return { errors: [problem('', xmlProblems[0] ? `not XML: ${xmlProblems[0].message}` : 'the feed is empty', xmlProblems[0]?.line)] };
  const channel = root.name === 'rss' && root.ns === NS.rss ? childOf(root, NS.rss, 'channel') : undefined;
  if (!channel) {
    return { errors: [problem('', `not an RSS 2.0 feed: the document is <${root.name}>${root.name === 'rss' ? ' without a <channel>' : ''}`, root.line)] };
  }
  const items = childrenOf(channel, NS.rss, 'item');
  if (!items.length) return { errors: [problem('channel', 'the feed has no <item>', channel.line)] };
  const chosen = chooseItem(items, options);
  if ('error' in chosen) return { errors: [problem('channel.item', chosen.error)] };
  const index = chosen.index;
  const item = items[index]!;
  const at = `item[${index}]`;
  const paths = new Map<string, string>();
  const input: Record<string, unknown> = { version: 1 };
  const set = (key: string, value: unknown, path: string) => {
    if (value === undefined) return;
    input[key] = value;
    paths.set(key, path);
  };

  set('id', textOf(item, NS.rss, 'guid'), `${at}.guid`);
  set('title', textOf(item, NS.rss, 'title') ?? textOf(item, NS.itunes, 'title'), `${at}.title`);
  set('show', textOf(channel, NS.rss, 'title'), 'channel.title');
  const pubDate = textOf(item, NS.rss, 'pubDate');
  if (pubDate !== undefined) {
    const iso = isoDate(pubDate);
    if (iso) set('published', iso, `${at}.pubDate`);
    else warnings.push(problem(`${at}.pubDate`, `expected an RFC 822 date such as "Fri, 09 Oct 2020 04:30:38 GMT", got ${JSON.stringify(pubDate)}; ignored`, childOf(item, NS.rss, 'pubDate')!.line));
  }
  const duration = textOf(item, NS.itunes, 'duration');
  if (duration !== undefined) {
    const seconds = parseTime(duration);
    if (seconds !== undefined) set('duration', seconds, `${at}.itunes:duration`);
    else warnings.push(problem(`${at}.itunes:duration`, `expected seconds, mm:ss or hh:mm:ss, got ${JSON.stringify(duration)}; ignored`, childOf(item, NS.itunes, 'duration')!.line));
  }
  set('url', textOf(item, NS.rss, 'link'), `${at}.link`);
  const itemImage = childOf(item, NS.itunes, 'image')?.attributes.href?.trim();
  const channelImage = childOf(channel, NS.itunes, 'image')?.attributes.href?.trim() ?? textOf(childOf(channel, NS.rss, 'image'), NS.rss, 'url');
  if (itemImage) set('image', itemImage, `${at}.itunes:image`);
  else if (channelImage) set('image', channelImage, 'channel.itunes:image');

  const enclosure = childOf(item, NS.rss, 'enclosure');
  if (enclosure?.attributes.url?.trim()) {
    const media: Record<string, string> = { src: enclosure.attributes.url.trim() };
    if (enclosure.attributes.type?.trim()) media.type = enclosure.attributes.type.trim();
    set('media', media, `${at}.enclosure`);
    paths.set('media.src', `${at}.enclosure.url`);
  }

  // Show notes: the fullest of content:encoded, description and itunes:summary.
  const notesSource = (
    [
      [NS.content, 'encoded', 'content:encoded'],
      [NS.rss, 'description', 'description'],
      [NS.itunes, 'summary', 'itunes:summary'],
    ] as const
  ).find(([ns, name]) => textOf(item, ns, name) !== undefined);
  const notes = notesSource ? htmlToText(textOf(item, notesSource[0], notesSource[1])!) : '';
  if (notesSource && notes) set('description', notes, `${at}.${notesSource[2]}`);

  readPeople();
  readSoundbites();
  readChapters();
  readTranscript();

  return {
    input,
    warnings,
    index,
    feedPath(path: string): string {
      let best = '';
      for (const key of paths.keys()) {
        if (key.length > best.length && (path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`))) best = key;
      }
      return best ? paths.get(best)! + path.slice(best.length) : path ? `${at}.${path}` : at;
    },
  };

  function readPeople(): void {
    const own = childrenOf(item, NS.podcast, 'person');
    const tags = own.length ? own : childrenOf(channel, NS.podcast, 'person');
    const base = own.length ? `${at}.podcast:person` : 'channel.podcast:person';
    const people: Record<string, string>[] = [];
    const ids = new Set<string>();
    const seen = new Map<string, number>();
    tags.forEach((tag, i) => {
      const path = `${base}[${i}]`;
      const name = tag.text.trim();
      if (!name) {
        warnings.push(problem(path, 'a podcast:person without a name; ignored', tag.line));
        return;
      }
      const role = tag.attributes.role?.trim() || 'host';
      const group = tag.attributes.group?.trim() || 'cast';
      const key = `${name.toLowerCase()}\n${role.toLowerCase()}\n${group.toLowerCase()}`;
      const first = seen.get(key);
      if (first !== undefined) {
        warnings.push(problem(path, `repeats ${name} (${role}) of ${base}[${first}]; the first is kept`, tag.line));
        return;
      }
      seen.set(key, i);
      let id = slug(name);
      for (let n = 2; ids.has(id); n++) id = `${slug(name)}-${n}`;
      ids.add(id);
      const person: Record<string, string> = { id, name, role, group };
      if (tag.attributes.img?.trim()) person.image = tag.attributes.img.trim();
      if (tag.attributes.href?.trim()) person.href = tag.attributes.href.trim();
      paths.set(`people[${people.length}]`, path);
      paths.set(`people[${people.length}].image`, `${path}.img`);
      people.push(person);
    });
    if (people.length) input.people = people;
  }

  function readSoundbites(): void {
    const soundbites: Record<string, unknown>[] = [];
    childrenOf(item, NS.podcast, 'soundbite').forEach((tag, i) => {
      const path = `${at}.podcast:soundbite[${i}]`;
      const soundbite: Record<string, unknown> = { start: tag.attributes.startTime, duration: tag.attributes.duration };
      if (tag.text.trim()) soundbite.title = tag.text.trim();
      paths.set(`soundbites[${soundbites.length}]`, path);
      paths.set(`soundbites[${soundbites.length}].start`, `${path}.startTime`);
      soundbites.push(soundbite);
    });
    if (soundbites.length) input.soundbites = soundbites;
  }

  function readChapters(): void {
    const tag = childOf(item, NS.podcast, 'chapters');
    const url = tag?.attributes.url?.trim();
    if (tag && url) {
      input.chapters = { src: url, type: tag.attributes.type?.trim() || 'application/json+chapters' };
      paths.set('chapters.src', `${at}.podcast:chapters`);
      return;
    }
    const psc = childOf(item, NS.psc, 'chapters');
    if (psc) {
      const chapters = childrenOf(psc, NS.psc, 'chapter').map((chapter, i) => {
        const out: Record<string, unknown> = { start: chapter.attributes.start, title: chapter.attributes.title };
        if (chapter.attributes.href) out.url = chapter.attributes.href;
        if (chapter.attributes.image) out.image = chapter.attributes.image;
        paths.set(`chapters[${i}]`, `${at}.psc:chapters.psc:chapter[${i}]`);
        return out;
      });
      input.chapters = chapters;
      warnings.push(problem(`${at}.psc:chapters`, `no podcast:chapters; ${chapters.length} chapters read from Podlove Simple Chapters (psc:chapters)`, psc.line));
      return;
    }
    const fromNotes = notes ? showNoteChapters(notes) : [];
    if (fromNotes.length && notesSource) {
      input.chapters = fromNotes.map(({ start, title }) => ({ start, title }));
      fromNotes.forEach((_, i) => paths.set(`chapters[${i}]`, `${at}.${notesSource[2]}`));
      warnings.push(problem(`${at}.${notesSource[2]}`, `no podcast:chapters or psc:chapters; ${fromNotes.length} chapters read from timestamps in the show notes`));
    }
  }

  function readTranscript(): void {
    const tags = childrenOf(item, NS.podcast, 'transcript');
    const wanted = options.lang || textOf(channel, NS.rss, 'language');
    const channelLanguage = textOf(channel, NS.rss, 'language');
    const candidates = tags
      .map((tag, i) => {
        const url = tag.attributes.url?.trim();
        const type = mime(tag.attributes.type);
        const language = tag.attributes.language?.trim() || channelLanguage || '';
        return { tag, i, url, type, language, typeRank: ownValue(TRANSCRIPT_TYPES, type) ?? 0 };
      })
      .filter((c) => {
        if (c.url) return true;
        warnings.push(problem(`${at}.podcast:transcript[${c.i}]`, 'a podcast:transcript without a url; ignored', c.tag.line));
        return false;
      });
    if (!candidates.length) return;
    const ranked = [...candidates].sort(
      (a, b) => languageFit(b.language, wanted) - languageFit(a.language, wanted) || b.typeRank - a.typeRank || a.i - b.i,
    );
    const best = ranked[0]!;
    const ref: Record<string, string> = { src: best.url! };
    if (best.type) ref.type = best.type;
    input.transcript = ref;
    const path = `${at}.podcast:transcript[${best.i}]`;
    paths.set('transcript.src', path);
    paths.set('transcript', path);
    if (candidates.length > 1) {
      const what = [best.type || 'a transcript', best.language ? `in ${best.language}` : '', best.tag.attributes.rel === 'captions' ? '(captions)' : '']
        .filter(Boolean)
        .join(' ');
      warnings.push(problem(path, `${candidates.length} transcripts; read ${what}${wanted ? `, the best for ${wanted}` : ''}`, best.tag.line));
    }
  }
}

import { ownValue } from '../episode/own.js';
import { KIND_LABELS } from '../entity-kinds.js';

/**
 * Every visible string of episode-kit, in one typed table. Replace some or all of it for a page
 * (`registerStrings('fr', {...})`) or for one element (its `strings` property). Counts are
 * functions of the count and the count already formatted for the element's `lang`; write them
 * with `plural({ one, few, many, other })` and the form is chosen by `Intl.PluralRules` of the
 * language the table is registered for.
 */
export interface EkStrings {
  loading: string;
  /** Shown by a widget that has neither a provider nor a source. */
  noSource: string;
  /** Heading of the error box. */
  errorTitle: string;
  /** The error box's button that loads the same source again. */
  retry: string;
  /** Heading of the list of dropped parts. */
  warningsTitle: (count: number, formatted: string) => string;
  moreProblems: (count: number, formatted: string) => string;
  /** A problem's place in its file ("line 12"). */
  problemLine: (line: number) => string;
  problemColumn: (column: number) => string;
  /** A problem as a person reads it: its place (file, line, column, JSON path) then what is wrong. */
  problemAt: (place: string[], message: string) => string;
  /** The error of a source that gave no reason. */
  unknownError: string;
  /** What problems call a provider's inline `<script type="application/json">` without an id. */
  inlineJson: string;
  /** "40 %": a percentage, the number already formatted. */
  percent: (percent: number, formatted: string) => string;
  /** "1:30" → accessible label for a control that seeks. */
  seekTo: (time: string) => string;
  momentsCount: (count: number, formatted: string) => string;
  momentsHeading: string;
  momentLength: (length: string) => string;
  /** Heading of the soundbites list (Podcasting 2.0 `podcast:soundbite`). */
  momentsHighlights: string;
  highlightsCount: (count: number, formatted: string) => string;
  /** A soundbite without a title: "Highlight at 1:02". */
  highlightUntitled: (time: string) => string;
  noMoments: string;
  // <knowledge-graph>
  graphHeading: string;
  /** "40 entities · 84 connections" */
  graphCounts: (entities: number, links: number, formattedEntities: string, formattedLinks: string) => string;
  /** Accessible name of the graph area. */
  graphLabel: string;
  graphHint: string;
  /** A kind's name for one entity ("company"); unknown kinds arrive as written. */
  graphKindName: (kind: string) => string;
  /** A kind's heading in the legend ("Companies"). */
  graphKindHeading: (kind: string) => string;
  graphConnections: (count: number, formatted: string) => string;
  /** A node's accessible name: "DeepSeek, company, 12 connections". */
  graphNodeName: (name: string, kind: string, connections: string) => string;
  /** Under an entity's name in the tooltip and the details: "company · 12 connections". */
  graphNodeMeta: (kind: string, connections: string) => string;
  /** Every relation one line of the graph stands for ("uses · cuts cost of"). */
  graphRelations: (labels: string[]) => string;
  /** A line without a relation's name: "NVIDIA – TSMC". */
  graphLinkBetween: (source: string, target: string) => string;
  /** A neighbour in the list view: "TSMC (manufactures at)"; `relations` is from `graphRelations`, maybe empty. */
  graphTableNeighbour: (name: string, relations: string) => string;
  graphTableNeighbours: (names: string[]) => string;
  graphZoomIn: string;
  graphZoomOut: string;
  graphFit: string;
  graphListView: string;
  graphLegend: string;
  /** Accessible label of a legend button (it toggles the kind). */
  graphToggleKind: (kind: string, count: string) => string;
  graphSearch: string;
  graphSearchPlaceholder: string;
  graphNoMatch: (query: string) => string;
  graphFound: (name: string) => string;
  /** "Laying out the graph… 40%" */
  graphLayingOut: (percent: string) => string;
  /** The canvas renderer (a chunk of the CDN build, fetched for large graphs) did not load. */
  graphRendererFailed: (reason: string) => string;
  graphPanelFailed: (reason: string) => string;
  graphDetailsConnections: string;
  graphDetailsMentions: string;
  graphMoreAbout: string;
  graphClearSelection: string;
  graphNodeList: string;
  graphTableEntity: string;
  graphTableKind: string;
  graphTableConnections: string;
  graphNoEntities: string;
  // <key-moments> timeline, <episode-summary>, <episode-topics>, <entity-list> (issue 6)
  /** Accessible name of the timeline's row of chapter marks. */
  momentsTimelineLabel: string;
  /** A timeline mark's accessible name and tooltip: title and start. */
  momentMark: (title: string, time: string) => string;
  /** Under the timeline when no chapter is playing (before the first, in a gap, after the last). */
  momentNone: string;
  /** "5 h 2 min": a length of whole hours and minutes, numbers already formatted. */
  durationHoursMinutes: (hours: number, minutes: number, formattedHours: string, formattedMinutes: string) => string;
  /** The provider's notice when its media cannot seek. */
  mediaCannotSeek: string;
  /** The provider's notice when its media cannot play: the file's URL and one of the reasons below. */
  mediaError: (url: string, reason: string) => string;
  /** The server answered an HTTP error for the media file. */
  mediaErrorStatus: (status: number, statusText: string) => string;
  /** The file is there, but the browser cannot play it; `type` is its Content-Type, maybe empty. */
  mediaErrorFormat: (type: string) => string;
  /** Not found or not playable, and the server could not be asked which. */
  mediaErrorUnavailable: string;
  mediaErrorNetwork: string;
  mediaErrorDecode: string;
  /** "29 s": a length under a minute, in whole seconds, the number already formatted. */
  durationSeconds: (seconds: number, formattedSeconds: string) => string;
  summaryPeople: string;
  summaryCounts: (entities: number, formattedEntities: string, links: number, formattedLinks: string) => string;
  summaryPublished: string;
  summaryLength: string;
  noSummary: string;
  /** The disclosure of the episode's show notes (`description`). */
  summaryShowNotes: string;
  topicsHeading: string;
  topicsCount: (count: number, formatted: string) => string;
  /** Said after a topic's label when it has a time: ", Play from 1:30". */
  topicSeekTo: (time: string) => string;
  noTopics: string;
  entitiesHeading: string;
  entitiesCount: (entities: number, formattedEntities: string, links: number, formattedLinks: string) => string;
  /** Group labels of the known entity kinds; any other kind is labelled with the kind itself. */
  entityKinds: Record<string, string>;
  entityGroup: (label: string, count: number, formatted: string) => string;
  entityMentions: (count: number, formatted: string) => string;
  entityFilter: string;
  entityKindsLabel: string;
  entityShown: (shown: number, formattedShown: string, total: number, formattedTotal: string) => string;
  entityNoMatch: string;
  noEntities: string;
  entityLink: (name: string) => string;
  entityConnections: string;
  /** A link from the expanded entity to `name` ("based in Taiwan"). */
  entityConnection: (label: string, name: string) => string;
  /** A link from `name` to the expanded entity ("NVIDIA manufactures at"). */
  entityConnectionFrom: (name: string, label: string) => string;
  entityMentionsHeading: string;
  entityMoreMentions: (count: number, formatted: string) => string;
  // <transcript-view>
  transcriptHeading: string;
  transcriptCount: (count: number, formatted: string) => string;
  transcriptSegments: string;
  noTranscript: string;
  /** A companion file still loading, said where its content will be. */
  companionLoading: (kind: 'chapters' | 'transcript') => string;
  /** A companion file that could not be loaded, said where its content would be. */
  companionUnavailable: (kind: 'chapters' | 'transcript', reason: string, file: string) => string;
  transcriptSearch: string;
  transcriptSearchPlaceholder: string;
  /** "3 of 17" (numbers already formatted). */
  matchPosition: (current: number, total: number, currentFormatted: string, totalFormatted: string) => string;
  noMatches: string;
  previousMatch: string;
  nextMatch: string;
  backToNow: string;
  copyLink: string;
  copyText: string;
  copied: string;
  copyFailed: string;
  /** The search code (a chunk of the CDN build, fetched on first use) did not load. */
  searchFailed: (reason: string) => string;
  /** "mention 2 of 7". */
  mentionPosition: (current: number, total: number, currentFormatted: string, totalFormatted: string) => string;
  mentionCount: (count: number, formatted: string) => string;
  noMentions: string;
  previousMention: string;
  nextMention: string;
  playMention: string;
  clearSelection: string;
  /** Name of a mention's button: "TSMC: show in everything". */
  selectEntity: (name: string) => string;
}

/** A count's text in each plural form of a language; `other` is the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, (formatted: string) => string>> & {
  other: (formatted: string) => string;
};
type Plural = (count: number, formatted: string) => string;

const pluralRules = new Map<string, Intl.PluralRules>();
/** The plural form of `count` in `lang` ("one", "few", …), with one `Intl.PluralRules` per language. */
export function pluralForm(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

/** The forms behind each function made by `plural`, to bind them to another language. */
const formsOf = new WeakMap<object, PluralForms>();

/**
 * A count's string from its plural forms. The form follows the rules of the language the table
 * is registered for (`registerStrings`, or the element's `lang` for its own `strings`); English
 * until then.
 */
export function plural(forms: PluralForms, lang = 'en'): Plural {
  const text: Plural = (count, formatted) => (forms[pluralForm(lang, count)] ?? forms.other)(formatted);
  formsOf.set(text, forms);
  return text;
}

/** The table with its `plural` strings choosing forms by the rules of `lang`. */
function inLanguage(strings: Partial<EkStrings> | undefined, lang: string): Partial<EkStrings> | undefined {
  if (!strings) return strings;
  const bound: Record<string, unknown> = { ...strings };
  for (const [key, value] of Object.entries(strings)) {
    const forms = typeof value === 'function' ? formsOf.get(value) : undefined;
    if (forms) bound[key] = plural(forms, lang);
  }
  return bound as Partial<EkStrings>;
}

const entitiesText = plural({ one: (f) => `${f} entity`, other: (f) => `${f} entities` });
const connectionsText = plural({ one: (f) => `${f} connection`, other: (f) => `${f} connections` });
const mentionsText = plural({ one: (f) => `${f} mention`, other: (f) => `${f} mentions` });
const linksText = plural({ one: (f) => `${f} link`, other: (f) => `${f} links` });

export const defaultStrings: EkStrings = {
  loading: 'Loading episode…',
  noSource: 'No episode: give this element a src, an episode, or place it inside an <episode-provider>.',
  errorTitle: 'This episode cannot be shown',
  retry: 'Try again',
  warningsTitle: plural({ one: (f) => `${f} part of the episode file was left out`, other: (f) => `${f} parts of the episode file were left out` }),
  moreProblems: (_n, f) => `…and ${f} more`,
  problemLine: (line) => `line ${line}`,
  problemColumn: (column) => `column ${column}`,
  problemAt: (place, message) => (place.length ? `${place.join(', ')}: ${message}` : message),
  unknownError: 'Unknown error',
  inlineJson: 'inline JSON',
  percent: (_p, f) => `${f} %`,
  seekTo: (time) => `Play from ${time}`,
  momentsCount: plural({ one: (f) => `${f} moment`, other: (f) => `${f} moments` }),
  momentsHeading: 'Key moments',
  momentLength: (length) => `${length} long`,
  momentsHighlights: 'Highlights',
  highlightsCount: plural({ one: (f) => `${f} highlight`, other: (f) => `${f} highlights` }),
  highlightUntitled: (time) => `Highlight at ${time}`,
  noMoments: 'This episode has no chapters.',
  // <knowledge-graph>
  graphHeading: 'Knowledge graph',
  graphCounts: (e, l, fe, fl) => `${entitiesText(e, fe)} · ${connectionsText(l, fl)}`,
  graphLabel: 'Knowledge graph',
  graphHint: 'Hover to trace connections, click to explore.',
  graphKindName: (kind) => kind,
  graphKindHeading: (kind) =>
    ownValue(KIND_LABELS, kind) ??
    kind.charAt(0).toLocaleUpperCase() + kind.slice(1),
  graphConnections: connectionsText,
  graphNodeName: (name, kind, connections) => `${name}, ${kind}, ${connections}`,
  graphNodeMeta: (kind, connections) => `${kind} · ${connections}`,
  graphRelations: (labels) => labels.join(' · '),
  graphLinkBetween: (source, target) => `${source} – ${target}`,
  graphTableNeighbour: (name, relations) => (relations ? `${name} (${relations})` : name),
  graphTableNeighbours: (names) => names.join(', '),
  graphZoomIn: 'Zoom in',
  graphZoomOut: 'Zoom out',
  graphFit: 'Fit to view',
  graphListView: 'View as list',
  graphLegend: 'Kinds (click to hide or show)',
  graphToggleKind: (kind, count) => `${kind}, ${count}`,
  graphSearch: 'Find an entity',
  graphSearchPlaceholder: 'Find…',
  graphNoMatch: (query) => `Nothing matches “${query}”.`,
  graphFound: (name) => `Found ${name}.`,
  graphLayingOut: (percent) => `Laying out the graph… ${percent}`,
  graphRendererFailed: (reason) => `The graph could not be drawn: its canvas renderer did not load (${reason}). “View as list” shows every entity.`,
  graphPanelFailed: (reason) => `Part of the graph could not be shown: its code did not load (${reason}).`,
  graphDetailsConnections: 'Connections',
  graphDetailsMentions: 'Mentioned at',
  graphMoreAbout: 'More about it',
  graphClearSelection: 'Close',
  graphNodeList: 'Entities in the graph',
  graphTableEntity: 'Entity',
  graphTableKind: 'Kind',
  graphTableConnections: 'Connected to',
  graphNoEntities: 'This episode names no entities.',
  // <key-moments> timeline, <episode-summary>, <episode-topics>, <entity-list> (issue 6)
  momentsTimelineLabel: 'Chapters',
  momentMark: (title, time) => `${title}, ${time}`,
  momentNone: 'No chapter at this point',
  durationHoursMinutes: (h, m, fh, fm) => (h > 0 ? (m > 0 ? `${fh} h ${fm} min` : `${fh} h`) : `${fm} min`),
  durationSeconds: (_s, fs) => `${fs} s`,
  mediaCannotSeek: 'This media cannot seek: its server must answer Range requests.',
  mediaError: (url, reason) => `The media cannot be played (${url}): ${reason}.`,
  mediaErrorStatus: (status, text) => `the server answered ${status}${text ? ` ${text}` : ''}`,
  mediaErrorFormat: (type) => `this browser cannot play it${type ? ` (${type})` : ''}`,
  mediaErrorUnavailable: 'it was not found, or this browser cannot play its format',
  mediaErrorNetwork: 'a network error stopped the download',
  mediaErrorDecode: 'the file is damaged or its encoding is not supported',
  summaryPeople: 'People',
  // Connections first, as the seed page says it.
  summaryCounts: (n, fn, l, fl) => `${connectionsText(l, fl)} · ${entitiesText(n, fn)}`,
  summaryPublished: 'Published',
  summaryLength: 'Length',
  noSummary: 'This episode has no summary.',
  summaryShowNotes: 'Show notes',
  topicsHeading: 'What’s discussed',
  topicsCount: plural({ one: (f) => `${f} theme`, other: (f) => `${f} themes` }),
  topicSeekTo: (time) => `, Play from ${time}`,
  noTopics: 'This episode has no topics.',
  entitiesHeading: 'Smart objects',
  entitiesCount: (_n, fn, l, fl) => `${fn} · ${linksText(l, fl)}`,
  entityKinds: KIND_LABELS,
  entityGroup: (label, _n, f) => `${label} · ${f}`,
  entityMentions: mentionsText,
  entityFilter: 'Filter',
  entityKindsLabel: 'Kinds',
  entityShown: (_s, fs, _t, ft) => `${fs} of ${ft} shown`,
  entityNoMatch: 'Nothing matches the filter.',
  noEntities: 'This episode names no entities.',
  entityLink: (name) => `More about ${name}`,
  entityConnections: 'Connections',
  entityConnection: (label, name) => (label ? `${label} ${name}` : name),
  entityConnectionFrom: (name, label) => (label ? `${name} ${label}` : name),
  entityMentionsHeading: 'Mentions',
  entityMoreMentions: (_n, f) => `${f} more`,
  // <transcript-view>
  transcriptHeading: 'Transcript',
  transcriptCount: plural({ one: (f) => `${f} segment`, other: (f) => `${f} segments` }),
  transcriptSegments: 'Transcript segments',
  noTranscript: 'This episode has no transcript.',
  companionLoading: (kind) => (kind === 'chapters' ? 'Loading the chapters…' : 'Loading the transcript…'),
  companionUnavailable: (kind, reason, file) => `The ${kind === 'chapters' ? 'chapters' : 'transcript'} could not be loaded: ${reason}${file ? ` (${file})` : ''}.`,
  transcriptSearch: 'Search the transcript',
  transcriptSearchPlaceholder: 'Search',
  matchPosition: (_c, _t, cf, tf) => `${cf} of ${tf}`,
  noMatches: 'No matches',
  previousMatch: 'Previous match',
  nextMatch: 'Next match',
  backToNow: 'Back to now',
  copyLink: 'Copy link',
  copyText: 'Copy text',
  copied: 'Copied',
  copyFailed: 'Could not copy',
  searchFailed: (reason) => `Search could not load (${reason})`,
  mentionPosition: (_c, _t, cf, tf) => `mention ${cf} of ${tf}`,
  mentionCount: mentionsText,
  noMentions: 'not mentioned in the transcript',
  previousMention: 'Previous mention',
  nextMention: 'Next mention',
  playMention: 'Play from this mention',
  clearSelection: 'Clear selection',
  selectEntity: (name) => `Select ${name}`,
};

const registry = new Map<string, Partial<EkStrings>>();
let version = 0;

/** Replaces strings for every element whose `lang` is `lang` (or starts with it, `fr` for `fr-CA`). */
export function registerStrings(lang: string, strings: Partial<EkStrings>): void {
  const key = lang.toLowerCase();
  registry.set(key, { ...registry.get(key), ...inLanguage(strings, key) });
  version++;
}

/** Changes whenever `registerStrings` is called: a cached table older than that is stale. */
export const registryVersion = (): number => version;

/** The table for a language: defaults, then the language's base, then the exact language, then `overrides`. */
export function stringsFor(lang: string, overrides?: Partial<EkStrings>): EkStrings {
  const exact = lang.toLowerCase();
  const base = exact.split('-')[0];
  return { ...defaultStrings, ...registry.get(base), ...registry.get(exact), ...inLanguage(overrides, exact) };
}

/** The language that applies to an element: its nearest `lang`, else the document's, else `en`. */
export function langOf(element: Element): string {
  const holder = element.closest('[lang]');
  return holder?.getAttribute('lang') || element.ownerDocument?.documentElement.lang || 'en';
}

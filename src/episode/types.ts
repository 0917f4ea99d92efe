/**
 * The episode file as authors write it (`EpisodeFile`) and the normalized form every element
 * works on (`Episode`). See the README's "Episode file" section and `episode.schema.json`.
 */

/** Seconds as a number, or a clock string such as `"1:02:03.5"` / `"62:03"` / `"90"`. */
export type TimeInput = number | string;

export interface CompanionFileRef {
  /** URL of the file, resolved relative to the episode file (or the page). */
  src: string;
  /** MIME type; when absent the extension, then the content decides. */
  type?: string;
}

export interface EpisodeFile {
  version: 1;
  id?: string;
  title: string;
  show?: string;
  /** ISO date. */
  published?: string;
  duration?: TimeInput;
  url?: string;
  image?: string;
  media?: { src: string; type?: string };
  /** Shown to readers, e.g. "transcript is illustrative". */
  note?: string;
  /** Show notes as plain text (paragraphs separated by a blank line); never read as HTML. */
  description?: string;
  people?: { id: string; name: string; role?: string; group?: string; image?: string; href?: string }[];
  /** Podcasting 2.0 soundbites: parts worth sharing. */
  soundbites?: { start: TimeInput; duration: TimeInput; title?: string }[];
  summary?: { title: string; points: { text: string; icon?: string; time?: TimeInput }[] }[];
  topics?: { id?: string; label: string; time?: TimeInput; entities?: string[] }[];
  entities?: {
    id: string;
    name: string;
    type: string;
    description?: string;
    aliases?: string[];
    href?: string;
    mentions?: TimeInput[];
  }[];
  links?: { source: string; target: string; label?: string; weight?: number }[];
  chapters?:
    | {
        start: TimeInput;
        end?: TimeInput;
        /** Needed unless `toc` is false. */
        title?: string;
        summary?: string;
        image?: string;
        url?: string;
        /** false: a silent chapter, kept but not listed. */
        toc?: boolean;
      }[]
    | CompanionFileRef;
  transcript?:
    | {
        start: TimeInput;
        end?: TimeInput;
        /** A person's id, or a name. */
        speaker?: string;
        text: string;
        words?: { start: TimeInput; end?: TimeInput; text: string }[];
      }[]
    | CompanionFileRef;
}

/** A problem found in the input: `path` is JSON-path-like over the input as written. */
export interface EpisodeProblem {
  path: string;
  message: string;
  /** The companion file the problem is in (absent for the episode file itself). */
  file?: string;
  /** 1-based line in `file`, when known. */
  line?: number;
  /** 1-based column on `line`, when known (a JSON syntax error). */
  column?: number;
}

export interface Person {
  id: string;
  name: string;
  role?: string;
  /** Podcasting 2.0 person group ("cast", "writing", "visuals"…). */
  group?: string;
  image?: string;
  href?: string;
}

export interface SummaryPoint {
  text: string;
  icon?: string;
  time?: number;
}

export interface SummarySection {
  title: string;
  points: SummaryPoint[];
}

export interface Topic {
  id: string;
  label: string;
  time?: number;
  entities: string[];
}

export interface Entity {
  id: string;
  name: string;
  type: string;
  description?: string;
  aliases: string[];
  href?: string;
  /** Seconds, ascending: given by the author, or found in the transcript. */
  mentions: number[];
  /** Where `mentions` came from. */
  mentionsSource: 'file' | 'transcript' | 'none';
}

export interface Link {
  source: string;
  target: string;
  label?: string;
  weight?: number;
}

export interface Chapter {
  start: number;
  /** Always filled: the next chapter's start, or the episode's duration. */
  end: number;
  title: string;
  summary?: string;
  image?: string;
  url?: string;
  /** false: kept for playback state, not listed. */
  toc: boolean;
}

export interface Soundbite {
  start: number;
  /** Seconds, more than 0. */
  duration: number;
  title?: string;
}

export interface Word {
  start: number;
  end: number;
  text: string;
}

export interface Segment {
  /** Index in `episode.transcript` (sorted order). */
  index: number;
  start: number;
  /** Always filled: the given end, the next segment's start, or the duration. */
  end: number;
  /** A person's id when it matches one, else the name as written. */
  speaker?: string;
  text: string;
  words?: Word[];
}

export interface Episode {
  version: 1;
  id?: string;
  title: string;
  show?: string;
  published?: string;
  /** Seconds; from the file, else the last chapter/segment end, else 0. */
  duration: number;
  url?: string;
  image?: string;
  media?: { src: string; type?: string };
  note?: string;
  /** Show notes, plain text. */
  description?: string;
  people: Person[];
  /** Sorted by start. */
  soundbites: Soundbite[];
  summary: SummarySection[];
  topics: Topic[];
  entities: Entity[];
  links: Link[];
  /** Sorted by start; includes `toc: false` chapters. */
  chapters: Chapter[];
  /** Sorted by start. */
  transcript: Segment[];
}

/**
 * The companion files (chapters, transcript) that could not be loaded or held nothing, each with
 * the problem that says why: widgets say so in place, with a retry, instead of "no transcript".
 */
export type CompanionFailures = Partial<Record<'chapters' | 'transcript', EpisodeProblem>>;

export type ParseResult =
  | { episode: Episode; warnings: EpisodeProblem[]; errors?: undefined }
  | { episode?: undefined; warnings?: undefined; errors: EpisodeProblem[] };

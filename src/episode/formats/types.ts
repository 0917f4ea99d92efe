import type { CompanionFileRef, EpisodeFile, EpisodeProblem } from '../types.js';

/** A chapter as `EpisodeFile.chapters` takes it. */
export type ChapterInput = Exclude<EpisodeFile['chapters'], CompanionFileRef | undefined>[number];
/** A transcript segment as `EpisodeFile.transcript` takes it. */
export type SegmentInput = Exclude<EpisodeFile['transcript'], CompanionFileRef | undefined>[number];

export interface ImportResult<T> {
  items: T[];
  /** Problems inside the companion file, with `file` and (where known) a 1-based `line`. */
  problems: EpisodeProblem[];
  /** For each item, the line in the file where it starts (when known), to place later problems. */
  lines?: (number | undefined)[];
}

export interface ImportOptions {
  /** The file's URL or name; set on every problem. */
  file?: string;
  /** The episode field the file fills, used as the base of problem paths. */
  path?: string;
}

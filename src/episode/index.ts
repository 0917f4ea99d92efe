/** The episode model: parsing, validating, loading and importing episode files. No Lit here. */
export { parseEpisode, UNKNOWN_ENTITY_TYPE, type ParseEpisodeOptions } from './validate.js';
export { loadEpisode, type EpisodeSource, type LoadOptions, type LoadResult } from './load.js';
export { setFetchTimeout, setMaxFileSize } from './fetch.js';
export { importCompanion } from './companion.js';
export type { CompanionKind, CompanionFormat, ImportCompanionOptions } from './formats/detect.js';
export type { ChapterInput, SegmentInput, ImportResult } from './formats/types.js';
export type { TimedWord, GroupWordsOptions } from './formats/words.js';
export { parseTime, formatTime, parseMediaFragment } from './time.js';
export { isSafeUrl } from './url.js';
export {
  createMentionMatcher,
  findMentionRanges,
  indexMentions,
  type MentionMatcher,
  type MentionPattern,
  type MentionRange,
  type MentionSource,
} from './mentions.js';
export type * from './types.js';

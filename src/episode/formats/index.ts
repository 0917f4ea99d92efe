/** The companion-file importers, for direct use: `import { sniffFormat } from 'episode-kit/formats.js'`. */
export {
  importCompanion,
  sniffFormat,
  formatFromType,
  formatFromFileName,
  type CompanionKind,
  type CompanionFormat,
  type ImportCompanionOptions,
} from './detect.js';
export type { ChapterInput, SegmentInput, ImportResult } from './types.js';
export { groupWords, isWordLevel, type TimedWord, type GroupWordsOptions } from './words.js';

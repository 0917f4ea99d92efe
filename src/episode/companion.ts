import type { CompanionKind, ImportCompanionOptions } from './formats/detect.js';
import type { ChapterInput, ImportResult, SegmentInput } from './formats/types.js';

/**
 * Imports a companion file's text (Podcasting 2.0 JSON chapters or transcript, WebVTT, SRT, HTML)
 * into episode-file items. The importers load on first use, so pages that never read a companion
 * file never download them. For the importers themselves, import `episode-kit/formats.js`.
 */
export async function importCompanion(
  kind: 'chapters',
  text: string,
  options?: ImportCompanionOptions,
): Promise<ImportResult<ChapterInput>>;
export async function importCompanion(
  kind: 'transcript',
  text: string,
  options?: ImportCompanionOptions,
): Promise<ImportResult<SegmentInput>>;
export async function importCompanion(
  kind: CompanionKind,
  text: string,
  options?: ImportCompanionOptions,
): Promise<ImportResult<unknown>>;
export async function importCompanion(
  kind: CompanionKind,
  text: string,
  options: ImportCompanionOptions = {},
): Promise<ImportResult<unknown>> {
  const formats = await import('./formats/detect.js');
  return formats.importCompanion(kind as 'chapters', text, options);
}

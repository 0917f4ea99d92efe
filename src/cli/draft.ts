/**
 * `episode-kit draft`: from a bare transcript (or a feed item) to a full episode file: the
 * import, then entities, links, topics, key moments (when there are no chapters) and an
 * extractive summary drafted from the transcript (src/draft). The drafting code, with its
 * tagger, is loaded only by this command.
 */
import type { Episode } from '../episode/types.js';
import { parseEpisode } from '../episode/validate.js';
import { assembleEpisode, printProblems, writeEpisodeFile, type ImportOptions } from './import.js';
import { CliError } from './io.js';
import { locateProblems, plural } from './report.js';

export type DraftOptions = Omit<ImportOptions, 'keepSrc'>;

/** Fields the file already has are the author's: the draft fills only what is missing. */
const DRAFTED_FIELDS = ['summary', 'topics', 'entities', 'links'] as const;

export async function draftEpisodeFile(options: DraftOptions): Promise<number> {
  const { output, episode, notes } = await assembleEpisode({ ...options, keepSrc: false }, 'draft');
  if (!episode.transcript.length) {
    printProblems(notes);
    throw new CliError('draft: the transcript has no segments; there is nothing to draft from');
  }
  const { draftEpisode } = await import('../draft/index.js');
  const draft = draftEpisode(episode);
  const filled = fill(output, episode, draft);

  // The draft goes through the same validator as any file: a problem here is a bug of the tool, said as such.
  const check = parseEpisode(filled);
  const outName = options.out ?? '(output)';
  const own = check.errors ?? check.warnings;
  if (own.length) notes.push(...locateProblems(own.map((p) => ({ ...p, message: `${p.message} (in the draft)` })), 'warning', outName));
  if (check.errors) {
    printProblems(notes);
    throw new CliError('draft: the drafted episode does not validate; nothing written');
  }
  await writeEpisodeFile(filled, options.out);
  printProblems(notes);
  const counts = [
    plural(draft.entities.length, 'entity', 'entities'),
    plural(draft.links.length, 'link'),
    plural(draft.topics.length, 'topic'),
    draft.chapters
      ? `${plural(draft.chapters.length, 'key moment')} (drafted)`
      : episode.chapters.length
        ? `${plural(episode.chapters.length, 'chapter')} (given)`
        : 'no key moments (too short to cut)',
    plural(draft.summary.reduce((n, s) => n + s.points.length, 0), 'summary point'),
  ];
  process.stderr.write(`${options.out ? `wrote ${options.out}` : 'episode written to standard output'}: ${counts.join(', ')}, ${plural(notes.length, 'warning')}\n`);
  return 0;
}

function fill(output: Record<string, unknown>, episode: Episode, draft: import('../draft/index.js').Draft): Record<string, unknown> {
  const filled: Record<string, unknown> = { ...output };
  const has = (field: string) => Array.isArray(output[field]) && (output[field] as unknown[]).length > 0;
  const drafted = draft.drafted.filter((field) => !has(field));
  for (const field of DRAFTED_FIELDS) if (!has(field) && draft[field].length) filled[field] = draft[field];
  if (draft.chapters && !episode.chapters.length) filled.chapters = draft.chapters;
  if (drafted.length) filled.note = [typeof output.note === 'string' ? output.note : '', draft.note].filter(Boolean).join(' ');
  return filled;
}

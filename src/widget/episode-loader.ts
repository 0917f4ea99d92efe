import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { EpisodeState } from '../context.js';
import { loadEpisode, loadEpisodeNow, type LoadOptions, type LoadResult } from '../episode/load.js';
import { parseEpisode } from '../episode/validate.js';
import { throwIfAborted } from '../episode/fetch.js';
import { nextTask } from '../scheduler.js';
import type { Episode, EpisodeFile, EpisodeProblem, ParseResult } from '../episode/types.js';
import { isNormalizedEpisode } from '../episode/normalized.js';
import { defaultStrings, type EkStrings } from '../i18n/strings.js';
import { loadProblems } from './problems-loader.js';

export interface SourceInput {
  src?: string;
  episode?: EpisodeFile | Episode;
  /** Inline JSON text (a provider's child `<script type="application/json">`). */
  json?: string;
  /** What to call the inline source in messages. */
  jsonName?: string;
  /** An RSS feed and the item to read (`guid`, else `item` from 0, else the latest). */
  feed?: { url: string; guid?: string; item?: number; lang?: string };
}

/** One load: a source to fetch, or the problems of an episode object read at once. */
type Job = SourceInput & { problems?: ParseResult };

/**
 * An episode object read at once when nothing needs fetching: undefined when something does (or
 * when it is large: then it is read in a later task, after "Loading…" shows).
 */
function readNow(episode: SourceInput['episode']): ParseResult | undefined {
  try {
    if (isNormalizedEpisode(episode)) return { episode, warnings: [] };
    return episode !== undefined ? loadEpisodeNow(episode) : undefined;
  } catch (error) {
    // An object of the page's that throws when read (a getter, a proxy) is an error like any other.
    const reason = error instanceof Error ? error.message : String(error);
    return { errors: [{ path: '', message: `the episode object could not be read (${reason})` }] };
  }
}

/**
 * Loads one episode at a time for its host (a widget's own `src`, a provider's source) through a
 * `@lit/task` Task: a newer load aborts the older one and a stale result is never reported.
 * Reports `loading`, then `ready` (with warnings) or `error` through `onState`; an episode object
 * that needs nothing fetched is reported at once (no "Loading…" render in between).
 */
export class EpisodeLoader {
  private readonly task: Task<[Job], EpisodeState>;
  /** The running load's signal: an error after it was aborted is the abort, not a problem. */
  private signal?: AbortSignal;

  constructor(
    host: ReactiveControllerHost,
    private readonly onState: (state: EpisodeState) => void,
    /** The table that words an error's message. */
    private readonly strings: () => EkStrings = () => defaultStrings,
  ) {
    this.task = new Task(host, {
      autoRun: false,
      task: ([input], { signal }) => this.read(input, signal),
      onComplete: (state) => this.onState(state),
      onError: (error) => {
        if (!this.signal?.aborted) this.onState(errorState(String(error), this.strings()));
      },
    });
  }

  /** Stops the running load: nothing it finds is reported. */
  cancel(): void {
    this.task.abort();
  }

  load(input: SourceInput): void {
    const now = readNow(input.episode);
    if (now?.episode) {
      this.cancel();
      this.onState(readyState(now));
    } else if (now) {
      // Nothing to fetch, only problems to word (their wording's code is a chunk of its own).
      void this.task.run([{ problems: now }]);
    } else {
      this.onState({ status: 'loading', warnings: [], selectedEntity: null });
      void this.task.run([input]);
    }
  }

  private async read(input: Job, signal: AbortSignal): Promise<EpisodeState> {
    this.signal = signal;
    let result: LoadResult;
    if (input.problems) {
      result = input.problems;
    } else {
      try {
        result = await this.fetchSource(input, signal, (partial) => {
          if (!signal.aborted) this.onState({ status: 'ready', episode: partial.episode, warnings: partial.warnings, pending: partial.pending, selectedEntity: null });
        });
      } catch (error) {
        throwIfAborted(signal);
        result = { errors: [{ path: '', message: error instanceof Error ? error.message : String(error), file: input.src }] };
      }
    }
    if (result.episode) return readyState(result);
    const problems = await loadProblems();
    throwIfAborted(signal);
    const first = result.errors[0];
    const strings = this.strings();
    const message = first ? (problems?.describeProblem(first, strings) ?? first.message) : strings.unknownError;
    return { status: 'error', warnings: [], error: { message, errors: result.errors }, selectedEntity: null };
  }

  private async fetchSource(input: SourceInput, signal: AbortSignal, onPartial: LoadOptions['onPartial']): Promise<LoadResult> {
    const baseUrl = document.baseURI;
    if (input.episode !== undefined) {
      // An object is checked in the next task: the loading state shows first.
      await nextTask();
      throwIfAborted(signal);
      return loadEpisode({ data: input.episode, baseUrl }, { signal, onPartial });
    }
    if (input.src) return loadEpisode({ src: input.src, baseUrl }, { signal, onPartial });
    if (input.json !== undefined) {
      // Name the inline source in every problem that has no file of its own.
      const name = (p: EpisodeProblem): EpisodeProblem => (p.file || !input.jsonName ? p : { ...p, file: input.jsonName });
      const result = await loadEpisode(
        { data: input.json, baseUrl },
        { signal, onPartial: onPartial && ((partial) => onPartial({ ...partial, warnings: partial.warnings.map(name) })) },
      );
      return result.episode ? { ...result, warnings: result.warnings.map(name) } : { errors: result.errors.map(name) };
    }
    if (input.feed) {
      // The feed reader (XML parser and all) is a chunk of its own: only feed pages fetch it.
      const { loadFeedEpisode } = await import('../episode/feed/index.js');
      const { url, ...item } = input.feed;
      return loadFeedEpisode({ feed: url, baseUrl, ...item }, { signal, onPartial });
    }
    return parseEpisode(undefined);
  }
}

function readyState(result: LoadResult & { episode: Episode }): EpisodeState {
  const state: EpisodeState = { status: 'ready', episode: result.episode, warnings: result.warnings, selectedEntity: null };
  if (result.unavailable) state.unavailable = result.unavailable;
  return state;
}

function errorState(message: string, strings: EkStrings): EpisodeState {
  return { status: 'error', warnings: [], error: { message: message || strings.unknownError, errors: [] }, selectedEntity: null };
}

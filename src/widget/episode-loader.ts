import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { EpisodeState } from '../context.js';
import { loadEpisode, loadEpisodeNow, type LoadOptions, type LoadResult } from '../episode/load.js';
import { parseEpisode } from '../episode/validate.js';
import { throwIfAborted } from '../episode/fetch.js';
import { nextTask } from '../scheduler.js';
import type { Episode, EpisodeFile, ParseResult } from '../episode/types.js';
import { isNormalizedEpisode } from '../episode/normalized.js';
import { defaultStrings, type EkStrings } from '../i18n/strings.js';
import { loadProblems } from './problems-loader.js';

/** How a source is read, for sources a widget alone never has (a provider's inline JSON, a feed). */
export type SourceReader = (signal: AbortSignal, onPartial: LoadOptions['onPartial']) => Promise<LoadResult>;

export interface SourceInput {
  src?: string;
  episode?: EpisodeFile | Episode;
  /** Reads any other source (kept out of here so that a widget's bundle does not carry them). */
  read?: SourceReader;
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
      // Only what the reading itself did not foresee: its problems come back as an error state.
      onError: (error) => {
        if (!this.signal?.aborted) this.onState({ status: 'error', warnings: [], error: { message: String(error), errors: [] }, selectedEntity: null });
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
    if (input.read) return input.read(signal, onPartial);
    if (input.episode !== undefined) {
      // An object is checked in the next task: the loading state shows first.
      await nextTask();
      throwIfAborted(signal);
    } else if (!input.src) {
      return parseEpisode(undefined);
    }
    return loadEpisode({ data: input.episode, src: input.src, baseUrl: document.baseURI }, { signal, onPartial });
  }
}

function readyState(result: LoadResult & { episode: Episode }): EpisodeState {
  const state: EpisodeState = { status: 'ready', episode: result.episode, warnings: result.warnings, selectedEntity: null };
  if (result.unavailable) state.unavailable = result.unavailable;
  return state;
}


import type { EpisodeState } from '../context.js';
import { loadEpisode, loadEpisodeNow, type LoadOptions, type LoadResult } from '../episode/load.js';
import { parseEpisode } from '../episode/validate.js';
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

/**
 * Loads one episode at a time: a newer request aborts the older one, so a stale response never
 * wins. Reports `loading`, then `ready` (with warnings) or `error` through `onState`.
 */
export class EpisodeLoader {
  private controller: AbortController | null = null;
  /** Counts loads and cancels: an error worded after a newer one began is not reported. */
  private generation = 0;

  constructor(
    private readonly onState: (state: EpisodeState) => void,
    /** The table that words an error's message. */
    private readonly strings: () => EkStrings = () => defaultStrings,
  ) {}

  cancel(): void {
    this.generation++;
    this.controller?.abort();
    this.controller = null;
  }

  async load(input: SourceInput): Promise<void> {
    this.cancel();
    const controller = new AbortController();
    const generation = this.generation;
    this.controller = controller;
    let now: ParseResult | undefined;
    try {
      if (isNormalizedEpisode(input.episode)) {
        this.onState({ status: 'ready', episode: input.episode, warnings: [], selectedEntity: null });
        return;
      }
      // An object that needs nothing fetched is shown at once (no "Loading…" render in between).
      now = input.episode !== undefined ? loadEpisodeNow(input.episode) : undefined;
    } catch (error) {
      // An object of the page's that throws when read (a getter, a proxy) is an error like any other.
      this.controller = null;
      const reason = error instanceof Error ? error.message : String(error);
      this.report({ errors: [{ path: '', message: `the episode object could not be read (${reason})` }] }, generation);
      return;
    }
    if (now) {
      this.controller = null;
      this.report(now, generation);
      return;
    }
    this.onState({ status: 'loading', warnings: [], selectedEntity: null });
    let result: LoadResult;
    try {
      // An object is checked in the next task: the loading state shows first.
      if (input.episode !== undefined) await nextTask();
      result = await this.read(input, controller.signal, (partial) => {
        if (controller.signal.aborted || this.controller !== controller) return;
        this.onState({ status: 'ready', episode: partial.episode, warnings: partial.warnings, pending: partial.pending, selectedEntity: null });
      });
    } catch (error) {
      if (controller.signal.aborted) return;
      const message = error instanceof Error ? error.message : String(error);
      result = { errors: [{ path: '', message, file: input.src }] };
    }
    if (controller.signal.aborted || this.controller !== controller) return;
    this.controller = null;
    this.report(result, generation);
  }

  private report(result: LoadResult, generation: number): void {
    if (result.episode) {
      const state: EpisodeState = { status: 'ready', episode: result.episode, warnings: result.warnings, selectedEntity: null };
      if (result.unavailable) state.unavailable = result.unavailable;
      this.onState(state);
    } else {
      void loadProblems().then((problems) => {
        if (generation !== this.generation) return;
        const first = result.errors[0];
        const strings = this.strings();
        const message = first ? (problems?.describeProblem(first, strings) ?? first.message) : strings.unknownError;
        this.onState({ status: 'error', warnings: [], error: { message, errors: result.errors }, selectedEntity: null });
      });
    }
  }

  private async read(input: SourceInput, signal: AbortSignal, onPartial: LoadOptions['onPartial']): Promise<LoadResult> {
    if (input.episode !== undefined) {
      return loadEpisode({ data: input.episode, baseUrl: document.baseURI }, { signal, onPartial });
    }
    if (input.src) return loadEpisode({ src: input.src, baseUrl: document.baseURI }, { signal, onPartial });
    if (input.json !== undefined) {
      // Name the inline source in every problem that has no file of its own.
      const name = (p: EpisodeProblem): EpisodeProblem => (p.file || !input.jsonName ? p : { ...p, file: input.jsonName });
      const result = await loadEpisode(
        { data: input.json, baseUrl: document.baseURI },
        { signal, onPartial: onPartial && ((partial) => onPartial({ ...partial, warnings: partial.warnings.map(name) })) },
      );
      return result.episode ? { ...result, warnings: result.warnings.map(name) } : { errors: result.errors.map(name) };
    }
    if (input.feed) {
      // The feed reader (XML parser and all) is a chunk of its own: only feed pages fetch it.
      const { loadFeedEpisode } = await import('../episode/feed/index.js');
      const { url, ...item } = input.feed;
      return loadFeedEpisode({ feed: url, baseUrl: document.baseURI, ...item }, { signal, onPartial });
    }
    return parseEpisode(undefined);
  }
}

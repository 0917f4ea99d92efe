import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Segment } from '../../episode/types.js';
import type { EkStrings } from '../../i18n/strings.js';
import { firstMatchFrom, type Match } from './transcript-model.js';
import type { FoldedText } from './transcript-search.js';

type SearchModule = typeof import('./transcript-search.js');
let searchModule: SearchModule | undefined;
/** The search code, fetched the first time a reader goes to search (a chunk in the CDN build). */
const loadSearch = (): Promise<SearchModule> => import('./transcript-search.js').then((module) => (searchModule = module));
/** Focusing the field fetches it ahead of the first keystroke; a failure shows when a search runs. */
export const preloadSearch = (): void => void loadSearch().catch(() => undefined);

const SEARCH_DEBOUNCE_MS = 180;

export interface SearchHost extends ReactiveControllerHost {
  /** The search text, as the host's property: a search sets it. */
  query: string;
}

export interface SearchOptions {
  /** The string table now (messages are made when they are shown). */
  text(): EkStrings;
  /** The row at the viewport's top: a new search shows the first hit from there. */
  topRow(): number;
  /** Brings row `index` into view for the reader. */
  reveal(index: number): void;
  /** Something the rows show changed (the hits, the focused hit): render again. */
  changed(): void;
}

/**
 * Search across the whole transcript (not only the rendered rows): the field's text, debounced
 * typing, the hits and the focused one, stepping through them. The search code itself is a chunk
 * loaded the first time a reader goes to search.
 */
export class SearchController implements ReactiveController {
  /** What the field shows. */
  inputValue = '';
  /** Every hit, in transcript order. */
  hits: Match[] = [];
  /** The focused hit (-1: none). */
  matchIndex = -1;
  /** Bumped with every search: every row's hits may have changed. */
  version = 0;
  private searchedQuery = '';
  private searchError = '';
  private searchTimer?: ReturnType<typeof setTimeout>;
  private segments: readonly Segment[] = [];
  private folded?: FoldedText[];
  /** Bumped when the segments change: a search begun before does not land on the new ones. */
  private epoch = 0;

  constructor(
    private readonly host: SearchHost,
    private readonly options: SearchOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.searchTimer);
  }

  /** New segments: no hits; a query already set searches them (once the render is done). */
  reset(segments: readonly Segment[]): void {
    this.segments = segments;
    this.folded = undefined;
    this.epoch++;
    this.hits = [];
    this.matchIndex = -1;
    this.searchedQuery = '';
    this.options.changed();
    if (this.host.query) queueMicrotask(() => this.run(this.host.query, false));
  }

  /** The host's query was set (from code): searches for it, unless that is the search shown. */
  queryChanged(query: string): void {
    if (query !== this.searchedQuery) this.run(query, true);
  }

  /** The reader typed: searches once typing pauses. */
  input(value: string): void {
    this.setInputValue(value);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.run(this.inputValue, true), SEARCH_DEBOUNCE_MS);
  }

  /** Enter in the field: searches now for new text, else steps to the next (or previous) hit. */
  enter(backwards: boolean): void {
    if (this.inputValue !== this.searchedQuery) {
      clearTimeout(this.searchTimer);
      this.run(this.inputValue, true);
    } else this.step(backwards ? -1 : 1);
  }

  /** Escape in the field: no search. */
  clear(): void {
    clearTimeout(this.searchTimer);
    this.run('', false);
  }

  /** "3 of 17", "No matches", why the search failed, or nothing while there is no search. */
  countText(t: EkStrings, formatNumber: (n: number) => string): string {
    const total = this.hits.length;
    if (!this.searchedQuery) return '';
    if (!searchModule) return this.searchError;
    if (total === 0) return t.noMatches;
    return t.matchPosition(this.matchIndex + 1, total, formatNumber(this.matchIndex + 1), formatNumber(total));
  }

  /** Searches every segment (not only the rendered ones) and shows the first hit from the top row. */
  private run(query: string, reveal: boolean): void {
    this.setInputValue(query);
    this.searchedQuery = query;
    this.host.query = query;
    // Before the first segments there is nothing to search; they search the query when they come.
    if (this.epoch === 0) return;
    const search = searchModule;
    if (!search) {
      // The first search waits for the search code; a newer query by then wins.
      if (query) {
        const t = this.options.text();
        const epoch = this.epoch;
        loadSearch().then(
          () => this.searchedQuery === query && this.epoch === epoch && this.run(query, reveal),
          (error: unknown) => this.setSearchError(t.searchFailed(String(error instanceof Error ? error.message : error))),
        );
      } else this.setHits([]);
      return;
    }
    const folded = search.foldQuery(query);
    if (folded && !this.folded) this.folded = this.segments.map((s) => search.foldText(s.text));
    this.setHits(folded ? search.searchFolded(this.folded!, folded) : []);
    this.version++;
    if (!this.hits.length) {
      this.setMatchIndex(-1);
      return;
    }
    const at = firstMatchFrom(this.hits, this.options.topRow());
    this.setMatchIndex(at < this.hits.length ? at : 0);
    if (reveal) this.revealMatch();
  }

  /** Focuses the next (1) or previous (-1) hit, round the ends, and brings it into view. */
  step(direction: 1 | -1): void {
    const total = this.hits.length;
    if (!total) return;
    this.setMatchIndex((this.matchIndex + direction + total) % total);
    this.revealMatch();
  }

  private revealMatch(): void {
    const match = this.hits[this.matchIndex];
    if (match) this.options.reveal(match.segment);
  }

  private setInputValue(value: string): void {
    if (value === this.inputValue) return;
    this.inputValue = value;
    this.options.changed();
  }

  private setHits(hits: Match[]): void {
    this.hits = hits;
    this.options.changed();
  }

  private setMatchIndex(index: number): void {
    if (index === this.matchIndex) return;
    this.matchIndex = index;
    this.options.changed();
  }

  private setSearchError(message: string): void {
    if (message === this.searchError) return;
    this.searchError = message;
    this.options.changed();
  }
}

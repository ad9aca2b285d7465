import type { DataLoadFailure } from '#src/lib/fetch-json.ts';

/** What a search returns across a thread boundary: the matching items, best first, as their
 * places in the collection searched (numbers in one buffer: nothing to copy string by string,
 * no ids to look up), and the words to highlight. */
export interface SearchAnswer {
  positions: Uint32Array;
  matchedTerms: string[];
}

export interface SearchClient {
  search(query: string): Promise<SearchAnswer>;
  /** The answer at once, where the index is in this thread and built; otherwise undefined. */
  searchNow?(query: string): SearchAnswer | undefined;
  /** Called when a better index is ready (long text indexed after names), or the search moved
   * between the worker and the page, to search again. */
  onUpgrade(listener: () => void): () => void;
  /** Why the worker cannot search, while it cannot; undefined while all is well. */
  trouble?(): SearchTrouble | undefined;
  /** Asks the worker to load its collection again (after a failure). */
  retry?(): void;
}

/** A search worker that could not load its collection. */
export interface SearchTrouble {
  /** Why (null where the worker itself did not start). */
  failure: DataLoadFailure | null;
}

import {
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import type { SearchTrouble } from './search-answer.ts';
import {
  arrivedAnswer,
  onSearchChange,
  retrySearch,
  searchClientFor,
  troubleWith,
  usesWorker,
  whenSearchLikely,
  whenTyped,
  type QueryAnswer,
} from './search-client.ts';
import type { SearchWorkerSource } from './worker-client.ts';
import type { SearchDoc } from './search-doc.ts';
import { queryTerms } from './tokenize.ts';

export interface SearchResults<T> {
  /** Items that match the query, best first (all items, in natural order, for an empty query). */
  matched: readonly T[];
  matchedTerms: ReadonlySet<string>;
  /** True while the results shown are for an earlier query. */
  pending: boolean;
  /** Why the search worker cannot search (the page searches meanwhile, or cannot). */
  trouble: SearchTrouble | undefined;
  /** Asks the search worker to load again. */
  retry: () => void;
}

/** An answer received through a search, for the collection it was asked of. */
interface ReceivedAnswer extends QueryAnswer {
  items: readonly unknown[];
}

const NO_TERMS: ReadonlySet<string> = new Set();

/**
 * Searches items with one index per collection, built before the first search (in a Web Worker
 * for large collections). Results arrive asynchronously; until they do, the previous ones stay on
 * screen, so typing never waits for the search.
 */
export function useSearch<T extends { id: string }>(
  items: readonly T[],
  toDoc: (item: T) => SearchDoc,
  query: string,
  worker?: SearchWorkerSource,
): SearchResults<T> {
  const deferredQuery = useDeferredValue(query);
  const empty = queryTerms(deferredQuery).length === 0;
  const [answer, setAnswer] = useState<ReceivedAnswer | null>(null);
  const [version, setVersion] = useState(0);

  // So that the first keystroke finds its index built: a large collection's worker starts as soon
  // as the data is here, a small collection's index when the visitor turns to the search box.
  useEffect(() => {
    if (items.length === 0) return undefined;
    const prepare = () => void searchClientFor(items, toDoc, worker);
    if (!usesWorker(items.length, worker)) return whenSearchLikely(prepare);
    prepare();
    return undefined;
  }, [items, toDoc, worker]);

  // A worker is asked as the visitor types, before the page renders for the query: the answer is
  // then ready, or on its way, when the list catches up and asks for it.
  useEffect(() => {
    if (items.length === 0 || !usesWorker(items.length, worker)) return undefined;
    return whenTyped((typed) => void searchClientFor(items, toDoc, worker).search(typed));
  }, [items, toDoc, worker]);

  // An answer that has already arrived (asked for as the visitor typed) is used in this very
  // render: the list then catches up with the query in one pass, not two. Deferred, so that a
  // keystroke's own urgent render never takes on the rendering of a new result list.
  const arrived = useDeferredValue(empty ? undefined : arrivedAnswer(items, deferredQuery));

  useEffect(() => {
    if (empty || items.length === 0) return undefined;
    const client = searchClientFor(items, toDoc, worker);
    let current = true;
    // Unless this render already showed the answer (it may have arrived since the render began).
    if (arrived === undefined || arrived !== client.peek(deferredQuery)) {
      void client.search(deferredQuery).then((result) => {
        if (!current) return;
        // A transition: rendering thousands of results yields to the visitor's next keystroke.
        startTransition(() => setAnswer({ query: deferredQuery, items, answer: result }));
      });
    }
    const stopListening = client.onUpgrade(() => startTransition(() => setVersion((v) => v + 1)));
    return () => {
      current = false;
      stopListening();
    };
  }, [items, toDoc, worker, deferredQuery, empty, version, arrived]);

  const latest: QueryAnswer | null = empty
    ? null
    : (arrived ?? (answer !== null && answer.items === items ? answer : null));
  const shown = latest?.answer;
  // Before the first answer for this collection, everything is shown rather than nothing; the
  // array keeps its identity while the visitor types, so nothing downstream recomputes for it.
  const matched = useMemo(() => {
    if (!shown) return items;
    // A plain loop: this runs over every hit of every answer, thousands in a large list.
    const found: T[] = [];
    for (const position of shown.positions) {
      const item = items[position];
      if (item) found.push(item);
    }
    return found;
  }, [shown, items]);
  const matchedTerms = useMemo(() => (shown ? new Set(shown.matchedTerms) : NO_TERMS), [shown]);
  const pending = !empty && (latest === null || latest.query !== deferredQuery);
  const trouble = useSyncExternalStore(
    onSearchChange,
    () => troubleWith(items),
    () => undefined,
  );
  const retry = useCallback(() => retrySearch(items), [items]);
  return useMemo(
    () => ({ matched, matchedTerms, pending, trouble, retry }),
    [matched, matchedTerms, pending, trouble, retry],
  );
}

import { startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { searchClientFor, usesWorker, type SearchWorkerSource } from './search-client.ts';
import type { SearchDoc } from './search-doc.ts';
import { queryTerms } from './tokenize.ts';

export interface SearchResults<T> {
  /** Items that match the query, best first (all items, in natural order, for an empty query). */
  matched: readonly T[];
  matchedTerms: ReadonlySet<string>;
  /** True while the results shown are for an earlier query. */
  pending: boolean;
}

interface Answer {
  query: string;
  items: readonly unknown[];
  ids: string[];
  matchedTerms: ReadonlySet<string>;
}

const NO_TERMS: ReadonlySet<string> = new Set();

/**
 * Searches items with one index per collection, built on the first search (in a Web Worker for
 * large collections). Results arrive asynchronously; until they do, the previous ones stay on
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
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [version, setVersion] = useState(0);

  // A large collection's worker starts indexing as soon as the data is here, before any typing.
  const prepare = usesWorker(items.length, worker);
  useEffect(() => {
    if (prepare) searchClientFor(items, toDoc, worker);
  }, [prepare, items, toDoc, worker]);

  useEffect(() => {
    if (empty || items.length === 0) return undefined;
    const client = searchClientFor(items, toDoc, worker);
    let current = true;
    void client.search(deferredQuery).then((result) => {
      if (!current) return;
      // A transition: rendering thousands of results yields to the visitor's next keystroke.
      startTransition(() =>
        setAnswer({
          query: deferredQuery,
          items,
          ids: result.ids,
          matchedTerms: new Set(result.matchedTerms),
        }),
      );
    });
    const stopListening = client.onUpgrade(() => startTransition(() => setVersion((v) => v + 1)));
    return () => {
      current = false;
      stopListening();
    };
  }, [items, toDoc, worker, deferredQuery, empty, version]);

  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const current = !empty && answer !== null && answer.items === items ? answer : null;
  // Before the first answer for this collection, everything is shown rather than nothing; the
  // array keeps its identity while the visitor types, so nothing downstream recomputes for it.
  const matched = useMemo(
    () => (current ? current.ids.flatMap((id) => byId.get(id) ?? []) : items),
    [current, byId, items],
  );
  const matchedTerms = current ? current.matchedTerms : NO_TERMS;
  const pending = !empty && (current === null || current.query !== deferredQuery);
  return useMemo(() => ({ matched, matchedTerms, pending }), [matched, matchedTerms, pending]);
}

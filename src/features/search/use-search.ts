import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { searchClientFor } from './search-client.ts';
import type { SearchDoc } from './search-doc.ts';
import { queryTerms } from './tokenize.ts';

export interface SearchResults<T> {
  /** Items that match the query, best first (all items, in natural order, for an empty query). */
  matched: T[];
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
): SearchResults<T> {
  const deferredQuery = useDeferredValue(query);
  const empty = queryTerms(deferredQuery).length === 0;
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (empty || items.length === 0) return undefined;
    const client = searchClientFor(items, toDoc);
    let current = true;
    void client.search(deferredQuery).then((result) => {
      if (current)
        setAnswer({
          query: deferredQuery,
          items,
          ids: result.ids,
          matchedTerms: new Set(result.matchedTerms),
        });
    });
    const stopListening = client.onUpgrade(() => setVersion((v) => v + 1));
    return () => {
      current = false;
      stopListening();
    };
  }, [items, toDoc, deferredQuery, empty, version]);

  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  return useMemo(() => {
    if (empty) return { matched: [...items], matchedTerms: NO_TERMS, pending: false };
    // Before the first answer for this collection, show everything rather than nothing.
    if (!answer || answer.items !== items)
      return { matched: [...items], matchedTerms: NO_TERMS, pending: true };
    return {
      matched: answer.ids.flatMap((id) => byId.get(id) ?? []),
      matchedTerms: answer.matchedTerms,
      pending: answer.query !== deferredQuery,
    };
  }, [empty, items, answer, byId, deferredQuery]);
}

import { useDeferredValue, useMemo } from 'react';
import { buildSearchIndex, searchIndex, type SearchDoc } from './search-index.ts';

export interface SearchResults<T> {
  /** Items that match the query, best first (all items, in natural order, for an empty query). */
  matched: T[];
  matchedTerms: ReadonlySet<string>;
  /** The query these results are for; it trails the typed one while the visitor is typing fast. */
  query: string;
}

/**
 * Searches items with one index built per data set. The query is deferred so that typing stays
 * responsive: React renders the new text first and the new results when it has time.
 */
export function useSearch<T extends { id: string }>(
  items: readonly T[],
  toDoc: (item: T) => SearchDoc,
  query: string,
): SearchResults<T> {
  // toDoc must be stable (module level or memoised): a new one rebuilds the index.
  const index = useMemo(() => buildSearchIndex(items.map(toDoc)), [items, toDoc]);
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const deferredQuery = useDeferredValue(query);
  return useMemo(() => {
    const outcome = searchIndex(index, deferredQuery);
    return {
      matched: outcome.hits.flatMap((hit) => byId.get(hit.id) ?? []),
      matchedTerms: outcome.matchedTerms,
      query: deferredQuery,
    };
  }, [index, byId, deferredQuery]);
}

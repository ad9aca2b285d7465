import { useMemo } from 'react';
import type { SearchDoc } from './search-doc.ts';
import { useSearch } from './use-search.ts';

/**
 * For sections that keep their own order (awards, impact, media): the items the query matches, in
 * the order of the data, with the words to highlight.
 */
export function useMatching<T extends { id: string }>(
  items: readonly T[],
  toDoc: (item: T) => SearchDoc,
  query: string,
) {
  const search = useSearch(items, toDoc, query);
  const visible = useMemo(() => {
    const ids = new Set(search.matched.map((item) => item.id));
    return items.filter((item) => ids.has(item.id));
  }, [items, search.matched]);
  return { visible, matchedTerms: search.matchedTerms, pending: search.pending };
}

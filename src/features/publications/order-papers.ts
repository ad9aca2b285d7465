import type { SortMode } from '#src/search/criteria.ts';
import { sortPapers } from './filter-publications.ts';

/**
 * The matched papers in the order the visitor asked for. `matched` comes from the search: best
 * match first when there is a query, the whole list newest first when there is none.
 * - relevance: as the search ranked them (the same array: nothing downstream recomputes);
 * - newest / oldest: by year, and within a year as the search ranked them (with no query, in the
 *   list's own order).
 */
export function orderPapers<T extends { year: number }>(
  matched: readonly T[],
  sort: SortMode,
): readonly T[] {
  return sort === 'relevance' ? matched : sortPapers(matched, sort);
}

import { useQuery } from '@tanstack/react-query';
import { useSettledQuery } from '#src/lib/use-settled-query.ts';
import { useMemo } from 'react';
import type { Criteria } from '#src/search/criteria.ts';
import { useMatching } from '#src/search/use-matching.ts';
import { filterNews, newsFacets, newsSearchDoc, sortNews } from './filter-news.ts';
import { newsQueryOptions, type NewsItem } from './news-query.ts';

const NO_NEWS: NewsItem[] = [];

export function useNewsResults(criteria: Criteria) {
  const query = useSettledQuery(useQuery(newsQueryOptions()));
  const items = useMemo(() => (query.data ? sortNews(query.data.items) : NO_NEWS), [query.data]);
  // The timeline stays in date order whatever the search ranks first.
  const { visible: matchedInOrder, matchedTerms } = useMatching(items, newsSearchDoc, criteria.q);
  const visible = useMemo(() => filterNews(matchedInOrder, criteria), [matchedInOrder, criteria]);
  const facets = useMemo(
    () => newsFacets(items, matchedInOrder, criteria),
    [items, matchedInOrder, criteria],
  );
  return useMemo(
    () => ({ query, items, visible, facets, matchedTerms }),
    [query, items, visible, facets, matchedTerms],
  );
}

export type NewsResults = ReturnType<typeof useNewsResults>;

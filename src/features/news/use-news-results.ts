import { useQuery } from '@tanstack/react-query';
import { useSettledQuery } from '#src/lib/use-settled-query.ts';
import { useCallback, useMemo } from 'react';
import { useMessages } from '#src/i18n/messages-context.tsx';
import type { Criteria } from '#src/search/criteria.ts';
import { useMatching } from '#src/search/use-matching.ts';
import { filterNews, newsFacets, newsSearchDoc, sortNews } from './filter-news.ts';
import { newsFile } from './news-query.ts';
import type { NewsItem } from './news-schema.ts';

const NO_NEWS: NewsItem[] = [];

export function useNewsResults(criteria: Criteria, enabled = true) {
  const query = useSettledQuery(useQuery({ ...newsFile.queryOptions(), enabled }));
  const kindLabels = useMessages().news.kinds;
  const items = useMemo(() => (query.data ? sortNews(query.data.items) : NO_NEWS), [query.data]);
  const toDoc = useCallback((item: NewsItem) => newsSearchDoc(item, kindLabels), [kindLabels]);
  // The timeline stays in date order whatever the search ranks first.
  const { visible: matchedInOrder, matchedTerms, pending } = useMatching(items, toDoc, criteria.q);
  const visible = useMemo(() => filterNews(matchedInOrder, criteria), [matchedInOrder, criteria]);
  const facets = useMemo(
    () => newsFacets(items, matchedInOrder, criteria, kindLabels),
    [items, matchedInOrder, criteria, kindLabels],
  );
  return useMemo(
    () => ({ query, items, visible, facets, matchedTerms, pending }),
    [query, items, visible, facets, matchedTerms, pending],
  );
}

export type NewsResults = ReturnType<typeof useNewsResults>;

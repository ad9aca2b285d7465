import { useQuery } from '@tanstack/react-query';
import { useSettledQuery } from '#src/lib/use-settled-query.ts';
import { useMemo } from 'react';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { parseCriteria, serializeCriteria, sortMode, type Criteria } from '#src/search/criteria.ts';
import { useSearch } from '#src/search/use-search.ts';
import {
  facetCatalog,
  filterPapers,
  sanitizePublicationCriteria,
  sortPapers,
} from './filter-publications.ts';
import { orderPapers } from './order-papers.ts';
import type { FacetSource } from './publication-facets.ts';
import { paperSearchDoc, topicLabelMap } from './publications-search.ts';
import { publicationsFile } from './publications-query.ts';
import type { Paper, Topic } from './publications-schema.ts';
import { dataUrl } from '#src/lib/fetch-json.ts';
import type { SearchWorkerSource } from '#src/search/worker-client.ts';

const NO_PAPERS: Paper[] = [];

/** Large publication lists are searched by a worker that reads publications.json itself. */
function publicationsWorker(): SearchWorkerSource {
  return {
    createWorker: () =>
      new Worker(new URL('./publications-search.worker.ts', import.meta.url), { type: 'module' }),
    url: dataUrl(publicationsFile.name),
  };
}
const NO_TOPICS: Topic[] = [];
const NO_NAMES: readonly string[] = [];

/**
 * The publication list as the visitor's criteria narrow it: search first, then the filters.
 * `ownerNames` (the profile's authorNames) are no co-author to filter by.
 */
export function usePublicationResults(
  criteria: Criteria,
  enabled = true,
  ownerNames: readonly string[] = NO_NAMES,
) {
  const query = useSettledQuery(useQuery({ ...publicationsFile.queryOptions(), enabled }));
  const papers = useMemo(
    () => (query.data ? sortPapers(query.data.papers) : NO_PAPERS),
    [query.data],
  );
  const topics = query.data?.topics ?? NO_TOPICS;
  const typeLabels = useMessages().paper.types;
  const toDoc = useMemo(() => {
    const labels = { topics: topicLabelMap(topics), types: typeLabels };
    return (paper: Paper) => paperSearchDoc(paper, labels);
  }, [topics, typeLabels]);
  const worker = useMemo(
    () => (typeof Worker === 'undefined' ? undefined : publicationsWorker()),
    [],
  );
  const search = useSearch(papers, toDoc, criteria.q, worker);
  const catalog = useMemo(
    () => facetCatalog(papers, topics, typeLabels, ownerNames),
    [papers, topics, typeLabels, ownerNames],
  );
  const paperIds = useMemo(() => new Set(papers.map((p) => p.id)), [papers]);
  // The filters alone (not the search text, not the order) decide the filtering: keyed by their URL
  // form so that typing does not filter and count again until the search answers.
  const filterKey = serializeCriteria({ ...criteria, q: '', sort: null });
  const filters = useMemo(
    () => sanitizePublicationCriteria(parseCriteria(filterKey), catalog, paperIds),
    [filterKey, catalog, paperIds],
  );
  const effective = useMemo(
    () => ({ ...filters, q: criteria.q, sort: criteria.sort }),
    [filters, criteria.q, criteria.sort],
  );
  // Best match first when there is a query, newest first when there is none, unless the visitor
  // chose an order.
  const sort = sortMode(criteria);
  const matched = useMemo(() => orderPapers(search.matched, sort), [search.matched, sort]);
  const focused = filters.paper ? papers.find((p) => p.id === filters.paper) : undefined;
  const visible = useMemo(
    () => (focused ? [focused] : filterPapers(matched, filters)),
    [focused, matched, filters],
  );
  // Counted by the filter panel itself (its own piece of rendering, which can wait a frame).
  const facetSource = useMemo<FacetSource>(
    () => ({ catalog, matched, criteria: filters }),
    [catalog, matched, filters],
  );
  return useMemo(
    () => ({
      query,
      papers,
      topics,
      visible,
      facetSource,
      focused,
      criteria: effective,
      pending: search.pending,
      matchedTerms: search.matchedTerms,
      searchTrouble: search.trouble,
      retrySearch: search.retry,
    }),
    [
      query,
      papers,
      topics,
      visible,
      facetSource,
      focused,
      effective,
      search.pending,
      search.matchedTerms,
      search.trouble,
      search.retry,
    ],
  );
}

export type PublicationResults = ReturnType<typeof usePublicationResults>;

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Criteria } from '../search/criteria.ts';
import { useSearch } from '../search/use-search.ts';
import {
  facetCatalog,
  filterPapers,
  publicationFacets,
  sanitizePublicationCriteria,
  sortPapers,
} from './filter-publications.ts';
import { paperSearchDoc, topicLabelMap } from './publications-search.ts';
import { publicationsQueryOptions, type Paper, type Topic } from './publications-query.ts';

const NO_PAPERS: Paper[] = [];
const NO_TOPICS: Topic[] = [];

/** The publication list as the visitor's criteria narrow it: search first, then the filters. */
export function usePublicationResults(criteria: Criteria) {
  const query = useQuery(publicationsQueryOptions());
  const papers = useMemo(
    () => (query.data ? sortPapers(query.data.papers) : NO_PAPERS),
    [query.data],
  );
  const topics = query.data?.topics ?? NO_TOPICS;
  const toDoc = useMemo(() => {
    const labels = topicLabelMap(topics);
    return (paper: Paper) => paperSearchDoc(paper, labels);
  }, [topics]);
  const search = useSearch(papers, toDoc, criteria.q);
  const effective = useMemo(
    () => sanitizePublicationCriteria(criteria, papers, topics),
    [criteria, papers, topics],
  );
  // The list stays grouped by year, newest first; within a year the best matches come first.
  const matched = useMemo(() => sortPapers(search.matched), [search.matched]);
  const focused = effective.paper ? papers.find((p) => p.id === effective.paper) : undefined;
  const visible = useMemo(
    () => (focused ? [focused] : filterPapers(matched, effective)),
    [focused, matched, effective],
  );
  const catalog = useMemo(() => facetCatalog(papers, topics), [papers, topics]);
  const facets = useMemo(
    () => publicationFacets(catalog, matched, effective),
    [catalog, matched, effective],
  );
  return {
    query,
    papers,
    topics,
    visible,
    facets,
    focused,
    criteria: effective,
    matchedTerms: search.matchedTerms,
  };
}

export type PublicationResults = ReturnType<typeof usePublicationResults>;

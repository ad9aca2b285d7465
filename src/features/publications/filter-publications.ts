import { slugify } from '../../lib/text.ts';
import type { Criteria, YearRange } from '../search/criteria.ts';
import { PAPER_TYPES, type Paper, type PaperType, type Topic } from './publications-query.ts';

export type FacetKey = 'topics' | 'venues' | 'types' | 'honors';
export const FACET_KEYS: readonly FacetKey[] = ['topics', 'venues', 'types', 'honors'];

export interface FacetOption {
  value: string;
  label: string;
  /** How many papers the list would show with this option chosen (given everything else). */
  count: number;
  selected: boolean;
  group?: string;
}

export interface PublicationFacets {
  /** Every year with a paper, newest first, and how many papers of each the other criteria leave. */
  years: Array<{ year: number; count: number }>;
  topics: FacetOption[];
  venues: FacetOption[];
  types: FacetOption[];
  honors: FacetOption[];
}

export const PAPER_TYPE_LABELS: Record<PaperType, string> = {
  conference: 'Conference',
  journal: 'Journal',
  workshop: 'Workshop',
  preprint: 'Preprint',
};

/** Newest first; papers of one year keep the order of the data file. */
export function sortPapers(papers: readonly Paper[]): Paper[] {
  return [...papers].sort((a, b) => b.year - a.year);
}

function facetValues(paper: Paper, key: FacetKey): readonly string[] {
  switch (key) {
    case 'topics':
      return paper.topics;
    case 'venues':
      return [slugify(paper.venue)];
    case 'types':
      return [paper.type];
    case 'honors':
      return paper.honors.map(slugify);
  }
}

function inYearRange(paper: Paper, range: YearRange | null): boolean {
  return range === null || (paper.year >= range.from && paper.year <= range.to);
}

function matchesFacet(paper: Paper, key: FacetKey, selected: readonly string[]): boolean {
  if (selected.length === 0) return true;
  return facetValues(paper, key).some((value) => selected.includes(value));
}

/** Papers that pass every filter: any chosen value within a filter, every filter together. */
export function filterPapers(
  papers: readonly Paper[],
  criteria: Criteria,
  skip?: FacetKey | 'year',
): Paper[] {
  return papers.filter(
    (paper) =>
      (skip === 'year' || inYearRange(paper, criteria.year)) &&
      FACET_KEYS.every((key) => key === skip || matchesFacet(paper, key, criteria[key])),
  );
}

/** Drops filter values that no paper or topic has (an old or mistyped link), so they cannot empty the list. */
export function sanitizePublicationCriteria(
  criteria: Criteria,
  papers: readonly Paper[],
  topics: readonly Topic[],
): Criteria {
  const known: Record<FacetKey, Set<string>> = {
    topics: new Set(topics.map((t) => t.id)),
    venues: new Set(),
    types: new Set(PAPER_TYPES),
    honors: new Set(),
  };
  for (const paper of papers) {
    for (const key of ['topics', 'venues', 'honors'] as const) {
      for (const value of facetValues(paper, key)) known[key].add(value);
    }
  }
  const next = { ...criteria };
  for (const key of FACET_KEYS) next[key] = criteria[key].filter((value) => known[key].has(value));
  if (next.paper && !papers.some((p) => p.id === next.paper)) next.paper = null;
  return next;
}

function countBy(papers: readonly Paper[], key: FacetKey): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paper of papers) {
    for (const value of new Set(facetValues(paper, key))) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The filter options with their counts. Options come from all papers (so they do not jump about as
 * the visitor types); counts come from the papers the search matched.
 */
export function publicationFacets(
  allPapers: readonly Paper[],
  matchedPapers: readonly Paper[],
  criteria: Criteria,
  topics: readonly Topic[],
): PublicationFacets {
  const countsFor = (key: FacetKey) => countBy(filterPapers(matchedPapers, criteria, key), key);
  const option = (
    key: FacetKey,
    value: string,
    label: string,
    counts: Map<string, number>,
    group?: string,
  ) => ({
    value,
    label,
    count: counts.get(value) ?? 0,
    selected: criteria[key].includes(value),
    ...(group ? { group } : {}),
  });

  const usedTopics = new Set(allPapers.flatMap((p) => p.topics));
  const topicCounts = countsFor('topics');
  const venueCounts = countsFor('venues');
  const typeCounts = countsFor('types');
  const honorCounts = countsFor('honors');

  const venueLabels = new Map<string, { label: string; total: number }>();
  for (const paper of allPapers) {
    const value = slugify(paper.venue);
    const entry = venueLabels.get(value);
    if (entry) entry.total += 1;
    else venueLabels.set(value, { label: paper.venue, total: 1 });
  }
  const honorLabels = new Map<string, string>();
  for (const honor of allPapers.flatMap((p) => p.honors)) honorLabels.set(slugify(honor), honor);

  const yearCounts = new Map<number, number>();
  for (const paper of filterPapers(matchedPapers, criteria, 'year')) {
    yearCounts.set(paper.year, (yearCounts.get(paper.year) ?? 0) + 1);
  }
  const years = [...new Set(allPapers.map((p) => p.year))]
    .sort((a, b) => b - a)
    .map((year) => ({ year, count: yearCounts.get(year) ?? 0 }));

  return {
    years,
    topics: topics
      .filter((t) => usedTopics.has(t.id))
      .map((t) => option('topics', t.id, t.label, topicCounts, t.group)),
    venues: [...venueLabels]
      .sort(([, a], [, b]) => b.total - a.total || a.label.localeCompare(b.label))
      .map(([value, { label }]) => option('venues', value, label, venueCounts)),
    types: PAPER_TYPES.filter((type) => allPapers.some((p) => p.type === type)).map((type) =>
      option('types', type, PAPER_TYPE_LABELS[type], typeCounts),
    ),
    honors: [...honorLabels]
      .sort(([, a], [, b]) => a.localeCompare(b))
      .map(([value, label]) => option('honors', value, label, honorCounts)),
  };
}

/** How many papers fall in a year range, from per-year counts. */
export function countInYears(years: PublicationFacets['years'], from: number, to: number): number {
  return years.reduce((sum, y) => (y.year >= from && y.year <= to ? sum + y.count : sum), 0);
}

import { compareText, slugify } from '#src/lib/text.ts';
import type { Criteria, YearRange } from '#src/search/criteria.ts';
import type { AuthorCatalog } from './author-catalog.ts';
import { hasAuthors, knownAuthors } from './author-slug.ts';
import { PAPER_TYPES, type PaperType } from './paper-kinds.ts';
import type { Paper, Topic } from './publications-schema.ts';

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
  /** How many papers the Selected view would leave; absent when the data marks no paper featured. */
  featured?: { count: number };
  /** How many papers each co-author would leave: counts[i] for catalog's co-author i. */
  authors: { catalog: AuthorCatalog; counts: Uint32Array };
}

/** How the interface names each type of paper (from the site's message catalogue). */
export type PaperTypeLabels = Readonly<Record<PaperType, string>>;

/**
 * Newest first (or oldest first); papers of one year keep the order they come in (the data
 * file's, or the best match first). A bucket pass: linear, where a sort would not be.
 */
export function sortPapers<T extends { year: number }>(
  papers: readonly T[],
  order: 'newest' | 'oldest' = 'newest',
): T[] {
  const byYear = new Map<number, T[]>();
  for (const paper of papers) {
    const bucket = byYear.get(paper.year);
    if (bucket) bucket.push(paper);
    else byYear.set(paper.year, [paper]);
  }
  const years = [...byYear.keys()].sort((a, b) => (order === 'newest' ? b - a : a - b));
  return years.flatMap((year) => byYear.get(year) ?? []);
}

// Venue and honor names repeat across papers: each is turned into its URL value once.
const slugs = new Map<string, string>();
function cachedSlug(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = slugify(text);
    slugs.set(text, slug);
  }
  return slug;
}

// Computed once per paper: filtering and counting run on every keystroke.
const facetValueCache = new WeakMap<Paper, Record<FacetKey, readonly string[]>>();

export function facetValues(paper: Paper, key: FacetKey): readonly string[] {
  let values = facetValueCache.get(paper);
  if (!values) {
    values = {
      topics: paper.topics,
      venues: paper.venue ? [cachedSlug(paper.venue)] : [],
      types: [paper.type],
      honors: paper.honors.map(cachedSlug),
    };
    facetValueCache.set(paper, values);
  }
  return values[key];
}

export function inYearRange(paper: Paper, range: YearRange | null): boolean {
  return range === null || (paper.year >= range.from && paper.year <= range.to);
}

function matchesFacet(paper: Paper, key: FacetKey, selected: readonly string[]): boolean {
  if (selected.length === 0) return true;
  return facetValues(paper, key).some((value) => selected.includes(value));
}

/**
 * Papers that pass every filter: any chosen value within a filter, every filter together, and
 * every chosen co-author (a paper with all of them).
 */
export function filterPapers(
  papers: readonly Paper[],
  criteria: Criteria,
  skip?: FacetKey | 'year',
): Paper[] {
  const active =
    (skip !== 'year' && criteria.year) ||
    criteria.featured ||
    criteria.authors.length > 0 ||
    FACET_KEYS.some((key) => key !== skip && criteria[key].length > 0);
  if (!active) return [...papers];
  return papers.filter(
    (paper) =>
      (skip === 'year' || inYearRange(paper, criteria.year)) &&
      (!criteria.featured || paper.featured === true) &&
      FACET_KEYS.every((key) => key === skip || matchesFacet(paper, key, criteria[key])) &&
      hasAuthors(paper, criteria.authors),
  );
}

/** The filter options a data set offers, computed once per data set (not per keystroke). */
export interface FacetCatalog {
  years: number[];
  options: Record<FacetKey, Array<{ value: string; label: string; group?: string }>>;
  /** The papers it was computed from. */
  papers: readonly Paper[];
  /** The owner's names: not among the co-authors to filter by. */
  ownerNames: readonly string[];
  /** How many papers are marked featured (the Selected view is offered only when some are). */
  featured: number;
}

export function facetCatalog(
  allPapers: readonly Paper[],
  topics: readonly Topic[],
  typeLabels: PaperTypeLabels,
  ownerNames: readonly string[] = [],
): FacetCatalog {
  const usedTopics = new Set(allPapers.flatMap((p) => p.topics));
  const venues = new Map<string, { label: string; total: number }>();
  const honors = new Map<string, string>();
  for (const paper of allPapers) {
    if (paper.venue) {
      const value = cachedSlug(paper.venue);
      const entry = venues.get(value);
      if (entry) entry.total += 1;
      else venues.set(value, { label: paper.venue, total: 1 });
    }
    for (const honor of paper.honors) honors.set(cachedSlug(honor), honor);
  }
  const years = [...new Set(allPapers.map((p) => p.year))].sort((a, b) => b - a);
  const options: FacetCatalog['options'] = {
    topics: topics
      .filter((t) => usedTopics.has(t.id))
      .map((t) => ({ value: t.id, label: t.label, ...(t.group ? { group: t.group } : {}) })),
    // Venues with the most papers first, then by name.
    venues: [...venues]
      .sort(([, a], [, b]) => b.total - a.total || compareText(a.label, b.label))
      .map(([value, { label }]) => ({ value, label })),
    types: PAPER_TYPES.filter((type) => allPapers.some((p) => p.type === type)).map((type) => ({
      value: type,
      label: typeLabels[type],
    })),
    honors: [...honors]
      .sort(([, a], [, b]) => compareText(a, b))
      .map(([value, label]) => ({ value, label })),
  };
  // The co-authors (tens of thousands in a long list) are worked out when first needed.
  const featured = allPapers.filter((p) => p.featured === true).length;
  return { years, options, papers: allPapers, ownerNames, featured };
}

/** Drops filter values the data does not offer (an old or mistyped link), so they cannot empty the list. */
export function sanitizePublicationCriteria(
  criteria: Criteria,
  catalog: FacetCatalog,
  paperIds: ReadonlySet<string>,
): Criteria {
  const next = { ...criteria };
  for (const key of FACET_KEYS) {
    const known = new Set(catalog.options[key].map((option) => option.value));
    next[key] = criteria[key].filter((value) => known.has(value));
  }
  if (criteria.authors.length > 0) {
    const known = knownAuthors(catalog);
    next.authors = criteria.authors.filter((slug) => known.has(slug));
  }
  if (catalog.featured === 0) next.featured = false;
  if (next.paper && !paperIds.has(next.paper)) next.paper = null;
  return next;
}

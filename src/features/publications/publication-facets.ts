/**
 * The counts next to each filter option: computed on every answer to a keystroke over up to every
 * paper, so from positions worked out once per data set. Loaded with the filter panel.
 */
import type { Criteria } from '#src/search/criteria.ts';
import {
  FACET_KEYS,
  facetValues,
  inYearRange,
  type FacetCatalog,
  type FacetKey,
  type FacetOption,
  type PublicationFacets,
} from './filter-publications.ts';
import type { Paper } from './publications-schema.ts';
import { authorCatalog, type AuthorCatalog } from './author-catalog.ts';

/**
 * The catalog's papers as positions, in flat arrays: paper p's year is yearOf[p], and its values
 * for filter k (in the order of FACET_KEYS) are valueOf[k][start[k][p] .. start[k][p + 1]), each
 * once (even where a paper lists it twice), as positions among the catalog's options; its
 * co-authors likewise authorOf[authorStart[p] .. authorStart[p + 1]), positions in `authors`.
 */
interface CatalogPositions {
  paperAt: ReadonlyMap<Paper, number>;
  yearOf: Uint32Array;
  start: readonly Uint32Array[];
  valueOf: readonly Uint32Array[];
  authors: AuthorCatalog;
  authorStart: Uint32Array;
  authorOf: Uint32Array;
}

const positionsByCatalog = new WeakMap<FacetCatalog, CatalogPositions>();

/** Worked out once per data set, so that counting is array increments with no objects to visit. */
function positionsOf(catalog: FacetCatalog): CatalogPositions {
  const known = positionsByCatalog.get(catalog);
  if (known) return known;
  const papers = catalog.papers;
  const yearAt = new Map(catalog.years.map((year, i) => [year, i]));
  const paperAt = new Map<Paper, number>();
  const yearOf = new Uint32Array(papers.length);
  papers.forEach((paper, p) => {
    paperAt.set(paper, p);
    yearOf[p] = yearAt.get(paper.year) ?? 0;
  });
  const start: Uint32Array[] = [];
  const valueOf: Uint32Array[] = [];
  for (const key of FACET_KEYS) {
    const optionAt = new Map(catalog.options[key].map((option, i) => [option.value, i]));
    const starts = new Uint32Array(papers.length + 1);
    const values: number[] = [];
    papers.forEach((paper, p) => {
      starts[p] = values.length;
      for (const value of facetValues(paper, key)) {
        const i = optionAt.get(value);
        if (i !== undefined && values.indexOf(i, starts[p]) === -1) values.push(i);
      }
    });
    starts[papers.length] = values.length;
    start.push(starts);
    valueOf.push(Uint32Array.from(values));
  }
  const authors = authorCatalog(catalog);
  const authorStart = new Uint32Array(papers.length + 1);
  const authorValues: number[] = [];
  papers.forEach((paper, p) => {
    authorStart[p] = authorValues.length;
    for (const name of paper.authors ?? []) {
      const i = authors.nameAt.get(name);
      if (i !== undefined && authorValues.indexOf(i, authorStart[p]) === -1) authorValues.push(i);
    }
  });
  authorStart[papers.length] = authorValues.length;
  const authorOf = Uint32Array.from(authorValues);
  const positions = { paperAt, yearOf, start, valueOf, authors, authorStart, authorOf };
  positionsByCatalog.set(catalog, positions);
  return positions;
}

/** What the filter counts are computed from: the catalog, the papers the search matched, the filters. */
export interface FacetSource {
  catalog: FacetCatalog;
  matched: readonly Paper[];
  criteria: Criteria;
}

/**
 * The filter options with their counts: how many of the papers the search matched each option
 * would leave, given the other filters. Options come from the catalog, so they do not jump about
 * as the visitor types. Runs on every answer to a keystroke, over up to every paper: a pass of
 * array increments over positions the catalog computed once.
 */
export function publicationFacets(
  catalog: FacetCatalog,
  matchedPapers: readonly Paper[],
  criteria: Criteria,
): PublicationFacets {
  const counts = FACET_KEYS.map((key) => new Uint32Array(catalog.options[key].length));
  const yearCounts = new Uint32Array(catalog.years.length);
  // Per filter, which options are chosen; a filter with a choice the data lacks matches nothing.
  const chosen = FACET_KEYS.map((key) => {
    if (criteria[key].length === 0) return null;
    const picked = new Set(criteria[key]);
    return Uint8Array.from(catalog.options[key], (option) => (picked.has(option.value) ? 1 : 0));
  });
  const { paperAt, yearOf, start, valueOf, authors, authorStart, authorOf } = positionsOf(catalog);
  const authorCounts = new Uint32Array(authors.slugs.length);
  // The chosen co-authors: a paper must name all of them (one the data lacks: none can).
  const wantedAuthors = criteria.authors.length;
  const authorMask = wantedAuthors > 0 ? new Uint8Array(authors.slugs.length) : null;
  for (const slug of criteria.authors) {
    const i = authors.at.get(slug);
    if (i !== undefined && authorMask) authorMask[i] = 1;
  }
  const filtering =
    criteria.year !== null ||
    criteria.featured ||
    authorMask !== null ||
    chosen.some((mask) => mask !== null);
  const YEAR = -1;
  const AUTHORS = -2;
  const FEATURED = -3;
  let featuredCount = 0;
  const keyCount = FACET_KEYS.length;
  for (const paper of matchedPapers) {
    const p = paperAt.get(paper);
    if (p === undefined) continue;
    // A paper counts for a filter's options when it passes every *other* filter, that is when it
    // fails none, or fails only that one. Co-authors are chosen all together, so their counts
    // are of the papers that pass every filter.
    let failed: number | undefined;
    let failures = 0;
    if (filtering) {
      if (!inYearRange(paper, criteria.year)) {
        failed = YEAR;
        failures++;
      }
      if (criteria.featured && paper.featured !== true) {
        failed = FEATURED;
        failures++;
      }
      for (let k = 0; k < keyCount; k++) {
        const mask = chosen[k];
        if (!mask) continue;
        const values = valueOf[k] as Uint32Array;
        const starts = start[k] as Uint32Array;
        let passes = false;
        for (let j = starts[p] as number; j < (starts[p + 1] as number); j++)
          if (mask[values[j] as number] === 1) passes = true;
        if (!passes) {
          failed = k;
          failures++;
        }
      }
      if (authorMask) {
        let named = 0;
        for (let j = authorStart[p] as number; j < (authorStart[p + 1] as number); j++)
          named += authorMask[authorOf[j] as number] as number;
        if (named < wantedAuthors) {
          failed = AUTHORS;
          failures++;
        }
      }
      if (failures > 1) continue;
    }
    if (paper.featured === true && (failures === 0 || failed === FEATURED)) featuredCount++;
    if (failures === 0 || failed === YEAR) {
      const y = yearOf[p] as number;
      yearCounts[y] = (yearCounts[y] as number) + 1;
    }
    if (failures === 0)
      for (let j = authorStart[p] as number; j < (authorStart[p + 1] as number); j++) {
        const i = authorOf[j] as number;
        authorCounts[i] = (authorCounts[i] as number) + 1;
      }
    for (let k = 0; k < keyCount; k++) {
      if (failures === 1 && failed !== k) continue;
      const tally = counts[k] as Uint32Array;
      const values = valueOf[k] as Uint32Array;
      const starts = start[k] as Uint32Array;
      for (let j = starts[p] as number; j < (starts[p + 1] as number); j++) {
        const i = values[j] as number;
        tally[i] = (tally[i] as number) + 1;
      }
    }
  }
  const withCounts = (key: FacetKey): FacetOption[] => {
    const tally = counts[FACET_KEYS.indexOf(key)];
    return catalog.options[key].map((option, i) => ({
      ...option,
      count: tally?.[i] ?? 0,
      selected: criteria[key].includes(option.value),
    }));
  };
  return {
    years: catalog.years.map((year, i) => ({ year, count: yearCounts[i] ?? 0 })),
    topics: withCounts('topics'),
    venues: withCounts('venues'),
    types: withCounts('types'),
    honors: withCounts('honors'),
    ...(catalog.featured > 0 ? { featured: { count: featuredCount } } : {}),
    authors: { catalog: authors, counts: authorCounts },
  };
}

/** How many papers fall in a year range, from per-year counts. */
export function countInYears(years: PublicationFacets['years'], from: number, to: number): number {
  return years.reduce((sum, y) => (y.year >= from && y.year <= to ? sum + y.count : sum), 0);
}

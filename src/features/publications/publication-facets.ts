/**
 * The counts next to each filter option: computed on every answer to a keystroke over up to every
 * paper, so from positions worked out once per data set. Loaded with the filter panel.
 */
import type { Criteria } from '../search/criteria.ts';
import {
  FACET_KEYS,
  facetValues,
  inYearRange,
  type FacetCatalog,
  type FacetKey,
  type FacetOption,
  type PublicationFacets,
} from './filter-publications.ts';
import type { Paper } from './publications-query.ts';

interface PaperPositions {
  /** Position in the catalog's years. */
  year: number;
  /** Per filter, in the order of FACET_KEYS, each value's position among the catalog's options,
   * once (even where a paper lists it twice). */
  values: ReadonlyArray<readonly number[]>;
}

const positionsByCatalog = new WeakMap<FacetCatalog, ReadonlyMap<Paper, PaperPositions>>();

/** Each paper's year and values as positions in the catalog: counting is then array increments. */
function positionsOf(catalog: FacetCatalog): ReadonlyMap<Paper, PaperPositions> {
  const known = positionsByCatalog.get(catalog);
  if (known) return known;
  const yearAt = new Map(catalog.years.map((year, i) => [year, i]));
  const optionAt = FACET_KEYS.map(
    (key) => new Map(catalog.options[key].map((option, i) => [option.value, i])),
  );
  const positions = new Map<Paper, PaperPositions>();
  for (const paper of catalog.papers) {
    const values = FACET_KEYS.map((key, k) => {
      const at: number[] = [];
      for (const value of facetValues(paper, key)) {
        const i = optionAt[k]?.get(value);
        if (i !== undefined && !at.includes(i)) at.push(i);
      }
      return at;
    });
    positions.set(paper, { year: yearAt.get(paper.year) ?? 0, values });
  }
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
  const filtering = criteria.year !== null || chosen.some((mask) => mask !== null);
  const YEAR = -1;
  const positions = positionsOf(catalog);
  for (const paper of matchedPapers) {
    const at = positions.get(paper);
    if (!at) continue;
    // A paper counts for a filter's options when it passes every *other* filter, that is when it
    // fails none, or fails only that one.
    let failed: number | undefined;
    let failures = 0;
    if (filtering) {
      if (!inYearRange(paper, criteria.year)) {
        failed = YEAR;
        failures++;
      }
      for (let k = 0; k < FACET_KEYS.length; k++) {
        const mask = chosen[k];
        if (mask && !(at.values[k] ?? []).some((i) => mask[i] === 1)) {
          failed = k;
          failures++;
        }
      }
      if (failures > 1) continue;
    }
    if (failures === 0 || failed === YEAR) yearCounts[at.year] = (yearCounts[at.year] ?? 0) + 1;
    for (let k = 0; k < FACET_KEYS.length; k++) {
      if (failures === 1 && failed !== k) continue;
      const tally = counts[k] as Uint32Array;
      for (const i of at.values[k] ?? []) tally[i] = (tally[i] ?? 0) + 1;
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
  };
}

/** How many papers fall in a year range, from per-year counts. */
export function countInYears(years: PublicationFacets['years'], from: number, to: number): number {
  return years.reduce((sum, y) => (y.year >= from && y.year <= to ? sum + y.count : sum), 0);
}

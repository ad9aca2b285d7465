/**
 * The visitor's search and filters, as they live in the query string. Parsing never throws: a
 * parameter that is unknown or malformed is ignored.
 */
export interface YearRange {
  from: number;
  to: number;
}

/** How the publication list is ordered: best match first, or by year either way. */
export const SORT_MODES = ['relevance', 'newest', 'oldest'] as const;
export type SortMode = (typeof SORT_MODES)[number];

export interface Criteria {
  q: string;
  /** The order asked for; null for the default (see sortMode), which is never in the URL. */
  sort: SortMode | null;
  year: YearRange | null;
  topics: string[];
  venues: string[];
  types: string[];
  honors: string[];
  /** Co-authors, by the slug of their name: the papers with all of them. */
  authors: string[];
  /** Only the owner's selected papers (those marked `featured`). */
  featured: boolean;
  newsYear: YearRange | null;
  newsKinds: string[];
  /** A paper permalink: the page focuses on this one paper. */
  paper: string | null;
}

export const EMPTY_CRITERIA: Criteria = {
  q: '',
  sort: null,
  year: null,
  topics: [],
  venues: [],
  types: [],
  honors: [],
  authors: [],
  featured: false,
  newsYear: null,
  newsKinds: [],
  paper: null,
};

export const MAX_QUERY_LENGTH = 200;
const MAX_VALUES = 50;
// As early as a paper's year may be (MIN_YEAR in #src/lib/year-month.ts).
const MIN_URL_YEAR = 1800;
const MAX_URL_YEAR = 2200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The Selected view's parameter: `selected=1` (also read: true, yes, on; anything else is off). */
export const FEATURED_PARAM = 'selected';
const ON = /^\s*(1|true|yes|on)\s*$/i;

type ListKey = 'topics' | 'venues' | 'types' | 'honors' | 'authors' | 'newsKinds';

/** Query-string names, stable because they appear in shared links. */
export const LIST_PARAMS: ReadonlyArray<readonly [ListKey, string]> = [
  ['topics', 'topic'],
  ['venues', 'venue'],
  ['types', 'type'],
  ['honors', 'honor'],
  ['authors', 'author'],
  ['newsKinds', 'kind'],
];

export function parseYearRange(value: string | null): YearRange | null {
  if (value === null) return null;
  const match = /^\s*(\d{4})\s*(?:(?:-|–|\.\.)\s*(\d{4}))?\s*$/.exec(value);
  if (!match) return null;
  const a = Number(match[1]);
  const b = match[2] === undefined ? a : Number(match[2]);
  if ([a, b].some((y) => y < MIN_URL_YEAR || y > MAX_URL_YEAR)) return null;
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

export function formatYearRange(range: YearRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`;
}

/** Values of a repeatable, comma-separable parameter, lower-cased, de-duplicated, slugs only. */
function parseList(params: URLSearchParams, name: string): string[] {
  const values: string[] = [];
  for (const raw of params.getAll(name)) {
    for (const part of raw.split(',')) {
      const value = part.trim().toLowerCase();
      if (SLUG.test(value) && value.length <= 80 && !values.includes(value)) values.push(value);
      if (values.length >= MAX_VALUES) return values;
    }
  }
  return values;
}

/** The search text as the URL can carry it: at most MAX_QUERY_LENGTH characters, never half a
 * character (a cut surrogate pair would come back from the URL as U+FFFD), and blank when it is
 * only spaces (the URL drops such a query, so it must read as none). */
export function queryText(raw: string): string {
  let q = raw.slice(0, MAX_QUERY_LENGTH);
  if (/[\uD800-\uDBFF]$/.test(q)) q = q.slice(0, -1);
  return q.trim() === '' ? '' : q;
}

/** The order without a choice: the best match first when there is a query, else newest first. */
export function defaultSort(q: string): SortMode {
  return queryText(q) === '' ? 'newest' : 'relevance';
}

/** The order the list is in: the one asked for, or the default for the query. */
export function sortMode(criteria: Pick<Criteria, 'q' | 'sort'>): SortMode {
  return criteria.sort ?? defaultSort(criteria.q);
}

const isSortMode = (value: string): value is SortMode => SORT_MODES.some((mode) => mode === value);

export function parseCriteria(search: string): Criteria {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return EMPTY_CRITERIA;
  }
  const q = queryText(params.get('q') ?? '');
  const criteria: Criteria = {
    ...EMPTY_CRITERIA,
    q,
    year: parseYearRange(params.get('year')),
    featured: ON.test(params.get(FEATURED_PARAM) ?? ''),
    newsYear: parseYearRange(params.get('news-year')),
  };
  for (const [key, name] of LIST_PARAMS) criteria[key] = parseList(params, name);
  // The first known order ("Newest", " oldest "), unless it is the default anyway (so that a link
  // says one thing one way).
  const sort = parseList(params, 'sort').find(isSortMode);
  if (sort !== undefined && sort !== defaultSort(q)) criteria.sort = sort;
  const paper = (params.get('paper') ?? '').trim().toLowerCase();
  criteria.paper = SLUG.test(paper) ? paper : null;
  return criteria;
}

/** The canonical query string (with its "?", or "" when nothing is set). */
export function serializeCriteria(criteria: Criteria): string {
  const params = new URLSearchParams();
  if (criteria.paper) params.set('paper', criteria.paper);
  const q = queryText(criteria.q);
  if (q !== '') params.set('q', q);
  if (criteria.sort !== null && criteria.sort !== defaultSort(q)) params.set('sort', criteria.sort);
  if (criteria.year) params.set('year', formatYearRange(criteria.year));
  if (criteria.featured) params.set(FEATURED_PARAM, '1');
  for (const [key, name] of LIST_PARAMS) {
    if (key === 'newsKinds') continue;
    if (criteria[key].length > 0) params.set(name, criteria[key].join(','));
  }
  if (criteria.newsYear) params.set('news-year', formatYearRange(criteria.newsYear));
  if (criteria.newsKinds.length > 0) params.set('kind', criteria.newsKinds.join(','));
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}

export function hasActiveCriteria(criteria: Criteria): boolean {
  return serializeCriteria(criteria) !== '';
}

/** Whether any publication filter (not the search text) is set. */
export function countPublicationFilters(criteria: Criteria): number {
  return (
    (criteria.year ? 1 : 0) +
    (criteria.featured ? 1 : 0) +
    criteria.topics.length +
    criteria.venues.length +
    criteria.types.length +
    criteria.honors.length +
    criteria.authors.length
  );
}

/**
 * The query-string names that put the page in its results view (see isResultsView): read by the
 * page's first script, before the app, so that a shared link paints as results from the start.
 */
export const RESULTS_VIEW_PARAMS: readonly string[] = [
  'q',
  'year',
  FEATURED_PARAM,
  'paper',
  ...LIST_PARAMS.filter(([key]) => key !== 'newsKinds').map(([, name]) => name),
];

/**
 * Whether the page shows results (the matches first, the rest stepping aside) rather than the
 * whole profile: a search, a publication filter or one paper. The news's own filters narrow the
 * news where it is and leave the page as it is.
 */
export function isResultsView(criteria: Criteria): boolean {
  return (
    criteria.q.trim() !== '' || countPublicationFilters(criteria) > 0 || criteria.paper !== null
  );
}

export function toggleValue(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

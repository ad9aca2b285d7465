import { lazy, startTransition, Suspense, useEffect, useId, useMemo, useState } from 'react';
import { DataState } from '#src/components/ui/data-state.tsx';
import { EmptyState } from '#src/components/ui/empty-state.tsx';
import { Section } from '#src/components/ui/section.tsx';
import { Skeleton } from '#src/components/ui/skeleton.tsx';
import { groupByYear } from '#src/lib/group-by-year.ts';
import { pluralize } from '#src/lib/text.ts';
import { countPublicationFilters, EMPTY_CRITERIA, type Criteria } from '#src/search/criteria.ts';
import type { navigateToCriteria } from '#src/search/use-criteria.ts';
import { PublicationItem } from './publication-item.tsx';
import { topicLabelMap } from './publications-search.ts';
import type { PublicationResults } from './use-publication-results.ts';
import type { Paper } from './publications-query.ts';

const PAGE_SIZE = 50;
/** A new answer renders this many papers first (more than a screenful), then the rest of the page
 * in steps of this size, each a transition that the next keystroke interrupts. */
const ROWS_PER_STEP = 12;

// The filter panel's code loads after the first view (prerendered, it shows before).
const PublicationFilters = lazy(() =>
  import('./publication-filters.tsx').then((m) => ({ default: m.PublicationFilters })),
);

/** How many of the first `max` items two lists have in common, from the top. */
function sharedStart<T>(a: readonly T[], b: readonly T[], max: number): number {
  let i = 0;
  while (i < max && i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Downloads the papers as they are filtered now (all of them, not only the page shown). */
async function exportBibtex(papers: readonly Paper[]) {
  const [{ papersToBibtex }, { downloadText }] = await Promise.all([
    import('./bibtex.ts'),
    import('#src/lib/download.ts'),
  ]);
  downloadText('publications.bib', papersToBibtex(papers), 'application/x-bibtex');
}

interface PublicationsSectionProps {
  results: PublicationResults;
  /** The filters in the URL now (not the search text): controls follow a click at once. */
  liveFilters: Criteria;
  ownerNames: readonly string[];
  onNavigate: typeof navigateToCriteria;
}

export function PublicationsSection({
  results,
  liveFilters,
  ownerNames,
  onNavigate,
}: PublicationsSectionProps) {
  const { query, papers, topics, visible, facetSource, focused, criteria, matchedTerms, pending } =
    results;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const panelId = useId();
  const topicLabels = useMemo(() => topicLabelMap(topics), [topics]);
  // Long lists render a page at a time; what is shown stays searchable with the browser's find.
  const [shown, setShown] = useState({ list: visible, count: PAGE_SIZE });
  const limit = shown.list === visible ? shown.count : PAGE_SIZE;
  // The first list (the prerendered one) shows whole, as does one that replaces an empty list (the
  // data arriving); one that replaces a list on screen starts with its first rows, and keeps every
  // row on screen that it begins with too (typing on often leaves the first results as they are).
  const [rendered, setRendered] = useState({ list: visible, count: limit });
  const fresh =
    rendered.list.length === 0
      ? limit
      : Math.max(ROWS_PER_STEP, sharedStart(rendered.list, visible, rendered.count));
  const renderedCount = Math.min(limit, rendered.list === visible ? rendered.count : fresh);
  // While a newer answer is on its way the rest of this page waits: it would be replaced.
  useEffect(() => {
    if (renderedCount < limit && !pending)
      startTransition(() => setRendered({ list: visible, count: renderedCount + ROWS_PER_STEP }));
  }, [visible, renderedCount, limit, pending]);
  const groups = useMemo(
    () => groupByYear(visible.slice(0, renderedCount), (paper) => paper.year),
    [visible, renderedCount],
  );
  const remaining = visible.length - limit;
  const activeFilters = countPublicationFilters(criteria);
  const narrowed = criteria.q.trim() !== '' || activeFilters > 0 || focused !== undefined;
  const status = query.data
    ? narrowed
      ? `${visible.length} of ${pluralize(papers.length, 'paper')}`
      : pluralize(papers.length, 'paper')
    : undefined;

  return (
    <Section id="publications" title="Publications" status={status} busy={pending}>
      <DataState
        query={query}
        what="The publication list"
        skeleton={<Skeleton rows={8} rowHeight={7} label="Loading publications" />}
      >
        {() => (
          <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-8 print:block noscript:block">
            <div className="lg:sticky lg:top-24 lg:max-h-[calc(100vh-7rem)] lg:self-start lg:overflow-y-auto lg:pr-1 print:hidden noscript:hidden">
              <div className="mb-3 flex items-center justify-between gap-3 lg:hidden">
                <button
                  type="button"
                  aria-expanded={filtersOpen}
                  aria-controls={panelId}
                  onClick={() => setFiltersOpen((open) => !open)}
                  className="min-h-11 rounded-md border border-slate-300 px-4 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                >
                  Filters
                  {countPublicationFilters(liveFilters) > 0
                    ? ` (${countPublicationFilters(liveFilters)})`
                    : ''}
                </button>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {pluralize(visible.length, 'paper')} shown
                </p>
              </div>
              <div id={panelId} className={`${filtersOpen ? 'block' : 'hidden'} mb-6 lg:block`}>
                <h3 className="sr-only">Filter publications</h3>
                <Suspense fallback={<Skeleton rows={6} rowHeight={3} label="Loading filters" />}>
                  <PublicationFilters
                    source={facetSource}
                    criteria={liveFilters}
                    pending={pending}
                    onChange={onNavigate}
                  />
                </Suspense>
              </div>
            </div>
            <div className="min-w-0">
              {focused && (
                <p className="mb-2 flex flex-wrap items-center gap-3 rounded-md bg-accent-50 px-3 py-2 dark:bg-accent-900">
                  Showing one paper.
                  <button
                    type="button"
                    onClick={() => onNavigate((c) => ({ ...c, paper: null }), 'push')}
                    className="min-h-9 rounded-md border border-accent-600 px-3 font-medium dark:border-accent-300"
                  >
                    Show all publications
                  </button>
                </p>
              )}
              {visible.length > 0 && (
                <p className="mb-2 flex justify-end noscript:hidden">
                  <button
                    type="button"
                    onClick={() => void exportBibtex(visible)}
                    className="inline-flex min-h-9 items-center rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                  >
                    Export{' '}
                    {visible.length === papers.length ? 'all' : pluralize(visible.length, 'paper')}{' '}
                    as BibTeX
                  </button>
                </p>
              )}
              {visible.length === 0 ? (
                <EmptyState
                  message={
                    criteria.q.trim()
                      ? `No publications match “${criteria.q.trim()}”${activeFilters > 0 ? ' with these filters' : ''}.`
                      : 'No publications match these filters.'
                  }
                  onClear={() => onNavigate({ ...EMPTY_CRITERIA }, 'push')}
                />
              ) : (
                groups.map((group, at) => (
                  <div
                    // In relevance order a year can come back: its n-th group is keyed year-n.
                    key={`${group.year}-${groups.slice(0, at).filter((g) => g.year === group.year).length}`}
                    className="render-when-visible border-b border-slate-100 last:border-b-0 dark:border-slate-800/60"
                  >
                    <h3 className="pt-3 pb-1 font-serif text-xl font-semibold text-slate-900 dark:text-white">
                      {group.year}
                      <span className="sr-only"> ({pluralize(group.items.length, 'paper')})</span>
                    </h3>
                    <div className="divide-y divide-slate-100 dark:divide-slate-800/60">
                      {group.items.map((paper) => (
                        <PublicationItem
                          key={paper.id}
                          paper={paper}
                          topicLabels={topicLabels}
                          ownerNames={ownerNames}
                          matchedTerms={matchedTerms}
                        />
                      ))}
                    </div>
                  </div>
                ))
              )}
              {remaining > 0 && (
                <div className="mt-4 flex flex-wrap items-center gap-3">
                  <button
                    type="button"
                    onClick={() => setShown({ list: visible, count: limit + PAGE_SIZE })}
                    className="min-h-11 rounded-md border border-slate-300 px-4 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                  >
                    Show {Math.min(PAGE_SIZE, remaining)} more
                  </button>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {limit} of {visible.length} shown
                  </p>
                </div>
              )}
            </div>
          </div>
        )}
      </DataState>
    </Section>
  );
}

import { lazy, startTransition, Suspense, useEffect, useId, useMemo, useState } from 'react';
import { Button } from '#src/components/ui/button.tsx';
import { DataState } from '#src/components/ui/data-state.tsx';
import { EmptyState } from '#src/components/ui/empty-state.tsx';
import { Section } from '#src/components/ui/section.tsx';
import { Skeleton } from '#src/components/ui/skeleton.tsx';
import { groupByYear } from '#src/lib/group-by-year.ts';
import { useMessages } from '#src/i18n/messages-context.tsx';
import {
  countPublicationFilters,
  EMPTY_CRITERIA,
  sortMode,
  type Criteria,
  type SortMode,
} from '#src/search/criteria.ts';
import { SearchTroubleAlert } from '#src/search/search-trouble-alert.tsx';
import type { navigateToCriteria } from '#src/search/use-criteria.ts';
import { ExportControl } from './cite/export-control.tsx';
import { SortControl } from './sort-control.tsx';
import { PublicationItem } from './publication-item.tsx';
import { topicLabelMap } from './publications-search.ts';
import type { PublicationResults } from './use-publication-results.ts';

/** Papers a long list shows at a time (the prerendered page shows the first of them). */
export const PAPERS_PER_PAGE = 50;
/** A new answer renders this many papers first (more than a screenful), then the rest of the page
 * in steps of this size, each a transition that the next keystroke interrupts. Papers after the
 * first step skip their rendering while off the screen; the first ones are on it from the start (a
 * skipped entry is drawn at its estimated height for a frame when it appears: a layout shift). */
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

interface PublicationsSectionProps {
  title: string;
  results: PublicationResults;
  /** The filters in the URL now (not the search text): controls follow a click at once. */
  liveFilters: Criteria;
  /** The order the address asks for now (the list follows when it has rendered). */
  liveSort: SortMode;
  ownerNames: readonly string[];
  onNavigate: typeof navigateToCriteria;
}

export function PublicationsSection({
  title,
  results,
  liveFilters,
  liveSort,
  ownerNames,
  onNavigate,
}: PublicationsSectionProps) {
  const { query, papers, topics, visible, facetSource, focused, criteria, matchedTerms } = results;
  const { pending, searchTrouble, retrySearch } = results;
  const t = useMessages();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const panelId = useId();
  const topicLabels = useMemo(() => topicLabelMap(topics), [topics]);
  // Long lists render a page at a time; what is shown stays searchable with the browser's find.
  const [shown, setShown] = useState({ list: visible, count: PAPERS_PER_PAGE });
  const limit = shown.list === visible ? shown.count : PAPERS_PER_PAGE;
  // The first list (the prerendered one) shows whole, as does one that replaces an empty list (the
  // data arriving); one that replaces a list on screen starts with its first rows, and keeps every
  // row on screen that it begins with too (typing on often leaves the first results as they are).
  const [rendered, setRendered] = useState({ list: visible, count: limit });
  // The whole list comes back at once when a search ends: the visitor returns to where they were.
  const fresh =
    rendered.list.length === 0 || criteria.q.trim() === ''
      ? limit
      : Math.max(ROWS_PER_STEP, sharedStart(rendered.list, visible, rendered.count));
  const renderedCount = Math.min(limit, rendered.list === visible ? rendered.count : fresh);
  // While a newer answer is on its way the rest of this page waits: it would be replaced.
  useEffect(() => {
    if (renderedCount < limit && !pending)
      startTransition(() => setRendered({ list: visible, count: renderedCount + ROWS_PER_STEP }));
  }, [visible, renderedCount, limit, pending]);
  // Newest or oldest first, the list is grouped by year; the best match first, it is one list.
  const byYear = sortMode(criteria) !== 'relevance';
  const groups = useMemo(() => {
    const rows = visible.slice(0, renderedCount);
    const grouped = byYear
      ? groupByYear(rows, (paper) => paper.year)
      : [{ year: null, items: rows }];
    // Each group with the place of its first paper in the list (the first step renders as it is).
    const placed = [];
    let start = 0;
    for (const group of grouped) {
      placed.push({ ...group, start });
      start += group.items.length;
    }
    return placed;
  }, [visible, renderedCount, byYear]);
  const remaining = visible.length - limit;
  const activeFilters = countPublicationFilters(criteria);
  const narrowed = criteria.q.trim() !== '' || activeFilters > 0 || focused !== undefined;
  const status = query.data
    ? narrowed
      ? t.publications.countOf(visible.length, papers.length)
      : t.publications.count(papers.length)
    : undefined;
  const filterCount = countPublicationFilters(liveFilters);
  const sortControl = (
    <SortControl sort={liveSort} searching={criteria.q.trim() !== ''} onNavigate={onNavigate} />
  );
  const exportControl = (
    <ExportControl papers={visible} total={papers.length} className="noscript:hidden" />
  );

  return (
    <Section id="publications" title={title} status={status} busy={pending}>
      <DataState
        query={query}
        what={t.sections.publications.what}
        skeleton={<Skeleton rows={8} rowHeight={7} label={t.common.loading(title)} />}
      >
        {() => (
          <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-8 print:block noscript:block">
            {/* Without scripts, the filter panel shows its papers-per-year chart alone. */}
            <div className="lg:sticky lg:top-24 lg:max-h-[calc(100vh-7rem)] lg:self-start lg:overflow-y-auto lg:pr-1 print:hidden noscript:static">
              <div className="mb-3 flex items-center justify-between gap-3 lg:hidden noscript:hidden">
                <Button
                  aria-expanded={filtersOpen}
                  aria-controls={panelId}
                  onClick={() => setFiltersOpen((open) => !open)}
                >
                  {filterCount > 0
                    ? t.publications.filtersActive(filterCount)
                    : t.publications.filters}
                </Button>
                {visible.length > 0 && sortControl}
              </div>
              <div
                id={panelId}
                className={`${filtersOpen ? 'block' : 'hidden'} mb-6 lg:block noscript:block`}
              >
                <h3 className="sr-only noscript:hidden">{t.publications.filterHeading}</h3>
                <Suspense
                  fallback={
                    <Skeleton rows={6} rowHeight={3} label={t.publications.loadingFilters} />
                  }
                >
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
              <SearchTroubleAlert
                trouble={searchTrouble}
                what={t.sections.publications.what}
                onRetry={retrySearch}
              />
              {focused && (
                <p className="mb-2 flex flex-wrap items-center gap-3 rounded-md bg-accent-soft px-3 py-2">
                  {t.publications.showingOne}
                  <Button
                    size="sm"
                    onClick={() => onNavigate((c) => ({ ...c, paper: null }), 'push')}
                  >
                    {t.publications.showAll}
                  </Button>
                </p>
              )}
              {visible.length > 0 && (
                // On a phone the order sits beside the filters' button and the export after the
                // list, so that the first paper comes right under the heading.
                <div className="mb-2 hidden flex-wrap items-center justify-between gap-2 lg:flex">
                  {sortControl}
                  {exportControl}
                </div>
              )}
              {visible.length === 0 ? (
                <EmptyState
                  message={
                    criteria.q.trim()
                      ? t.publications.noMatchQuery(criteria.q.trim(), activeFilters > 0)
                      : t.publications.noMatchFilters
                  }
                  onClear={() => onNavigate({ ...EMPTY_CRITERIA }, 'push')}
                />
              ) : (
                groups.map((group) => (
                  <div
                    key={group.year ?? 'best-first'}
                    className="render-when-visible border-b border-rule-soft last:border-b-0"
                  >
                    {group.year !== null && (
                      <h3 className="pt-3 pb-1 font-serif text-xl font-semibold text-ink-strong">
                        {group.year}
                        <span className="sr-only">
                          {' '}
                          {t.publications.yearCount(group.items.length)}
                        </span>
                      </h3>
                    )}
                    <div className="divide-y divide-rule-soft">
                      {group.items.map((paper, i) => (
                        <PublicationItem
                          key={paper.id}
                          paper={paper}
                          topicLabels={topicLabels}
                          ownerNames={ownerNames}
                          matchedTerms={matchedTerms}
                          skipOffscreen={group.start + i >= ROWS_PER_STEP}
                        />
                      ))}
                    </div>
                  </div>
                ))
              )}
              {visible.length > 0 && <div className="mt-4 lg:hidden">{exportControl}</div>}
              {remaining > 0 && (
                <div className="mt-4 flex flex-wrap items-center gap-3">
                  <Button
                    onClick={() => setShown({ list: visible, count: limit + PAPERS_PER_PAGE })}
                  >
                    {t.publications.showMore(Math.min(PAPERS_PER_PAGE, remaining))}
                  </Button>
                  <p className="text-sm text-muted">
                    {t.publications.shownOf(limit, visible.length)}
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

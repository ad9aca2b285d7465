import { useMemo } from 'react';
import { DataSection } from '#src/components/ui/data-section.tsx';
import { EmptyState } from '#src/components/ui/empty-state.tsx';
import { groupByYear } from '#src/lib/group-by-year.ts';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { EMPTY_CRITERIA, type Criteria } from '#src/search/criteria.ts';
import type { navigateToCriteria } from '#src/search/use-criteria.ts';
import { newsYear } from './filter-news.ts';
import { NewsEntry } from './news-entry.tsx';
import { NewsFilters } from './news-filters.tsx';
import type { NewsResults } from './use-news-results.ts';

/** Years of news shown unfolded when nothing narrows the timeline. */
const OPEN_YEARS = 2;

interface NewsSectionProps {
  title: string;
  results: NewsResults;
  criteria: Criteria;
  /** The filters in the URL now: the year and kind controls follow a click at once. */
  liveFilters: Criteria;
  paperLabels: ReadonlyMap<string, string>;
  onNavigate: typeof navigateToCriteria;
}

export function NewsSection({
  title,
  results,
  criteria,
  liveFilters,
  paperLabels,
  onNavigate,
}: NewsSectionProps) {
  const { query, items, visible, facets, matchedTerms } = results;
  const t = useMessages();
  const context = { terms: matchedTerms, paperLabels };
  const groups = useMemo(() => groupByYear(visible, newsYear), [visible]);
  const narrowed =
    criteria.q.trim() !== '' || criteria.newsYear !== null || criteria.newsKinds.length > 0;
  const status = query.data
    ? narrowed
      ? t.news.countOf(visible.length, items.length)
      : t.news.count(items.length)
    : undefined;

  return (
    <DataSection
      id="news"
      title={title}
      status={status}
      query={query}
      skeleton={{ rows: 10, rowHeight: 3.5 }}
      // Off the screen only the timeline is skipped, not the filters: Chromium lays out a skipped
      // <select>'s whole section when the page has loaded (at DOMContentLoaded, its scan of form
      // fields), a 20-35 ms task at 4x CPU right after the first paint.
      skipOffscreen={false}
    >
      {() => (
        <>
          <NewsFilters facets={facets} liveFilters={liveFilters} onNavigate={onNavigate} />
          {visible.length === 0 ? (
            <EmptyState
              message={
                criteria.q.trim() ? t.news.noMatchQuery(criteria.q.trim()) : t.news.noMatchFilters
              }
              onClear={() => onNavigate({ ...EMPTY_CRITERIA }, 'push')}
            />
          ) : (
            <div className="render-when-visible">
              {groups.map((group, index) => (
                // Older years start folded (narrowed lists start open): the page stays short on a
                // phone, and folded years cost no layout. With scripts off they still unfold.
                <details
                  key={`${group.year}-${narrowed}`}
                  open={narrowed || index < OPEN_YEARS}
                  className="group"
                >
                  <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 [&::-webkit-details-marker]:hidden">
                    <span
                      aria-hidden="true"
                      className="inline-block text-faint transition-transform group-open:rotate-90"
                    >
                      ▸
                    </span>
                    <h3 className="font-serif text-xl font-semibold text-ink-strong">
                      {group.year}
                    </h3>
                    <span className="text-sm text-muted">{t.news.count(group.items.length)}</span>
                  </summary>
                  <ol className="divide-y divide-rule-soft border-l-2 border-accent-line pl-3">
                    {group.items.map((item) => (
                      <NewsEntry key={item.id} entry={item} {...context} />
                    ))}
                  </ol>
                </details>
              ))}
            </div>
          )}
        </>
      )}
    </DataSection>
  );
}

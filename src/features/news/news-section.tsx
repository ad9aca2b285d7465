import { useId, useMemo, useRef } from 'react';
import { Badge } from '#src/components/ui/badge.tsx';
import { DataSection } from '#src/components/ui/data-section.tsx';
import { DatedEntry } from '#src/components/ui/dated-entry.tsx';
import { EmptyState } from '#src/components/ui/empty-state.tsx';
import { ExternalLink } from '#src/components/ui/external-link.tsx';
import { ToggleChip } from '#src/components/ui/toggle-chip.tsx';
import { groupByYear } from '#src/lib/group-by-year.ts';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { useChangesBeforeTakeover } from '#src/lib/use-changes-before-takeover.ts';
import { EMPTY_CRITERIA, toggleValue, type Criteria } from '#src/search/criteria.ts';
import { highlight } from '#src/search/highlight.tsx';
import { PaperRefs } from '#src/search/paper-refs.tsx';
import type { navigateToCriteria } from '#src/search/use-criteria.ts';
import { newsYear } from './filter-news.ts';
import type { NewsItem } from './news-schema.ts';
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

function NewsEntry({
  item,
  terms,
  paperLabels,
}: {
  item: NewsItem;
  terms: ReadonlySet<string>;
  paperLabels: ReadonlyMap<string, string>;
}) {
  const t = useMessages();
  const links = item.links.filter((link) => link.url !== undefined);
  return (
    <DatedEntry date={item.date} className="entry-when-visible py-3" strongDate>
      <p className="break-words">
        <span className="mr-2 align-[0.1em]">
          <Badge>{t.news.kinds[item.kind]}</Badge>
        </span>
        {highlight(item.text, terms)}
      </p>
      {(links.length > 0 || item.paperIds.length > 0) && (
        <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
          {links.length > 0 && (
            <ul className="flex flex-wrap gap-x-3 text-sm" aria-label={t.common.links}>
              {links.map((link, i) => (
                <li key={`${link.label}-${i}`}>
                  <ExternalLink href={link.url ?? ''} className="inline-flex min-h-6 items-center">
                    {link.label}
                  </ExternalLink>
                </li>
              ))}
            </ul>
          )}
          <PaperRefs paperIds={item.paperIds} paperLabels={paperLabels} />
        </div>
      )}
    </DatedEntry>
  );
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
  const yearSelectId = useId();
  const setYear = (value: string) => {
    const year = value ? Number(value) : null;
    onNavigate(
      (c) => ({ ...c, newsYear: year === null ? null : { from: year, to: year } }),
      'push',
    );
  };
  // The prerendered year can be chosen before the app takes it over: what it shows then counts.
  const filtersRef = useRef<HTMLDivElement>(null);
  useChangesBeforeTakeover(filtersRef, ([select]) => {
    if (select) setYear(select.value);
  });
  const groups = useMemo(() => groupByYear(visible, newsYear), [visible]);
  const narrowed =
    criteria.q.trim() !== '' || criteria.newsYear !== null || criteria.newsKinds.length > 0;
  const status = query.data
    ? narrowed
      ? t.news.countOf(visible.length, items.length)
      : t.news.count(items.length)
    : undefined;
  const yearValue =
    liveFilters.newsYear && liveFilters.newsYear.from === liveFilters.newsYear.to
      ? String(liveFilters.newsYear.from)
      : '';

  return (
    <DataSection
      id="news"
      title={title}
      status={status}
      query={query}
      skeleton={{ rows: 10, rowHeight: 3.5 }}
    >
      {() => (
        <>
          <div
            ref={filtersRef}
            className="mb-4 flex flex-wrap items-end gap-3 noscript:hidden print:hidden"
            role="group"
            aria-label={t.news.filterGroup}
          >
            <div>
              <label htmlFor={yearSelectId} className="block text-sm">
                {t.news.year}
              </label>
              <select
                id={yearSelectId}
                value={yearValue}
                name="year"
                onChange={(e) => setYear(e.target.value)}
                className="min-h-11 rounded-md border border-line bg-field px-2 text-base"
              >
                <option value="">{t.news.allYears}</option>
                {facets.years.map(({ year, count }) => (
                  <option key={year} value={year}>
                    {t.news.yearOption(year, count)}
                  </option>
                ))}
              </select>
            </div>
            <div className="flex flex-wrap gap-1.5" role="group" aria-label={t.news.kindGroup}>
              {facets.kinds.map((kind) => (
                <ToggleChip
                  key={kind.kind}
                  label={kind.label}
                  count={kind.count}
                  pressed={liveFilters.newsKinds.includes(kind.kind)}
                  onToggle={() =>
                    onNavigate(
                      (c) => ({ ...c, newsKinds: toggleValue(c.newsKinds, kind.kind) }),
                      'push',
                    )
                  }
                />
              ))}
            </div>
          </div>
          {visible.length === 0 ? (
            <EmptyState
              message={
                criteria.q.trim() ? t.news.noMatchQuery(criteria.q.trim()) : t.news.noMatchFilters
              }
              onClear={() => onNavigate({ ...EMPTY_CRITERIA }, 'push')}
            />
          ) : (
            groups.map((group, index) => (
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
                  <h3 className="font-serif text-xl font-semibold text-ink-strong">{group.year}</h3>
                  <span className="text-sm text-muted">{t.news.count(group.items.length)}</span>
                </summary>
                <ol className="divide-y divide-rule-soft border-l-2 border-accent-line pl-3">
                  {group.items.map((item) => (
                    <NewsEntry
                      key={item.id}
                      item={item}
                      terms={matchedTerms}
                      paperLabels={paperLabels}
                    />
                  ))}
                </ol>
              </details>
            ))
          )}
        </>
      )}
    </DataSection>
  );
}

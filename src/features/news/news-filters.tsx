import { useId, useRef } from 'react';
import { ToggleChip } from '#src/components/ui/toggle-chip.tsx';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { useChangesBeforeTakeover } from '#src/lib/use-changes-before-takeover.ts';
import { toggleValue, type Criteria } from '#src/search/criteria.ts';
import type { navigateToCriteria } from '#src/search/use-criteria.ts';
import type { NewsResults } from './use-news-results.ts';

/** `liveFilters`: the filters in the URL now, which the controls follow at once. */
type NewsFiltersProps = Pick<NewsResults, 'facets'> & {
  liveFilters: Criteria;
  onNavigate: typeof navigateToCriteria;
};

/** The timeline's own filters: one year, and kinds of news, each with how many it would show. */
export function NewsFilters({ facets, liveFilters, onNavigate }: NewsFiltersProps) {
  const t = useMessages();
  const setYear = (value: string) => {
    const year = value ? Number(value) : null;
    onNavigate(
      (c) => ({ ...c, newsYear: year === null ? null : { from: year, to: year } }),
      'push',
    );
  };
  // The prerendered year can be chosen before the app takes it over: what it shows then counts.
  const filtersRef = useRef<HTMLDivElement>(null);
  const yearSelectId = useId();
  useChangesBeforeTakeover(filtersRef, ([select]) => {
    if (select) setYear(select.value);
  });
  const { newsYear } = liveFilters;
  const yearValue = newsYear && newsYear.from === newsYear.to ? String(newsYear.from) : '';
  const yearOptions = [
    { value: '', label: t.news.allYears },
    ...facets.years.map(({ year, count }) => ({
      value: String(year),
      label: t.news.yearOption(year, count),
    })),
  ];
  return (
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
          name="year"
          className="min-h-11 rounded-md border border-line bg-field px-2 text-base"
          onChange={(e) => setYear(e.target.value)}
          value={yearValue}
        >
          {yearOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
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
              onNavigate((c) => ({ ...c, newsKinds: toggleValue(c.newsKinds, kind.kind) }), 'push')
            }
          />
        ))}
      </div>
    </div>
  );
}

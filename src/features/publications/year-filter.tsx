import { useCallback, useId } from 'react';
import { useMessages } from '#src/i18n/messages-context.tsx';
import type { Criteria, YearRange } from '#src/search/criteria.ts';
import type { HistoryMode } from '#src/search/use-criteria.ts';
import { FIELDSET, LEGEND } from './facet-checkboxes.tsx';
import type { PublicationFacets } from './filter-publications.ts';
import { countInYears } from './publication-facets.ts';
import { YearChart } from './year-chart.tsx';

const SELECT = 'min-h-11 w-full rounded-md border border-line bg-field px-2 text-base';

/** The criteria with the year range from `from` to `to`; an end left open is the oldest or the
 * newest year there is. */
export function withYearRange(
  criteria: Criteria,
  from: number | undefined,
  to: number | undefined,
  bounds: { oldest: number; newest: number },
): Criteria {
  if (from === undefined && to === undefined) return { ...criteria, paper: null, year: null };
  const a = from ?? bounds.oldest;
  const b = to ?? bounds.newest;
  return { ...criteria, paper: null, year: { from: Math.min(a, b), to: Math.max(a, b) } };
}

/** The year filter: papers per year as a chart of bars to choose from, and From and To lists
 * (for the keyboard, and usable before the app takes the page over). */
export function YearFilter({
  years,
  chosen,
  onChange,
}: {
  /** Newest first, with how many papers the other criteria leave in each. */
  years: PublicationFacets['years'];
  /** The range as the URL has it now. */
  chosen: YearRange | null;
  onChange: (next: (current: Criteria) => Criteria, mode: HistoryMode) => void;
}) {
  const t = useMessages();
  const id = useId();
  const choose = useCallback(
    (year: YearRange | null) => onChange((c) => ({ ...c, paper: null, year }), 'push'),
    [onChange],
  );
  const newest = years[0]?.year;
  const oldest = years[years.length - 1]?.year;
  if (newest === undefined || oldest === undefined) return null;
  const from = chosen?.from;
  const to = chosen?.to;
  const setRange = (nextFrom: number | undefined, nextTo: number | undefined) =>
    onChange((c) => withYearRange(c, nextFrom, nextTo, { oldest, newest }), 'push');
  return (
    <fieldset className={FIELDSET}>
      <legend className={LEGEND}>{t.filters.year}</legend>
      <YearChart years={years} chosen={chosen} onChoose={choose} describedBy={`${id}-hint`} />
      <p id={`${id}-hint`} className="mb-1 text-xs text-muted noscript:hidden">
        {t.filters.chartHint}
      </p>
      <div className="grid grid-cols-2 gap-2 noscript:hidden">
        <YearSelect
          id={`${id}-from`}
          name="from"
          label={t.filters.from}
          value={from}
          years={[...years].reverse().map(({ year }) => year)}
          count={(year) => countInYears(years, year, to ?? newest)}
          onPick={(year) => setRange(year, to)}
        />
        <YearSelect
          id={`${id}-to`}
          name="to"
          label={t.filters.to}
          value={to}
          years={years.map(({ year }) => year)}
          count={(year) => countInYears(years, from ?? oldest, year)}
          onPick={(year) => setRange(from, year)}
        />
      </div>
    </fieldset>
  );
}

/** One end of the range: any year, or a year with how many papers the range would then hold. */
function YearSelect({
  id,
  name,
  label,
  value,
  years,
  count,
  onPick,
}: {
  id: string;
  name: 'from' | 'to';
  label: string;
  value: number | undefined;
  /** In the order the list shows them. */
  years: readonly number[];
  count: (year: number) => number;
  onPick: (year: number | undefined) => void;
}) {
  const t = useMessages();
  return (
    <div>
      <label htmlFor={id} className="block text-sm">
        {label}
      </label>
      <select
        id={id}
        name={name}
        className={SELECT}
        value={value ?? ''}
        onChange={(e) => onPick(e.target.value ? Number(e.target.value) : undefined)}
      >
        <option value="">{t.filters.anyYear}</option>
        {years.map((year) => (
          <option key={year} value={year}>
            {t.filters.yearOption(year, count(year))}
          </option>
        ))}
      </select>
    </div>
  );
}

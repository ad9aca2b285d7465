import { startTransition, useEffect, useId, useMemo, useRef, useState } from 'react';
import { pluralize } from '#src/lib/text.ts';
import {
  useChangesBeforeTakeover,
  type FormControl,
} from '#src/lib/use-changes-before-takeover.ts';
import {
  countPublicationFilters,
  EMPTY_CRITERIA,
  toggleValue,
  type Criteria,
} from '#src/search/criteria.ts';
import type { HistoryMode } from '#src/search/use-criteria.ts';
import {
  FACET_KEYS,
  type FacetKey,
  type FacetOption,
  type PublicationFacets,
} from './filter-publications.ts';
import { countInYears, publicationFacets, type FacetSource } from './publication-facets.ts';

interface PublicationFiltersProps {
  /** What the counts of each option come from. */
  source: FacetSource;
  /** The filters as the URL has them now: what is checked follows a click at once, while the
   * counts (from the last rendered results) may follow a moment later. */
  criteria: Criteria;
  /** A newer answer is on its way: the counts wait for it rather than count the one it replaces. */
  pending: boolean;
  onChange: (next: (current: Criteria) => Criteria, mode: HistoryMode) => void;
}

const FIELDSET = 'min-w-0 border-t border-slate-200 pt-3 dark:border-slate-800';
const LEGEND =
  'mb-1 text-sm font-semibold tracking-wide text-slate-900 uppercase dark:text-slate-100';

function CheckboxGroup({
  legend,
  facet,
  options,
  selected,
  onToggle,
}: {
  legend: string;
  facet: FacetKey;
  options: FacetOption[];
  selected: readonly string[];
  onToggle: (facet: FacetKey, value: string) => void;
}) {
  if (options.length === 0) return null;
  return (
    <fieldset className={FIELDSET}>
      <legend className={LEGEND}>{legend}</legend>
      <ul>
        {options.map((option, i) => {
          // A group's name is shown above its first option.
          const groupHeading =
            option.group && option.group !== options[i - 1]?.group ? option.group : undefined;
          return (
            <li key={option.value} className={option.group ? 'pl-3' : undefined}>
              {groupHeading && (
                <p
                  className="-ml-3 pt-1 text-xs font-medium text-slate-600 dark:text-slate-400"
                  aria-hidden="true"
                >
                  {groupHeading}
                </p>
              )}
              <label
                className={`flex min-h-9 cursor-pointer items-center gap-2 rounded px-1 hover:bg-slate-100 dark:hover:bg-slate-800 ${
                  option.count === 0 && !selected.includes(option.value)
                    ? 'text-slate-500 dark:text-slate-400'
                    : ''
                }`}
              >
                <input
                  type="checkbox"
                  name={facet}
                  value={option.value}
                  className="size-4.5 accent-accent-600"
                  checked={selected.includes(option.value)}
                  onChange={() => onToggle(facet, option.value)}
                />
                <span className="flex-1">
                  {option.group ? <span className="sr-only">{option.group}: </span> : null}
                  {option.label}
                </span>{' '}
                <span
                  aria-hidden="true"
                  className="text-sm tabular-nums text-slate-600 dark:text-slate-400"
                >
                  {option.count}
                </span>
                <span className="sr-only">{`(${pluralize(option.count, 'paper')})`}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** The criteria with the year range from `from` to `to`; an end left open is the oldest or the
 * newest year there is. */
function withYearRange(
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

const isFacetKey = (name: string): name is FacetKey => FACET_KEYS.some((key) => key === name);

/** The criteria with what the visitor set on the prerendered panel before the app took it over. */
export function withPanelChanges(
  criteria: Criteria,
  changed: readonly FormControl[],
  years: PublicationFacets['years'],
): Criteria {
  let next: Criteria = { ...criteria, paper: null };
  for (const control of changed) {
    if (control instanceof HTMLInputElement && isFacetKey(control.name)) {
      const values = next[control.name].filter((value) => value !== control.value);
      next = { ...next, [control.name]: control.checked ? [...values, control.value] : values };
    }
  }
  const from = changed.find((control) => control.name === 'from');
  const to = changed.find((control) => control.name === 'to');
  const oldest = years[years.length - 1]?.year;
  const newest = years[0]?.year;
  if ((from || to) && oldest !== undefined && newest !== undefined) {
    const yearOf = (select: FormControl | undefined, current: number | undefined) =>
      select ? Number(select.value) || undefined : current;
    next = withYearRange(next, yearOf(from, next.year?.from), yearOf(to, next.year?.to), {
      oldest,
      newest,
    });
  }
  return next;
}

function YearRangeSelect({
  years,
  criteria,
  onChange,
}: Omit<PublicationFiltersProps, 'source' | 'pending'> & { years: PublicationFacets['years'] }) {
  const id = useId();
  const newest = years[0]?.year;
  const oldest = years[years.length - 1]?.year;
  if (newest === undefined || oldest === undefined) return null;
  const from = criteria.year?.from;
  const to = criteria.year?.to;
  const setRange = (nextFrom: number | undefined, nextTo: number | undefined) =>
    onChange((c) => withYearRange(c, nextFrom, nextTo, { oldest, newest }), 'push');
  const selectClass =
    'min-h-11 w-full rounded-md border border-slate-300 bg-white px-2 text-base dark:border-slate-600 dark:bg-slate-900';
  return (
    <fieldset className={FIELDSET}>
      <legend className={LEGEND}>Year</legend>
      <div className="grid grid-cols-2 gap-2">
        <div>
          <label htmlFor={`${id}-from`} className="block text-sm">
            From
          </label>
          <select
            id={`${id}-from`}
            name="from"
            className={selectClass}
            value={from ?? ''}
            onChange={(e) => setRange(e.target.value ? Number(e.target.value) : undefined, to)}
          >
            <option value="">Any year</option>
            {[...years].reverse().map(({ year }) => (
              <option key={year} value={year}>
                {year} ({countInYears(years, year, to ?? newest)})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-to`} className="block text-sm">
            To
          </label>
          <select
            id={`${id}-to`}
            name="to"
            className={selectClass}
            value={to ?? ''}
            onChange={(e) => setRange(from, e.target.value ? Number(e.target.value) : undefined)}
          >
            <option value="">Any year</option>
            {years.map(({ year }) => (
              <option key={year} value={year}>
                {year} ({countInYears(years, from ?? oldest, year)})
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}

/** The checkbox filters, in the order the panel shows them. */
const FACET_GROUPS: ReadonlyArray<readonly [FacetKey, string]> = [
  ['topics', 'Topic'],
  ['types', 'Type'],
  ['honors', 'Honor'],
  ['venues', 'Venue'],
];

/** Narrowing the publication list: year range, topic, venue, type and honor, with counts. */
export function PublicationFilters({
  source,
  criteria,
  pending,
  onChange,
}: PublicationFiltersProps) {
  // The counts follow in a render of their own, after the list has shown the new results. (Not
  // useDeferredValue: new results arrive in a transition, and in one it would not defer at all.)
  const [counted, setCounted] = useState(source);
  useEffect(() => {
    if (counted !== source && !pending) startTransition(() => setCounted(source));
  }, [counted, source, pending]);
  const facets = useMemo(
    () => publicationFacets(counted.catalog, counted.matched, counted.criteria),
    [counted],
  );
  const onToggle = (facet: FacetKey, value: string) =>
    onChange((c) => ({ ...c, paper: null, [facet]: toggleValue(c[facet], value) }), 'push');
  const active = countPublicationFilters(criteria);
  // The prerendered panel can be used before the app takes it over: what it shows then counts.
  const panelRef = useRef<HTMLDivElement>(null);
  useChangesBeforeTakeover(panelRef, (changed) =>
    onChange((c) => withPanelChanges(c, changed, facets.years), 'push'),
  );
  return (
    <div ref={panelRef} className="space-y-3">
      <YearRangeSelect years={facets.years} criteria={criteria} onChange={onChange} />
      {FACET_GROUPS.map(([facet, legend]) => (
        <CheckboxGroup
          key={facet}
          legend={legend}
          facet={facet}
          options={facets[facet]}
          selected={criteria[facet]}
          onToggle={onToggle}
        />
      ))}
      <button
        type="button"
        disabled={active === 0}
        onClick={() =>
          onChange(
            (c) => ({ ...EMPTY_CRITERIA, q: c.q, newsYear: c.newsYear, newsKinds: c.newsKinds }),
            'push',
          )
        }
        className="min-h-11 w-full rounded-md border border-slate-300 px-3 font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Clear all filters{active > 0 ? ` (${active})` : ''}
      </button>
    </div>
  );
}

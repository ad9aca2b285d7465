import { startTransition, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button } from '#src/components/ui/button.tsx';
import { useMessages } from '#src/i18n/messages-context.tsx';
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

const FIELDSET = 'min-w-0 border-t border-rule pt-3';
const LEGEND = 'mb-1 text-sm font-semibold tracking-wide text-ink-strong uppercase';
const SELECT = 'min-h-11 w-full rounded-md border border-line bg-field px-2 text-base';

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
  const t = useMessages();
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
                <p className="-ml-3 pt-1 text-xs font-medium text-muted" aria-hidden="true">
                  {groupHeading}
                </p>
              )}
              <label
                className={`flex min-h-9 cursor-pointer items-center gap-2 rounded px-1 hover:bg-hover ${
                  option.count === 0 && !selected.includes(option.value) ? 'text-faint' : ''
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
                <span aria-hidden="true" className="text-sm tabular-nums text-muted">
                  {t.format.number(option.count)}
                </span>
                <span className="sr-only">{t.filters.optionCount(option.count)}</span>
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
  const t = useMessages();
  const id = useId();
  const newest = years[0]?.year;
  const oldest = years[years.length - 1]?.year;
  if (newest === undefined || oldest === undefined) return null;
  const from = criteria.year?.from;
  const to = criteria.year?.to;
  const setRange = (nextFrom: number | undefined, nextTo: number | undefined) =>
    onChange((c) => withYearRange(c, nextFrom, nextTo, { oldest, newest }), 'push');
  return (
    <fieldset className={FIELDSET}>
      <legend className={LEGEND}>{t.filters.year}</legend>
      <div className="grid grid-cols-2 gap-2">
        <div>
          <label htmlFor={`${id}-from`} className="block text-sm">
            {t.filters.from}
          </label>
          <select
            id={`${id}-from`}
            name="from"
            className={SELECT}
            value={from ?? ''}
            onChange={(e) => setRange(e.target.value ? Number(e.target.value) : undefined, to)}
          >
            <option value="">{t.filters.anyYear}</option>
            {[...years].reverse().map(({ year }) => (
              <option key={year} value={year}>
                {t.filters.yearOption(year, countInYears(years, year, to ?? newest))}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-to`} className="block text-sm">
            {t.filters.to}
          </label>
          <select
            id={`${id}-to`}
            name="to"
            className={SELECT}
            value={to ?? ''}
            onChange={(e) => setRange(from, e.target.value ? Number(e.target.value) : undefined)}
          >
            <option value="">{t.filters.anyYear}</option>
            {years.map(({ year }) => (
              <option key={year} value={year}>
                {t.filters.yearOption(year, countInYears(years, from ?? oldest, year))}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}

/** The checkbox filters, in the order the panel shows them, with their legend's key. */
const FACET_GROUPS: ReadonlyArray<readonly [FacetKey, 'topic' | 'type' | 'honor' | 'venue']> = [
  ['topics', 'topic'],
  ['types', 'type'],
  ['honors', 'honor'],
  ['venues', 'venue'],
];

/** Narrowing the publication list: year range, topic, venue, type and honor, with counts. */
export function PublicationFilters({
  source,
  criteria,
  pending,
  onChange,
}: PublicationFiltersProps) {
  const t = useMessages();
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
          legend={t.filters[legend]}
          facet={facet}
          options={facets[facet]}
          selected={criteria[facet]}
          onToggle={onToggle}
        />
      ))}
      <Button
        disabled={active === 0}
        onClick={() =>
          onChange(
            (c) => ({ ...EMPTY_CRITERIA, q: c.q, newsYear: c.newsYear, newsKinds: c.newsKinds }),
            'push',
          )
        }
        className="w-full"
      >
        {t.filters.clearAll(active)}
      </Button>
    </div>
  );
}

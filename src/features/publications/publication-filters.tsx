import { Fragment, startTransition, useEffect, useMemo, useRef, useState } from 'react';
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
import { AuthorFacet } from './author-facet.tsx';
import {
  CheckboxGroup,
  FacetOptionRow,
  FIELDSET,
  LEGEND,
  type CheckboxName,
} from './facet-checkboxes.tsx';
import { FACET_KEYS, type FacetKey, type PublicationFacets } from './filter-publications.ts';
import { publicationFacets, type FacetSource } from './publication-facets.ts';
import { withYearRange, YearFilter } from './year-filter.tsx';

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

const isFacetKey = (name: string): name is FacetKey => FACET_KEYS.some((key) => key === name);
const isListName = (name: string): name is Exclude<CheckboxName, 'featured'> =>
  name === 'authors' || isFacetKey(name);

/** The criteria with what the visitor set on the prerendered panel before the app took it over. */
export function withPanelChanges(
  criteria: Criteria,
  changed: readonly FormControl[],
  years: PublicationFacets['years'],
): Criteria {
  let next: Criteria = { ...criteria, paper: null };
  for (const control of changed) {
    if (!(control instanceof HTMLInputElement) || control.type !== 'checkbox') continue;
    if (control.name === 'featured') next = { ...next, featured: control.checked };
    else if (isListName(control.name)) {
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

/** The checkbox filters, in the order the panel shows them, with their legend's key. */
const FACET_GROUPS: ReadonlyArray<readonly [FacetKey, 'topic' | 'type' | 'honor' | 'venue']> = [
  ['topics', 'topic'],
  ['types', 'type'],
  ['honors', 'honor'],
  ['venues', 'venue'],
];

/** How long typing pauses before the counts follow a query's new matches. */
const COUNT_AFTER_TYPING_MS = 300;

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
    if (counted === source || pending) return undefined;
    const count = () => startTransition(() => setCounted(source));
    // A filter the visitor set is counted at once; new matches of a query being typed once the
    // typing pauses (each count re-renders the whole panel, and the next keystroke would wait).
    if (counted.criteria !== source.criteria) {
      count();
      return undefined;
    }
    const timer = setTimeout(count, COUNT_AFTER_TYPING_MS);
    return () => clearTimeout(timer);
  }, [counted, source, pending]);
  const facets = useMemo(
    () => publicationFacets(counted.catalog, counted.matched, counted.criteria),
    [counted],
  );
  const onToggle = (facet: Exclude<CheckboxName, 'featured'>, value: string) =>
    onChange((c) => ({ ...c, paper: null, [facet]: toggleValue(c[facet], value) }), 'push');
  const active = countPublicationFilters(criteria);
  // The prerendered panel can be used before the app takes it over: what it shows then counts.
  const panelRef = useRef<HTMLDivElement>(null);
  useChangesBeforeTakeover(panelRef, (changed) =>
    onChange((c) => withPanelChanges(c, changed, facets.years), 'push'),
  );
  return (
    <div ref={panelRef} className="space-y-3">
      {facets.featured && (
        <fieldset className={`${FIELDSET} noscript:hidden`}>
          <legend className={LEGEND}>{t.filters.selected}</legend>
          <ul>
            <FacetOptionRow
              name="featured"
              option={{
                value: '1',
                label: t.filters.selectedOnly,
                count: facets.featured.count,
                selected: criteria.featured,
              }}
              checked={criteria.featured}
              onToggle={() =>
                onChange((c) => ({ ...c, paper: null, featured: !c.featured }), 'push')
              }
            />
          </ul>
        </fieldset>
      )}
      <YearFilter years={facets.years} chosen={criteria.year} onChange={onChange} />
      {FACET_GROUPS.map(([facet, legend]) => (
        <Fragment key={facet}>
          <CheckboxGroup
            legend={t.filters[legend]}
            name={facet}
            options={facets[facet]}
            selected={criteria[facet]}
            onToggle={(value) => onToggle(facet, value)}
          />
          {/* Co-authors next to topics: the two ways a reader follows a line of work. */}
          {facet === 'topics' && (
            <AuthorFacet
              facet={facets.authors}
              selected={criteria.authors}
              onToggle={(value) => onToggle('authors', value)}
            />
          )}
        </Fragment>
      ))}
      <Button
        disabled={active === 0}
        onClick={() =>
          onChange(
            (c) => ({ ...EMPTY_CRITERIA, q: c.q, newsYear: c.newsYear, newsKinds: c.newsKinds }),
            'push',
          )
        }
        className="w-full noscript:hidden"
      >
        {t.filters.clearAll(active)}
      </Button>
    </div>
  );
}

import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { useChangesBeforeTakeover } from '#src/lib/use-changes-before-takeover.ts';
import { FacetOptionRow, FIELDSET, LEGEND } from './facet-checkboxes.tsx';
import type { PublicationFacets } from './filter-publications.ts';
import { shownAuthors } from './author-options.ts';

/** How many co-authors the filter lists besides the chosen ones: the most frequent, or the best
 * matches for what was typed (a long list names tens of thousands). */
export const AUTHORS_SHOWN = 10;

/** The name of the box that finds a co-author (on the prerendered panel too). */
const FIND_NAME = 'author-find';

/**
 * The Authors filter: the chosen co-authors (a paper must name all of them), then the most
 * frequent ones in the list as it stands, with how many papers each would leave; typing a name
 * finds any co-author.
 */
export function AuthorFacet({
  facet,
  selected,
  onToggle,
}: {
  facet: PublicationFacets['authors'];
  /** As the URL has them now (the counts may come a moment later). */
  selected: readonly string[];
  onToggle: (value: string) => void;
}) {
  const t = useMessages();
  const id = useId();
  const [typed, setTyped] = useState('');
  // The box answers each key at once; the list follows when there is time.
  const deferredTyped = useDeferredValue(typed);
  const shown = useMemo(
    () => shownAuthors(facet, selected, deferredTyped, AUTHORS_SHOWN),
    [facet, selected, deferredTyped],
  );
  // A name typed on the prerendered panel before the app took it over still counts.
  const root = useRef<HTMLFieldSetElement>(null);
  useChangesBeforeTakeover(root, (changed) => {
    const box = changed.find((control) => control.name === FIND_NAME);
    if (box) setTyped(box.value);
  });
  if (facet.catalog.slugs.length === 0) return null;
  const query = deferredTyped.trim();
  return (
    <fieldset ref={root} className={`${FIELDSET} noscript:hidden`}>
      <legend className={LEGEND}>{t.filters.authors}</legend>
      <label htmlFor={`${id}-find`} className="block text-sm">
        {t.filters.findAuthor}
      </label>
      <input
        id={`${id}-find`}
        name={FIND_NAME}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        aria-describedby={`${id}-found`}
        aria-controls={`${id}-list`}
        className="min-h-11 w-full rounded-md border border-line bg-field px-2 text-base"
      />
      {/* Announces what typing found (the counts that the search box changes are not announced). */}
      <div className="mt-1 text-xs text-muted">
        <p id={`${id}-found`} role="status">
          {query === '' ? '' : t.filters.authorsFound(shown.found, shown.others.length, query)}
        </p>
        {query === '' && <p>{t.filters.authorsTop(shown.others.length, shown.found)}</p>}
      </div>
      <ul id={`${id}-list`}>
        {[...shown.chosen, ...shown.others].map((option) => (
          <FacetOptionRow
            key={option.value}
            name="authors"
            option={option}
            checked={selected.includes(option.value)}
            onToggle={onToggle}
          />
        ))}
      </ul>
    </fieldset>
  );
}

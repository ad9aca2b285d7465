import { useEffect, useState } from 'react';
import { useMessages } from '#src/i18n/messages-context.tsx';

export interface SectionMatchCount {
  /** The section's element id, for the link. */
  id: string;
  label: string;
  /** Matches in that section; undefined while its data loads or when it failed. */
  count: number | undefined;
  /** The section's search could not start (its alert says why): no count, nothing to wait for. */
  unavailable?: boolean;
}

interface SearchSummaryProps {
  id: string;
  query: string;
  counts: readonly SectionMatchCount[];
  onClear: () => void;
}

/** How long typing must pause before the number of results is read out. */
const ANNOUNCE_AFTER_MS = 900;

/**
 * Under the search box: how the search is reached (without a search, for screen readers), or how
 * many matches each section has, as links to them. Its place is kept from the first paint in the
 * results view (`search-summary` in index.css), so that the counts arriving move nothing. The
 * counts are read out politely once typing pauses, not at every keystroke.
 */
export function SearchSummary({ id, query, counts, onClear }: SearchSummaryProps) {
  const t = useMessages();
  const searching = query.trim() !== '';
  const total = counts.reduce((sum, c) => sum + (c.count ?? 0), 0);
  const found = counts.filter((c) => (c.count ?? 0) > 0);
  const settled = counts.every((c) => c.count !== undefined || c.unavailable === true);
  const sentence = !searching
    ? ''
    : total === 0
      ? t.search.nothingMatches(query.trim())
      : t.search.found(found.map((c) => `${c.label} ${t.format.number(c.count ?? 0)}`));
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    if (!settled) return undefined;
    const timer = setTimeout(() => setAnnounced(sentence), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [sentence, settled]);
  return (
    <>
      <p id={id} className="search-summary text-sm">
        {!searching ? (
          t.search.hint
        ) : total === 0 && settled ? (
          <span>
            {sentence}{' '}
            <button
              type="button"
              onClick={onClear}
              className="min-h-6 font-medium text-link underline"
            >
              {t.common.clearSearch}
            </button>
          </span>
        ) : (
          found.map((c, i) => (
            <span key={c.id}>
              {i > 0 && <span aria-hidden="true"> · </span>}
              <a href={`#${c.id}`} className="inline-flex min-h-6 items-center">
                {c.label} {t.format.number(c.count ?? 0)}
              </a>
            </span>
          ))
        )}
      </p>
      <p role="status" className="sr-only">
        {announced}
      </p>
    </>
  );
}

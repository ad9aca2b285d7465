import { useId } from 'react';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { SORT_MODES, type Criteria, type SortMode } from '#src/search/criteria.ts';
import type { navigateToCriteria } from '#src/search/use-criteria.ts';

interface SortControlProps {
  /** The order the address asks for now (relevance only while there is a query). */
  sort: SortMode;
  searching: boolean;
  onNavigate: typeof navigateToCriteria;
}

/** The list's order: the best match first (with a query), newest first or oldest first. */
export function SortControl({ sort, searching, onNavigate }: SortControlProps) {
  const t = useMessages();
  const id = useId();
  const modes = SORT_MODES.filter((mode) => searching || mode !== 'relevance');
  return (
    <div className="flex items-center gap-2 print:hidden noscript:hidden">
      <label htmlFor={id} className="text-sm text-muted">
        {t.sort.label}
      </label>
      <select
        id={id}
        value={sort}
        onChange={(event) => {
          const next = modes.find((mode) => mode === event.target.value);
          if (next) onNavigate((c: Criteria) => ({ ...c, sort: next }), 'push');
        }}
        className="min-h-11 rounded-md border border-line bg-field px-2 text-sm"
      >
        {modes.map((mode) => (
          <option key={mode} value={mode}>
            {t.sort[mode]}
          </option>
        ))}
      </select>
    </div>
  );
}

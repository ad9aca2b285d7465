import { EmptyState } from './empty-state.tsx';

/** The empty state of a section that only the search narrows. */
export function NoMatches({
  what,
  query,
  onClear,
}: {
  what: string;
  query: string;
  onClear: () => void;
}) {
  return (
    <EmptyState
      message={`No ${what} match “${query.trim()}”.`}
      onClear={onClear}
      clearLabel="Clear search"
    />
  );
}

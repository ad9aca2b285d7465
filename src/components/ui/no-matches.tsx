import { useMessages } from '#src/i18n/messages-context.tsx';
import { EmptyState } from './empty-state.tsx';

/** The empty state of a section that only the search narrows; `message` names what and the query. */
export function NoMatches({ message, onClear }: { message: string; onClear: () => void }) {
  const t = useMessages();
  return <EmptyState message={message} onClear={onClear} clearLabel={t.common.clearSearch} />;
}

import { useMessages } from '#src/i18n/messages-context.tsx';
import { Button } from './button.tsx';

interface EmptyStateProps {
  message: string;
  onClear?: () => void;
  /** The clearing button's words (default: clear the search and the filters). */
  clearLabel?: string;
}

export function EmptyState({ message, onClear, clearLabel }: EmptyStateProps) {
  const t = useMessages();
  return (
    <div className="rounded-lg border border-dashed border-line p-6 text-center">
      <p>{message}</p>
      {onClear && (
        <Button variant="primary" onClick={onClear} className="mt-3">
          {clearLabel ?? t.common.clearSearchAndFilters}
        </Button>
      )}
    </div>
  );
}

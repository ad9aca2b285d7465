import { describeLoadFailure } from '#src/components/ui/data-state.tsx';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { useMessages } from '#src/i18n/messages-context.tsx';
import type { SearchTrouble } from './search-answer.ts';

interface SearchTroubleAlertProps {
  trouble: SearchTrouble | undefined;
  /** The collection in plain words, e.g. "The publication list". */
  what: string;
  onRetry: () => void;
}

/** Where a section's results are: its search worker could not load, why, that search is
 * unavailable meanwhile, and a Retry. Nothing while search works. */
export function SearchTroubleAlert({ trouble, what, onRetry }: SearchTroubleAlertProps) {
  const t = useMessages();
  if (!trouble) return null;
  return (
    <div className="mb-4">
      <ErrorState
        title={t.search.couldNotLoad(what)}
        message={`${describeLoadFailure(trouble.failure, t)} ${t.search.unavailable}`}
        onRetry={onRetry}
      />
    </div>
  );
}

import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { SkippedEntry } from '#src/lib/data-entries.ts';
import { ErrorState } from './error-state.tsx';
import { Notice } from './notice.tsx';

interface DataStateProps<T extends { skipped: SkippedEntry[] }> {
  query: UseQueryResult<T>;
  /** The data in plain words, e.g. "The publication list". */
  what: string;
  skeleton: ReactNode;
  children: (data: T) => ReactNode;
}

/** Renders a data file's loading, error and data states, and says when entries were left out. */
export function DataState<T extends { skipped: SkippedEntry[] }>({
  query,
  what,
  skeleton,
  children,
}: DataStateProps<T>) {
  if (query.data !== undefined) {
    const skipped = query.data.skipped.length;
    return (
      <>
        {skipped > 0 && (
          <Notice>
            {skipped === 1 ? '1 entry' : `${skipped} entries`} could not be read and{' '}
            {skipped === 1 ? 'is' : 'are'} not shown.
          </Notice>
        )}
        {children(query.data)}
      </>
    );
  }
  if (query.isError) {
    return (
      <ErrorState
        title={`${what} could not be loaded.`}
        message={query.error instanceof Error ? query.error.message : 'An unknown error occurred.'}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return <>{skeleton}</>;
}

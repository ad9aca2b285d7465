import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Messages } from '#src/i18n/messages/en.ts';
import { useMessages } from '#src/i18n/messages-context.tsx';
import type { SkippedEntry } from '#src/lib/data-entries.ts';
import { DataLoadError, type DataLoadFailure } from '#src/lib/fetch-json.ts';
import { ErrorState } from './error-state.tsx';
import { Notice } from './notice.tsx';

interface DataStateProps<T extends { skipped: SkippedEntry[] }> {
  query: UseQueryResult<T>;
  /** The data in plain words, e.g. "The publication list". */
  what: string;
  skeleton: ReactNode;
  children: (data: T) => ReactNode;
}

/** Why a query failed, in the visitor's language. */
export function describeLoadError(error: unknown, t: Messages): string {
  return describeLoadFailure(error instanceof DataLoadError ? error.failure : null, t);
}

/** Why a data file did not load (null: for no reason known), in the visitor's language. */
export function describeLoadFailure(failure: DataLoadFailure | null, t: Messages): string {
  if (!failure) return t.common.unknownError;
  switch (failure.kind) {
    case 'network':
      return t.dataErrors.network(failure.file);
    case 'http':
      return t.dataErrors.http(failure.file, failure.status);
    case 'not-json':
      return t.dataErrors.notJson(failure.file);
    case 'shape':
      return t.dataErrors.shape(failure.file, failure.where, failure.detail);
  }
}

/** Renders a data file's loading, error and data states, and says when entries were left out. */
export function DataState<T extends { skipped: SkippedEntry[] }>({
  query,
  what,
  skeleton,
  children,
}: DataStateProps<T>) {
  const t = useMessages();
  if (query.data !== undefined) {
    const skipped = query.data.skipped.length;
    return (
      <>
        {skipped > 0 && <Notice>{t.common.entriesSkipped(skipped)}</Notice>}
        {children(query.data)}
      </>
    );
  }
  if (query.isError) {
    return (
      <ErrorState
        title={t.common.couldNotLoad(what)}
        message={describeLoadError(query.error, t)}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return <>{skeleton}</>;
}

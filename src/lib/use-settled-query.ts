import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';

/**
 * The query result, with an identity that changes only when what a section shows from it changes,
 * so that memoised sections skip the renders a keystroke causes elsewhere on the page.
 */
export function useSettledQuery<T>(query: UseQueryResult<T>): UseQueryResult<T> {
  const { status, data, error, fetchStatus } = query;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- identity follows the fields shown
  return useMemo(() => query, [status, data, error, fetchStatus]);
}

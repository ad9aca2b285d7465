import { QueryClient } from '@tanstack/react-query';
import { DataLoadError } from './fetch-json.ts';

const NETWORK_RETRIES = 2;

/** Whether a failed load may heal by trying again: network errors may, 4xx and bad data will not. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof DataLoadError) {
    const { failure } = error;
    const transient =
      failure.kind === 'network' || (failure.kind === 'http' && failure.status >= 500);
    return transient && failureCount < NETWORK_RETRIES;
  }
  return false;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The data is static content: fetched once per visit.
        staleTime: Infinity,
        gcTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // A file that failed is asked for again when the visitor presses Retry, not each time a
        // section showing it mounts: a load nobody asked for would leave Retry waiting on it.
        retryOnMount: false,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 2000),
      },
    },
  });
}

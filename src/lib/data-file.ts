import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod/mini';
import type { SkippedEntry } from './data-entries.ts';
import { loadDataFile } from './load-data.ts';

/** What every data file reads as: its content and the entries it had to leave out. */
export type DataFileContent = { skipped: SkippedEntry[] };

/** A file's schema, loaded on demand: the page's thread never needs it, a worker validates. */
export type SchemaLoader<T extends DataFileContent> = () => Promise<z.ZodMiniType<T, unknown>>;

/** What code that handles every data file alike (loading, seeding, checking) needs of one. */
export interface AnyDataFile {
  /** The file's name in data/ and at ./data/ on the site, e.g. "news.json". */
  name: string;
  queryKey: readonly string[];
  schema: SchemaLoader<DataFileContent>;
  /** Loads the file into the query cache (the page's queries then find it there). */
  prefetch(client: QueryClient): Promise<void>;
  /** Parses contents already read (the prerender's) and puts them where the page's query looks. */
  seed(client: QueryClient, raw: unknown): Promise<void>;
}

/**
 * One data file of the site, declared once: its name in data/, its schema, and how the page loads
 * it. The app, the prerender, the data checker, the workers and the tests all read this.
 */
export interface DataFile<T extends DataFileContent> extends AnyDataFile {
  schema: SchemaLoader<T>;
  queryOptions: () => ReturnType<typeof dataQueryOptions<T>>;
}

function dataQueryOptions<T extends DataFileContent>(name: string, schema: SchemaLoader<T>) {
  // One declaration per file: its name says which schema reads it.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['data', name],
    queryFn: ({ signal }) => loadDataFile(name, schema, signal),
  });
}

export function defineDataFile<T extends DataFileContent>(
  name: string,
  schema: SchemaLoader<T>,
): DataFile<T> {
  const options = () => dataQueryOptions(name, schema);
  return {
    name,
    schema,
    queryKey: options().queryKey,
    queryOptions: options,
    prefetch: (client) => client.prefetchQuery(options()),
    seed: async (client, raw) => {
      client.setQueryData(options().queryKey, (await schema()).parse(raw));
    },
  };
}

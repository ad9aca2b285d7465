import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { DataFileContent } from '#src/lib/data-file.ts';
import { useSettledQuery } from '#src/lib/use-settled-query.ts';
import type { Criteria } from '#src/search/criteria.ts';
import { useMatching } from '#src/search/use-matching.ts';
import type { EntrySource, ListedEntry } from './entry-lists.ts';

const NO_ENTRIES: ListedEntry[] = [];
const toDoc = (entry: ListedEntry) => entry.doc();

/** A section's entries, those the search matches (in the file's order), and the words to mark. */
export function useEntryResults<Data extends DataFileContent>(
  source: EntrySource<Data>,
  criteria: Criteria,
  enabled = true,
) {
  const query = useSettledQuery(useQuery({ ...source.file.queryOptions(), enabled }));
  const { lists } = source;
  const { data } = query;
  const entries = useMemo(
    () => (data ? lists.flatMap((list) => list.entries(data)) : NO_ENTRIES),
    [data, lists],
  );
  const { visible, matchedTerms, pending } = useMatching(entries, toDoc, criteria.q);
  return useMemo(
    () => ({ query, entries, visible, matchedTerms, pending }),
    [query, entries, visible, matchedTerms, pending],
  );
}

export type EntryResults<Data extends DataFileContent> = ReturnType<typeof useEntryResults<Data>>;

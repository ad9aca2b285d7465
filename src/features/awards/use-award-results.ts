import type { Criteria } from '#src/search/criteria.ts';
import { useEntryResults } from '#src/sections/use-entry-results.ts';
import { awardsSource } from './awards-entries.ts';

export const useAwardResults = (criteria: Criteria, enabled = true) =>
  useEntryResults(awardsSource, criteria, enabled);

import type { Criteria } from '#src/search/criteria.ts';
import { useEntryResults } from '#src/sections/use-entry-results.ts';
import { impactSource } from './impact-entries.ts';

export const useImpactResults = (criteria: Criteria, enabled = true) =>
  useEntryResults(impactSource, criteria, enabled);

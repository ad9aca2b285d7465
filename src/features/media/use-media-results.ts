import type { Criteria } from '#src/search/criteria.ts';
import { useEntryResults } from '#src/sections/use-entry-results.ts';
import { mediaSource } from './media-entries.ts';

export const useMediaResults = (criteria: Criteria, enabled = true) =>
  useEntryResults(mediaSource, criteria, enabled);

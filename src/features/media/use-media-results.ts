import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSettledQuery } from '#src/lib/use-settled-query.ts';
import type { Criteria } from '#src/search/criteria.ts';
import { FIELD_WEIGHT, type SearchDoc } from '#src/search/search-doc.ts';
import { useMatching } from '#src/search/use-matching.ts';
import { mediaFile } from './media-query.ts';
import type { MediaGroup } from './media-schema.ts';

function mediaSearchDoc(group: MediaGroup): SearchDoc {
  return {
    id: group.id,
    fields: [
      { text: group.project, weight: FIELD_WEIGHT.name },
      { text: group.venues.join(' · '), weight: FIELD_WEIGHT.facet },
      { text: group.articles.map((a) => a.headline).join(' · '), weight: FIELD_WEIGHT.title },
      { text: group.articles.map((a) => a.outlet).join(' · '), weight: FIELD_WEIGHT.author },
    ],
  };
}

const NO_GROUPS: MediaGroup[] = [];

export function useMediaResults(criteria: Criteria, enabled = true) {
  const query = useSettledQuery(useQuery({ ...mediaFile.queryOptions(), enabled }));
  const groups = query.data?.groups ?? NO_GROUPS;
  const { visible, matchedTerms, pending } = useMatching(groups, mediaSearchDoc, criteria.q);
  return useMemo(
    () => ({ query, groups, visible, matchedTerms, pending }),
    [query, groups, visible, matchedTerms, pending],
  );
}

export type MediaResults = ReturnType<typeof useMediaResults>;

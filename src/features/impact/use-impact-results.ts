import { useQuery } from '@tanstack/react-query';
import { useSettledQuery } from '#src/lib/use-settled-query.ts';
import { useMemo } from 'react';
import type { Criteria } from '#src/search/criteria.ts';
import { FIELD_WEIGHT, type SearchDoc } from '#src/search/search-doc.ts';
import { useMatching } from '#src/search/use-matching.ts';
import { impactFile } from './impact-query.ts';
import type { Adoption, Integration } from './impact-schema.ts';

export type ImpactEntry =
  | { id: string; list: 'adoption'; adoption: Adoption }
  | { id: string; list: 'integration'; integration: Integration };

function impactSearchDoc(entry: ImpactEntry): SearchDoc {
  if (entry.list === 'adoption') {
    const a = entry.adoption;
    return {
      id: entry.id,
      fields: [
        { text: [a.name, a.product].join(' · '), weight: FIELD_WEIGHT.title },
        { text: a.company, weight: FIELD_WEIGHT.name },
        { text: a.detail ?? '', weight: FIELD_WEIGHT.text },
      ],
    };
  }
  const i = entry.integration;
  return {
    id: entry.id,
    fields: [
      { text: i.companies.join(' · '), weight: FIELD_WEIGHT.name },
      { text: i.text, weight: FIELD_WEIGHT.text },
    ],
  };
}

const NO_ENTRIES: ImpactEntry[] = [];

export function useImpactResults(criteria: Criteria, enabled = true) {
  const query = useSettledQuery(useQuery({ ...impactFile.queryOptions(), enabled }));
  const entries = useMemo<ImpactEntry[]>(
    () =>
      query.data
        ? [
            ...query.data.adoptions.map((adoption) => ({
              id: `adoption-${adoption.id}`,
              list: 'adoption' as const,
              adoption,
            })),
            ...query.data.integrations.map((integration) => ({
              id: `integration-${integration.id}`,
              list: 'integration' as const,
              integration,
            })),
          ]
        : NO_ENTRIES,
    [query.data],
  );
  const { visible, matchedTerms, pending } = useMatching(entries, impactSearchDoc, criteria.q);
  return useMemo(
    () => ({ query, entries, visible, matchedTerms, pending }),
    [query, entries, visible, matchedTerms, pending],
  );
}

export type ImpactResults = ReturnType<typeof useImpactResults>;

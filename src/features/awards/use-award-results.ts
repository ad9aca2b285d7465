import { useQuery } from '@tanstack/react-query';
import { useSettledQuery } from '#src/lib/use-settled-query.ts';
import { useMemo } from 'react';
import type { Criteria } from '#src/search/criteria.ts';
import { FIELD_WEIGHT, type SearchDoc } from '#src/search/search-doc.ts';
import { useMatching } from '#src/search/use-matching.ts';
import { awardsFile } from './awards-query.ts';
import type { Competition, Honor, StudentAward } from './awards-schema.ts';

export type AwardEntry =
  | { id: string; list: 'honor'; honor: Honor }
  | { id: string; list: 'competition'; competition: Competition }
  | { id: string; list: 'student'; award: StudentAward };

function awardSearchDoc(entry: AwardEntry): SearchDoc {
  switch (entry.list) {
    case 'honor': {
      const h = entry.honor;
      return {
        id: entry.id,
        fields: [
          { text: h.name, weight: FIELD_WEIGHT.title },
          { text: h.years.join(' '), weight: FIELD_WEIGHT.facet },
          { text: [h.citation ?? '', h.detail ?? ''].join(' · '), weight: FIELD_WEIGHT.text },
        ],
      };
    }
    case 'competition': {
      const c = entry.competition;
      return {
        id: entry.id,
        fields: [
          { text: [c.name, ...c.aliases].join(' · '), weight: FIELD_WEIGHT.title },
          {
            text: [c.result, c.track ?? '', c.event ?? '', c.date.slice(0, 4)].join(' · '),
            weight: FIELD_WEIGHT.facet,
          },
          { text: [c.team ?? '', c.recipients ?? ''].join(' · '), weight: FIELD_WEIGHT.author },
          {
            text: [c.detail ?? '', ...c.highlights.map((h) => `${h.by} ${h.text}`)].join(' · '),
            weight: FIELD_WEIGHT.text,
          },
        ],
      };
    }
    case 'student': {
      const a = entry.award;
      return {
        id: entry.id,
        fields: [
          { text: a.name, weight: FIELD_WEIGHT.title },
          { text: a.recipients, weight: FIELD_WEIGHT.author },
          { text: [a.project ?? '', a.date.slice(0, 4)].join(' · '), weight: FIELD_WEIGHT.text },
        ],
      };
    }
  }
}

const NO_ENTRIES: AwardEntry[] = [];

export function useAwardResults(criteria: Criteria, enabled = true) {
  const query = useSettledQuery(useQuery({ ...awardsFile.queryOptions(), enabled }));
  const entries = useMemo<AwardEntry[]>(() => {
    if (!query.data) return NO_ENTRIES;
    return [
      ...query.data.honors.map((honor) => ({
        id: `honor-${honor.id}`,
        list: 'honor' as const,
        honor,
      })),
      ...query.data.competitions.map((competition) => ({
        id: `competition-${competition.id}`,
        list: 'competition' as const,
        competition,
      })),
      ...query.data.studentAwards.map((award) => ({
        id: `student-${award.id}`,
        list: 'student' as const,
        award,
      })),
    ];
  }, [query.data]);
  const { visible, matchedTerms, pending } = useMatching(entries, awardSearchDoc, criteria.q);
  return useMemo(
    () => ({ query, entries, visible, matchedTerms, pending }),
    [query, entries, visible, matchedTerms, pending],
  );
}

export type AwardResults = ReturnType<typeof useAwardResults>;

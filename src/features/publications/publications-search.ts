import { FIELD_WEIGHT, type SearchDoc } from '#src/search/search-doc.ts';
import type { PaperTypeLabels } from './filter-publications.ts';
import type { Paper, Topic } from './publications-schema.ts';

/** The words a paper's search document uses for its topics and its type. */
export interface PaperLabels {
  topics: ReadonlyMap<string, string>;
  types: PaperTypeLabels;
}

/** What the search looks at in a paper, field by field, with how much each counts. */
export function paperSearchDoc(paper: Paper, labels: PaperLabels): SearchDoc {
  return {
    id: paper.id,
    fields: [
      { text: paper.title, weight: FIELD_WEIGHT.title },
      { text: [paper.shortName ?? '', ...paper.aliases].join(' · '), weight: FIELD_WEIGHT.name },
      { text: (paper.authors ?? []).join(' · '), weight: FIELD_WEIGHT.author },
      {
        text: [
          paper.venue ?? '',
          paper.venueName ?? '',
          String(paper.year),
          labels.types[paper.type],
          ...paper.honors,
          ...paper.topics.map((id) => labels.topics.get(id) ?? ''),
          paper.arxiv ?? '',
        ].join(' · '),
        weight: FIELD_WEIGHT.facet,
      },
      { text: paper.abstract ?? '', weight: FIELD_WEIGHT.text },
    ],
  };
}

export function topicLabelMap(topics: readonly Topic[]): Map<string, string> {
  return new Map(topics.map((t) => [t.id, t.label]));
}

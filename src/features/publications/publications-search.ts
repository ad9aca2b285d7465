import { FIELD_WEIGHT, type SearchDoc } from '#src/search/search-doc.ts';
import type { PaperTypeLabels } from './filter-publications.ts';
import type { Paper, Topic } from './publications-schema.ts';

/** The words a paper's search document uses for its topics and its type. */
export interface PaperLabels {
  topics: ReadonlyMap<string, string>;
  types: PaperTypeLabels;
}

/**
 * What the search looks at in a paper, field by field, with how much each counts. The short name,
 * each alias and each author are fields of their own: a query can then be a whole name ("once for
 * all") and a phrase never runs from one author's name into the next.
 */
export function paperSearchDoc(paper: Paper, labels: PaperLabels): SearchDoc {
  const names = paper.shortName === undefined ? paper.aliases : [paper.shortName, ...paper.aliases];
  return {
    id: paper.id,
    fields: [
      { text: paper.title, weight: FIELD_WEIGHT.title },
      ...names.map((name) => ({ text: name, weight: FIELD_WEIGHT.name })),
      ...(paper.authors ?? []).map((author) => ({ text: author, weight: FIELD_WEIGHT.author })),
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

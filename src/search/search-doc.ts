/** What the search engine indexes: a document as weighted fields of text. */

/** How much a match in each kind of field counts: title above names above authors above the rest. */
export const FIELD_WEIGHT = {
  title: 1,
  name: 0.95,
  author: 0.7,
  facet: 0.5,
  text: 0.35,
} as const;

export interface SearchField {
  text: string;
  weight: number;
}

export interface SearchDoc {
  id: string;
  fields: readonly SearchField[];
}

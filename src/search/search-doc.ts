/** What the search engine indexes: a document as weighted fields of text. */

/**
 * How much a match in each kind of field counts (times how good the match is: see
 * engine/candidates.ts). Titles and names decide which paper is meant; the rest narrows.
 */
export const FIELD_WEIGHT = {
  /** The title says what the paper is: "temporal shift" should find TSM by its title. */
  title: 1,
  /** Short names and aliases are titles too ("OFA", "Once for All"), but a word in one is often
   * an abbreviation also met elsewhere: a shade below the title, so "pruning" in a title and in
   * a name rank the title first. At this weight or above a field counts as a name (ranking.ts). */
  name: 0.95,
  /** Who wrote it: "han" finds Song Han's papers, below papers with "Han" in their title. */
  author: 0.7,
  /** Venue, year, type, honors and topics: "neurips", "2019", "tinyml" narrow the list, but a
   * title with the word is the better match. */
  facet: 0.5,
  /** Long text (abstracts, news): a word there says least about what the item is; also the
   * weight at or below which a field is indexed as long text (its words, not its phrases). */
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

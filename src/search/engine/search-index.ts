import type { PhraseTable } from './phrases.ts';
import type { PostingsByWord } from './postings.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * What building makes and querying reads. Read-only once built (frozen): what a query learns on
 * the way (typo matchers, expanded words) is kept beside it, in candidates.ts.
 */
export interface SearchIndex {
  /** How many documents it holds; a document is known by its place, 0 to size - 1. */
  readonly size: number;
  readonly ids: readonly string[];
  readonly vocabulary: Vocabulary;
  /** Where each word occurs in titles, names, authors and facets ("short fields"). */
  readonly strong: PostingsByWord;
  /** Where each word occurs in long text (abstracts, news text). */
  readonly weak: PostingsByWord;
  readonly phrases: PhraseTable;
}

export interface SearchHit {
  id: string;
  /** The document's place in the list the index was built from. */
  doc: number;
  /** Higher ranks first; comparable only within one answer (see ranking.ts). */
  score: number;
}

export interface SearchOutcome {
  /** Matching documents, best first; every document in natural order when the query is empty. */
  hits: SearchHit[];
  /** The indexed words that the query matched, for highlighting. */
  matchedTerms: ReadonlySet<string>;
}

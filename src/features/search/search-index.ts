import Fuse, { type IFuseOptions } from 'fuse.js';
import { queryTerms, tokenize } from './tokenize.ts';

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

export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchOutcome {
  /** Matching documents, best first; every document in natural order when the query is empty. */
  hits: SearchHit[];
  /** The indexed words that the query matched, for highlighting. */
  matchedTerms: ReadonlySet<string>;
}

/** A word of the corpus that a typed word may stand for, and how good that match is (0..1]. */
interface Candidate {
  term: string;
  quality: number;
}

export interface SearchIndex {
  readonly ids: readonly string[];
  /** Sorted distinct words of the corpus. */
  readonly vocabulary: readonly string[];
  /** word -> document index -> best field weight of that word in the document */
  readonly postings: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** Fuzzy matchers over the vocabulary, one per word length, so a typo is compared only with words
   * of about its length. */
  readonly fuzzyByLength: ReadonlyMap<number, Fuse<string>>;
  readonly candidateCache: Map<string, Candidate[]>;
}

const EXACT = 1;
const PREFIX = 0.85;
const INFIX = 0.6;
const FUZZY = 0.55;
const MIN_INFIX_LENGTH = 3;
const MIN_FUZZY_LENGTH = 4;
const CACHE_LIMIT = 2000;

// Threshold chosen by the tests in search-index.test.ts: one typo in five letters, two in ten.
const FUZZY_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
};

/** Typos allowed for a typed word of this length. */
function allowedEdits(length: number): number {
  if (length < MIN_FUZZY_LENGTH) return 0;
  if (length <= 6) return 1;
  return 2;
}

export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const postings = new Map<string, Map<number, number>>();
  docs.forEach((doc, docIndex) => {
    for (const field of doc.fields) {
      for (const token of tokenize(field.text)) {
        let byDoc = postings.get(token);
        if (!byDoc) {
          byDoc = new Map();
          postings.set(token, byDoc);
        }
        const previous = byDoc.get(docIndex) ?? 0;
        if (field.weight > previous) byDoc.set(docIndex, field.weight);
      }
    }
  });
  const vocabulary = [...postings.keys()].sort();
  const byLength = new Map<number, string[]>();
  for (const term of vocabulary) {
    const bucket = byLength.get(term.length);
    if (bucket) bucket.push(term);
    else byLength.set(term.length, [term]);
  }
  const fuzzyByLength = new Map<number, Fuse<string>>();
  for (const [length, terms] of byLength) {
    if (length >= MIN_FUZZY_LENGTH - 1) fuzzyByLength.set(length, new Fuse(terms, FUZZY_OPTIONS));
  }
  return {
    ids: docs.map((doc) => doc.id),
    vocabulary,
    postings,
    fuzzyByLength,
    candidateCache: new Map(),
  };
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The corpus words a typed word may mean: itself, words it begins, words containing it, typos. */
function expandTerm(index: SearchIndex, typed: string): Candidate[] {
  const cached = index.candidateCache.get(typed);
  if (cached) return cached;
  const best = new Map<string, number>();
  const offer = (term: string, quality: number) => {
    if ((best.get(term) ?? 0) < quality) best.set(term, quality);
  };
  if (index.postings.has(typed)) offer(typed, EXACT);
  const vocabulary = index.vocabulary;
  for (let i = lowerBound(vocabulary, typed); i < vocabulary.length; i++) {
    const term = vocabulary[i] as string;
    if (!term.startsWith(typed)) break;
    // A shorter completion is more likely what is being typed.
    offer(term, PREFIX - 0.1 * (1 - typed.length / term.length));
  }
  if (typed.length >= MIN_INFIX_LENGTH) {
    for (const term of vocabulary) {
      if (term.length > typed.length && term.includes(typed)) offer(term, INFIX);
    }
  }
  // A word that is in the corpus as typed is not a typo: looking for near words would only add noise.
  const edits = best.has(typed) ? 0 : allowedEdits(typed.length);
  for (let length = typed.length - edits; edits > 0 && length <= typed.length + edits; length++) {
    const fuse = index.fuzzyByLength.get(length);
    if (!fuse) continue;
    for (const result of fuse.search(typed)) {
      offer(result.item, FUZZY * (1 - (result.score ?? 0)));
    }
  }
  const candidates = [...best].map(([term, quality]) => ({ term, quality }));
  if (index.candidateCache.size >= CACHE_LIMIT) index.candidateCache.clear();
  index.candidateCache.set(typed, candidates);
  return candidates;
}

/** Every word of the query must match (in any order, in any field); better and heavier matches rank higher. */
export function searchIndex(index: SearchIndex, query: string): SearchOutcome {
  const terms = queryTerms(query);
  if (terms.length === 0) {
    return { hits: index.ids.map((id) => ({ id, score: 0 })), matchedTerms: new Set() };
  }
  const matchedTerms = new Set<string>();
  let totals: Map<number, number> | undefined;
  for (const typed of terms) {
    const scores = new Map<number, number>();
    for (const { term, quality } of expandTerm(index, typed)) {
      const byDoc = index.postings.get(term);
      if (!byDoc) continue;
      let used = false;
      for (const [doc, weight] of byDoc) {
        if (totals && !totals.has(doc)) continue;
        used = true;
        const score = quality * weight;
        if ((scores.get(doc) ?? 0) < score) scores.set(doc, score);
      }
      if (used) matchedTerms.add(term);
    }
    if (totals) {
      const previous: Map<number, number> = totals;
      for (const [doc, score] of scores) scores.set(doc, score + (previous.get(doc) ?? 0));
    }
    totals = scores;
    if (totals.size === 0) break;
  }
  const ranked = [...(totals ?? new Map<number, number>())].sort(
    ([docA, scoreA], [docB, scoreB]) => scoreB - scoreA || docA - docB,
  );
  return {
    hits: ranked.map(([doc, score]) => ({ id: index.ids[doc] as string, score })),
    matchedTerms: totals && totals.size > 0 ? matchedTerms : new Set(),
  };
}

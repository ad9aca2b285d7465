import Fuse, { type IFuseOptions } from 'fuse.js';
import { FIELD_WEIGHT, type SearchDoc } from './search-doc.ts';
import { queryTerms, tokenize } from './tokenize.ts';

export { FIELD_WEIGHT, type SearchDoc } from './search-doc.ts';

export interface SearchHit {
  id: string;
  /** The document's place in the list the index was built from. */
  doc: number;
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
  /** Only matches in titles, names, authors and facets count (a short prefix in long text is noise). */
  strongOnly: boolean;
}

/** The documents a word occurs in, ascending, with the weight of its best field in each. */
interface Postings {
  docs: Uint32Array;
  weights: Float32Array;
}

export interface SearchIndex {
  readonly size: number;
  readonly ids: readonly string[];
  /** Sorted distinct words of the corpus. */
  readonly vocabulary: readonly string[];
  /** Occurrences in titles, names, authors and facets, and (separately) in long text. */
  readonly strong: ReadonlyMap<string, Postings>;
  readonly weak: ReadonlyMap<string, Postings>;
  /** The vocabulary by word length, so a typo is compared only with words of about its length. */
  readonly wordsByLength: ReadonlyMap<number, readonly string[]>;
  /** Fuzzy matchers over those words, made on the first typo of each length. */
  readonly fuzzyByLength: Map<number, Fuse<string>>;
  readonly candidateCache: Map<string, Candidate[]>;
  /** The words of every document's titles, names, authors and facets in order, as word ids (see
   * `terms`), with NO_WORD between fields; document d's run starts at phraseStart[d]. They
   * recognise a multi-word query typed as a phrase ("song han" as an author's name). */
  readonly phraseWords: Int32Array;
  readonly phraseStart: Int32Array;
  /** Word ids: terms[id] is the word, termIds the other way. */
  readonly terms: readonly string[];
  readonly termIds: ReadonlyMap<string, number>;
}

const NO_WORD = -1;

const EXACT = 1;
const PREFIX = 0.85;
const INFIX = 0.6;
const FUZZY = 0.55;
const MIN_INFIX_LENGTH = 3;
const MIN_FUZZY_LENGTH = 4;
/** Typed words shorter than this match long text only when they are a whole word there. */
const MIN_TEXT_PREFIX_LENGTH = 3;
const CACHE_LIMIT = 2000;
const PHRASE_BONUS = 1;

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

/**
 * Growing postings for every word id at once. Occurrences go to one flat log of typed arrays (no
 * array per word, no garbage per word), each word's entries in ascending document order;
 * `finish` gathers each word's entries into views of two shared arrays.
 */
class PostingsBuilder {
  private termOf = new Int32Array(1 << 10);
  private docOf = new Uint32Array(1 << 10);
  private weightOf = new Float32Array(1 << 10);
  private length = 0;
  /** Per word id: the last document it was added for, and where that entry is in the log. */
  private lastDoc = new Int32Array(1 << 8).fill(-1);
  private lastEntry = new Int32Array(1 << 8);
  private counts = new Int32Array(1 << 8);

  add(id: number, doc: number, weight: number) {
    if (id >= this.lastDoc.length) this.growWords(id);
    if (this.lastDoc[id] === doc) {
      const entry = this.lastEntry[id] as number;
      if (weight > (this.weightOf[entry] as number)) this.weightOf[entry] = weight;
      return;
    }
    if (this.length === this.termOf.length) this.growLog();
    const entry = this.length++;
    this.termOf[entry] = id;
    this.docOf[entry] = doc;
    this.weightOf[entry] = weight;
    this.lastDoc[id] = doc;
    this.lastEntry[id] = entry;
    this.counts[id] = (this.counts[id] as number) + 1;
  }

  private growWords(id: number) {
    let size = this.lastDoc.length;
    while (size <= id) size *= 2;
    const lastDoc = new Int32Array(size).fill(-1);
    lastDoc.set(this.lastDoc);
    this.lastDoc = lastDoc;
    this.lastEntry = grown(this.lastEntry, size);
    this.counts = grown(this.counts, size);
  }

  private growLog() {
    const size = this.termOf.length * 2;
    this.termOf = grown(this.termOf, size);
    this.docOf = grown(this.docOf, size);
    this.weightOf = grown(this.weightOf, size);
  }

  finish(terms: readonly string[]): Map<string, Postings> {
    // Counting sort by word id; entries of one word keep their (ascending) document order.
    const next = new Int32Array(terms.length);
    let offset = 0;
    for (let id = 0; id < terms.length; id++) {
      next[id] = offset;
      offset += id < this.counts.length ? (this.counts[id] as number) : 0;
    }
    const docs = new Uint32Array(this.length);
    const weights = new Float32Array(this.length);
    for (let entry = 0; entry < this.length; entry++) {
      const id = this.termOf[entry] as number;
      const at = next[id] as number;
      next[id] = at + 1;
      docs[at] = this.docOf[entry] as number;
      weights[at] = this.weightOf[entry] as number;
    }
    const map = new Map<string, Postings>();
    let start = 0;
    for (let id = 0; id < terms.length; id++) {
      const end = next[id] as number;
      if (end > start)
        map.set(terms[id] as string, {
          docs: docs.subarray(start, end),
          weights: weights.subarray(start, end),
        });
      start = end;
    }
    return map;
  }
}

function grown<T extends Int32Array | Uint32Array | Float32Array>(array: T, size: number): T {
  const copy = new (array.constructor as new (size: number) => T)(size);
  copy.set(array);
  return copy;
}

const STRICT_SPLIT = /[^\p{L}\p{N}\p{M}]+/u;

/**
 * The distinct words of long text, each with its token ids, found by scanning the text itself: a
 * word already seen is recognised by a hash computed during the scan and a comparison in place,
 * with no substring, no array of words and no Map lookup per occurrence (abstracts repeat their
 * words: 1.6 million words, 6,000 of them distinct, at 10,000 papers).
 */
class LooseWordTable {
  /** Open addressing: entry index + 1 per slot, 0 where empty. */
  private slots = new Int32Array(1 << 12);
  private hashes = new Int32Array(1 << 10);
  private words: string[] = [];
  private tokenIds: number[][] = [];

  constructor(private readonly idsOf: (word: string) => number[]) {}

  /**
   * Adds to `postings` every token of every word of a lower-cased text. The split is loose and
   * cheap: a-z, 0-9 and every character beyond ASCII count as part of a word, and idsOf()
   * (tokenize()) then splits such a word properly, once per distinct word.
   */
  addText(text: string, postings: PostingsBuilder, docIndex: number, weight: number) {
    let start = -1;
    let hash = 0;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 0;
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code >= 0x80) {
        if (start < 0) {
          start = i;
          hash = 0;
        }
        hash = (Math.imul(hash, 31) + code) | 0;
      } else if (start >= 0) {
        for (const id of this.idsAt(text, start, i, hash)) postings.add(id, docIndex, weight);
        start = -1;
      }
    }
  }

  private idsAt(text: string, start: number, end: number, hash: number): number[] {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = (this.slots[slot] as number) - 1;
      if (entry < 0) break;
      if (this.hashes[entry] === hash && this.sameWord(entry, text, start, end))
        return this.tokenIds[entry] as number[];
      slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end);
    const ids = this.idsOf(word);
    const entry = this.words.length;
    this.words.push(word);
    this.tokenIds.push(ids);
    if (entry === this.hashes.length) this.hashes = grown(this.hashes, entry * 2);
    this.hashes[entry] = hash;
    this.slots[slot] = entry + 1;
    // At most half full, so that probes stay short.
    if (this.words.length * 2 > this.slots.length) this.rehash();
    return ids;
  }

  private sameWord(entry: number, text: string, start: number, end: number): boolean {
    const word = this.words[entry] as string;
    if (word.length !== end - start) return false;
    for (let k = 0; k < word.length; k++)
      if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
    return true;
  }

  private rehash() {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.words.length; entry++) {
      let slot = (this.hashes[entry] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }
}

/**
 * Builds an index a piece at a time, so that a worker can answer searches between pieces:
 * `addNames` every document in order (titles, names, authors, facets), then, optionally,
 * `addText` their long text in the same order; `finish` may be called after either pass, and
 * the long-text pass reuses the first instead of indexing names again.
 */
export function createIndexBuilder() {
  // Tokens are numbered; each distinct word is tokenized once, since a corpus repeats its words.
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const tokenIdsOfWord = new Map<string, number[]>();
  const strong = new PostingsBuilder();
  const weak = new PostingsBuilder();
  const ids: string[] = [];
  const phraseWords = new GrowingInts();
  const phraseStart = new GrowingInts();
  const idsOf = (word: string): number[] => {
    let wordIds = tokenIdsOfWord.get(word);
    if (wordIds) return wordIds;
    wordIds = tokenize(word).map((token) => {
      let id = termIds.get(token);
      if (id === undefined) {
        id = terms.length;
        termIds.set(token, id);
        terms.push(token);
      }
      return id;
    });
    tokenIdsOfWord.set(word, wordIds);
    return wordIds;
  };
  const looseWords = new LooseWordTable(idsOf);
  const addNames = (doc: SearchDoc) => {
    const docIndex = ids.length;
    ids.push(doc.id);
    phraseStart.push(phraseWords.length);
    for (const field of doc.fields) {
      if (field.weight <= FIELD_WEIGHT.text) continue;
      // Names keep their case so that "ProxylessNAS" also indexes "proxyless" and "nas".
      for (const word of field.text.split(STRICT_SPLIT)) {
        if (word === '') continue;
        const wordIds = idsOf(word);
        for (const id of wordIds) strong.add(id, docIndex, field.weight);
        // The first token of a word is the whole word, folded.
        if (wordIds.length > 0) phraseWords.push(wordIds[0] as number);
      }
      phraseWords.push(NO_WORD);
    }
  };
  const addText = (docIndex: number, doc: SearchDoc) => {
    for (const field of doc.fields) {
      if (field.weight > FIELD_WEIGHT.text) continue;
      looseWords.addText(field.text.toLowerCase(), weak, docIndex, field.weight);
    }
  };
  return {
    addNames,
    addText,
    add(doc: SearchDoc) {
      addNames(doc);
      addText(ids.length - 1, doc);
    },
    finish(): SearchIndex {
      const vocabulary = [...terms].sort();
      const wordsByLength = new Map<number, string[]>();
      for (const term of vocabulary) {
        const bucket = wordsByLength.get(term.length);
        if (bucket) bucket.push(term);
        else wordsByLength.set(term.length, [term]);
      }
      return {
        size: ids.length,
        ids: [...ids],
        vocabulary,
        strong: strong.finish(terms),
        weak: weak.finish(terms),
        wordsByLength,
        fuzzyByLength: new Map(),
        candidateCache: new Map(),
        phraseWords: phraseWords.toArray(),
        phraseStart: Int32Array.from([...phraseStart.toArray(), phraseWords.length]),
        terms: [...terms],
        termIds: new Map(termIds),
      };
    },
  };
}

/** An append-only list of integers in a typed array (no boxed numbers, little garbage). */
class GrowingInts {
  private values = new Int32Array(1 << 8);
  length = 0;
  push(value: number) {
    if (this.length === this.values.length) this.values = grown(this.values, this.length * 2);
    this.values[this.length++] = value;
  }
  toArray(): Int32Array {
    return this.values.slice(0, this.length);
  }
}

export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const builder = createIndexBuilder();
  for (const doc of docs) builder.add(doc);
  return builder.finish();
}

/** Longest stretch of index building on the page's thread before it is handed back. */
const SLICE_MS = 4;

/**
 * Builds the index of a collection on the page's thread a few milliseconds at a time, handing the
 * thread back in between: the visitor's first keystroke may arrive while it builds.
 */
export async function buildSearchIndexInSlices<T>(
  items: readonly T[],
  toDoc: (item: T) => SearchDoc,
): Promise<SearchIndex> {
  const builder = createIndexBuilder();
  // The first slice waits its turn too: collections that start together build in tasks of their own.
  let deadline = 0;
  for (const item of items) {
    if (performance.now() > deadline) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      deadline = performance.now() + SLICE_MS;
    }
    builder.add(toDoc(item));
  }
  return builder.finish();
}

/** Whether the document's names contain the query's words side by side, in the order typed (the
 * last one perhaps still being typed, so a prefix). */
function hasPhrase(
  index: SearchIndex,
  doc: number,
  exact: readonly number[],
  last: string,
): boolean {
  const words = index.phraseWords;
  const end = index.phraseStart[doc + 1] as number;
  const span = exact.length;
  for (let at = index.phraseStart[doc] as number; at + span < end; at++) {
    let k = 0;
    while (k < span && words[at + k] === exact[k]) k++;
    if (k < span) continue;
    const next = words[at + span] as number;
    if (next !== NO_WORD && (index.terms[next] as string).startsWith(last)) return true;
  }
  return false;
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

function fuzzyMatcher(index: SearchIndex, length: number): Fuse<string> | undefined {
  let fuse = index.fuzzyByLength.get(length);
  const words = index.wordsByLength.get(length);
  if (!fuse && words && length >= MIN_FUZZY_LENGTH - 1) {
    fuse = new Fuse(words, FUZZY_OPTIONS);
    index.fuzzyByLength.set(length, fuse);
  }
  return fuse;
}

/** The corpus words a typed word may mean: itself, words it begins, words containing it, typos. */
function expandTerm(index: SearchIndex, typed: string): Candidate[] {
  const cached = index.candidateCache.get(typed);
  if (cached) return cached;
  const best = new Map<string, Candidate>();
  const offer = (term: string, quality: number, strongOnly: boolean) => {
    const previous = best.get(term);
    if (!previous || previous.quality < quality) best.set(term, { term, quality, strongOnly });
  };
  const isWord = index.strong.has(typed) || index.weak.has(typed);
  if (isWord) offer(typed, EXACT, false);
  const shortPrefix = typed.length < MIN_TEXT_PREFIX_LENGTH;
  const vocabulary = index.vocabulary;
  for (let i = lowerBound(vocabulary, typed); i < vocabulary.length; i++) {
    const term = vocabulary[i] as string;
    if (!term.startsWith(typed)) break;
    // A shorter completion is more likely what is being typed.
    if (term !== typed) offer(term, PREFIX - 0.1 * (1 - typed.length / term.length), shortPrefix);
  }
  if (typed.length >= MIN_INFIX_LENGTH) {
    for (const term of vocabulary) {
      if (term.length > typed.length && !term.startsWith(typed) && term.includes(typed))
        offer(term, INFIX, false);
    }
  }
  // A word that is in the corpus as typed is not a typo: looking for near words would only add noise.
  const edits = isWord ? 0 : allowedEdits(typed.length);
  for (let length = typed.length - edits; edits > 0 && length <= typed.length + edits; length++) {
    const fuse = fuzzyMatcher(index, length);
    if (!fuse) continue;
    for (const result of fuse.search(typed)) {
      offer(result.item, FUZZY * (1 - (result.score ?? 0)), false);
    }
  }
  const candidates = [...best.values()];
  if (index.candidateCache.size >= CACHE_LIMIT) index.candidateCache.clear();
  index.candidateCache.set(typed, candidates);
  return candidates;
}

/** Every word of the query must match (in any order, in any field); better and heavier matches rank higher. */
export function searchIndex(index: SearchIndex, query: string): SearchOutcome {
  const terms = queryTerms(query);
  if (terms.length === 0) {
    return { hits: index.ids.map((id, doc) => ({ id, doc, score: 0 })), matchedTerms: new Set() };
  }
  const n = index.size;
  // total[doc] > 0 while the document has matched every word so far.
  const total = new Float32Array(n);
  const matchedTerms = new Set<string>();
  let first = true;
  for (const typed of terms) {
    const scores = new Float32Array(n);
    let any = false;
    for (const { term, quality, strongOnly } of expandTerm(index, typed)) {
      const lists = strongOnly
        ? [index.strong.get(term)]
        : [index.strong.get(term), index.weak.get(term)];
      for (const postings of lists) {
        if (!postings) continue;
        const { docs, weights } = postings;
        let used = false;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i] as number;
          if (!first && total[doc] === 0) continue;
          const score = quality * (weights[i] as number);
          if (score > (scores[doc] as number)) scores[doc] = score;
          used = true;
        }
        if (used) {
          matchedTerms.add(term);
          any = true;
        }
      }
    }
    if (!any) return { hits: [], matchedTerms: new Set() };
    for (let doc = 0; doc < n; doc++) {
      const score = scores[doc] as number;
      total[doc] =
        score > 0 && (first || (total[doc] as number) > 0) ? (total[doc] as number) + score : 0;
    }
    first = false;
  }
  const matched: number[] = [];
  for (let doc = 0; doc < n; doc++) if ((total[doc] as number) > 0) matched.push(doc);
  const exact = terms.slice(0, -1).map((term) => index.termIds.get(term) ?? NO_WORD);
  if (terms.length > 1 && !exact.includes(NO_WORD)) {
    const last = terms[terms.length - 1] as string;
    for (const doc of matched) {
      if (hasPhrase(index, doc, exact, last)) total[doc] = (total[doc] as number) + PHRASE_BONUS;
    }
  }
  matched.sort((a, b) => (total[b] as number) - (total[a] as number) || a - b);
  return {
    hits: matched.map((doc) => ({
      id: index.ids[doc] as string,
      doc,
      score: total[doc] as number,
    })),
    matchedTerms: matched.length > 0 ? matchedTerms : new Set(),
  };
}

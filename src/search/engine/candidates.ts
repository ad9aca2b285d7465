import Fuse, { type IFuseOptions } from 'fuse.js';
import type { SearchIndex } from './search-index.ts';
import { wordsStartingWith } from './vocabulary.ts';

/** How a word of the corpus may stand for a typed word. */
export type CandidateKind = 'exact' | 'prefix' | 'infix' | 'typo';

/** A word of the corpus that a typed word may stand for, and how good that match is (0..1]. */
export interface Candidate {
  term: string;
  kind: CandidateKind;
  quality: number;
  /** Only matches in short fields count (a short prefix in long text is noise). */
  strongOnly: boolean;
}

// Match qualities: a word's score in a field is its quality times the field's weight
// (search-doc.ts). Each is below the one before, so the surer reading of a word ranks first.

/** The word itself: "pruning" finds "pruning". */
const EXACT = 1;
/** A word still being typed: "quant" finds "quantization"; likely, but not yet certain. */
const PREFIX = 0.85;
/** Taken off a prefix match in proportion to the letters still missing: "tran" ranks "transfer"
 * (8 letters) a little above "transformers" (12), as the shorter is nearer to done. */
const PREFIX_UNTYPED_PENALTY = 0.1;
/** A piece inside a longer word: "former" finds "transformer"; a guess at what is meant. */
const INFIX = 0.6;
/** A typo, times how close fuse.js finds it: "quantizaton" finds "quantization"; the least sure,
 * so that a word typed correctly anywhere ranks above it. */
const TYPO = 0.55;

/** Shorter pieces occur inside too many words: "ne" would find every "network". */
const MIN_INFIX_LENGTH = 3;
/** Shorter words have too many neighbours one letter away: "gan" is not a typo of "can". */
const MIN_TYPO_LENGTH = 4;
/** Shorter typed words match long text only as whole words: "qu" finds titles with "quantum",
 * not every abstract with "quite". */
const MIN_TEXT_PREFIX_LENGTH = 3;
/** Typed words whose candidates are kept: far more than a visit types, and a bound on memory. */
const CACHE_LIMIT = 2000;

// Threshold chosen by the tests in candidates.test.ts: one typo in five letters, two in ten
// ("quantizaton" finds "quantization"; "song" is not taken for "long").
const TYPO_OPTIONS: IFuseOptions<string> = {
  // How close the word is scales the typo's quality: "quantizaton" is nearer than "quntizaton".
  includeScore: true,
  // The slip may be anywhere in the word: "qantization" as well as "quantizatin".
  ignoreLocation: true,
  threshold: 0.3,
  // One letter in common is no match at all.
  minMatchCharLength: 2,
};

/** Letters that may be wrong in a typed word of this length: "prunng" (6) one, "quantizaton" two. */
function allowedEdits(length: number): number {
  if (length < MIN_TYPO_LENGTH) return 0;
  if (length <= 6) return 1;
  return 2;
}

/** What queries learn about an index on the way, kept beside it (the index stays read-only). */
interface QueryCaches {
  /** Typo matchers over the words of one length, made on the first typo of that length. */
  typosByLength: Map<number, Fuse<string>>;
  candidates: Map<string, Candidate[]>;
}
const cachesOf = new WeakMap<SearchIndex, QueryCaches>();

function cachesFor(index: SearchIndex): QueryCaches {
  let caches = cachesOf.get(index);
  if (!caches) {
    caches = { typosByLength: new Map(), candidates: new Map() };
    cachesOf.set(index, caches);
  }
  return caches;
}

/** Forgets the typed words expanded so far, keeping the typo matchers (for benchmarks that time
 * each keystroke's expansion, as a visitor's first keystrokes have it). */
export function forgetCandidates(index: SearchIndex): void {
  cachesOf.get(index)?.candidates.clear();
}

function typoMatcher(index: SearchIndex, length: number): Fuse<string> | undefined {
  const { typosByLength } = cachesFor(index);
  let fuse = typosByLength.get(length);
  const words = index.vocabulary.byLength.get(length);
  // A typo may drop a letter: words one shorter than the shortest typo'd word count too.
  if (!fuse && words && length >= MIN_TYPO_LENGTH - 1) {
    fuse = new Fuse(words, TYPO_OPTIONS);
    typosByLength.set(length, fuse);
  }
  return fuse;
}

/** The corpus words a typed word may mean: itself, words it begins, words containing it, typos. */
export function candidatesFor(index: SearchIndex, typed: string): readonly Candidate[] {
  const { candidates: cache } = cachesFor(index);
  const cached = cache.get(typed);
  if (cached) return cached;
  const best = new Map<string, Candidate>();
  const offer = (term: string, kind: CandidateKind, quality: number, strongOnly = false) => {
    const previous = best.get(term);
    if (!previous || previous.quality < quality)
      best.set(term, { term, kind, quality, strongOnly });
  };
  const isWord = index.strong.has(typed) || index.weak.has(typed);
  if (isWord) offer(typed, 'exact', EXACT);
  const shortPrefix = typed.length < MIN_TEXT_PREFIX_LENGTH;
  let beginsAWord = false;
  for (const term of wordsStartingWith(index.vocabulary, typed)) {
    if (term === typed) continue;
    beginsAWord = true;
    const untyped = 1 - typed.length / term.length;
    offer(term, 'prefix', PREFIX - PREFIX_UNTYPED_PENALTY * untyped, shortPrefix);
  }
  if (typed.length >= MIN_INFIX_LENGTH) {
    for (const term of index.vocabulary.sorted) {
      if (term.length > typed.length && !term.startsWith(typed) && term.includes(typed))
        offer(term, 'infix', INFIX);
    }
  }
  // A word that is in the corpus as typed is not a typo: looking for near words would only add
  // noise. Nor is the start of one: a word still being typed ("quantizati") would otherwise run a
  // typo search on every keystroke, the costliest step of all.
  const edits = isWord || beginsAWord ? 0 : allowedEdits(typed.length);
  for (let length = typed.length - edits; edits > 0 && length <= typed.length + edits; length++) {
    const fuse = typoMatcher(index, length);
    if (!fuse) continue;
    for (const result of fuse.search(typed))
      offer(result.item, 'typo', TYPO * (1 - (result.score ?? 0)));
  }
  const candidates = [...best.values()];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(typed, candidates);
  return candidates;
}

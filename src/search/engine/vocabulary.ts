import { tokenize } from '#src/search/tokenize.ts';
import { item } from './arrays.ts';

/** The distinct words (tokens) of a corpus: numbered for the postings and phrases, sorted for
 * prefix search, and grouped by length for typo search. */
export interface Vocabulary {
  /** terms[id] is the word with that id; ids are given in the order words are first met. */
  readonly terms: readonly string[];
  readonly termIds: ReadonlyMap<string, number>;
  /** Every word, in code-unit order: the words a prefix begins are side by side. */
  readonly sorted: readonly string[];
  /** The words of each length, so that a typo is compared only with words of about its length. */
  readonly byLength: ReadonlyMap<number, readonly string[]>;
}

/**
 * Numbers words as a corpus is read. Each distinct written word ("ProxylessNAS") is tokenized once
 * (a corpus repeats its words), into the ids of its tokens (proxylessnas, proxyless, nas).
 */
export class WordNumbering {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly tokenIdsOfWord = new Map<string, number[]>();

  /** The token ids of a written word; the first is the whole word, folded. */
  idsOf = (word: string): number[] => {
    let ids = this.tokenIdsOfWord.get(word);
    if (ids) return ids;
    ids = tokenize(word).map((token) => {
      let id = this.termIds.get(token);
      if (id === undefined) {
        id = this.terms.length;
        this.termIds.set(token, id);
        this.terms.push(token);
      }
      return id;
    });
    this.tokenIdsOfWord.set(word, ids);
    return ids;
  };

  /** The words met so far (copies: numbering may go on without changing what it gave). */
  finish(): Vocabulary {
    const sorted = [...this.terms].sort();
    const byLength = new Map<number, string[]>();
    for (const term of sorted) {
      const bucket = byLength.get(term.length);
      if (bucket) bucket.push(term);
      else byLength.set(term.length, [term]);
    }
    return { terms: [...this.terms], termIds: new Map(this.termIds), sorted, byLength };
  }
}

/** Where `value` is, or would be, in a sorted list. */
function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (item(sorted, mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every word of the vocabulary that begins with `prefix` (itself included). */
export function wordsStartingWith(vocabulary: Vocabulary, prefix: string): string[] {
  const { sorted } = vocabulary;
  const words: string[] = [];
  for (let i = lowerBound(sorted, prefix); i < sorted.length; i++) {
    const word = item(sorted, i);
    if (!word.startsWith(prefix)) break;
    words.push(word);
  }
  return words;
}

import { queryTerms } from '#src/search/tokenize.ts';
import { f32, u32 } from './arrays.ts';
import { candidatesFor, type Candidate } from './candidates.ts';
import { rankMatches, type MatchedWords } from './ranking.ts';
import type { SearchIndex, SearchOutcome } from './search-index.ts';

/**
 * Every typed word must match (in any order, in any field): the documents where each word, or a
 * word it may stand for, occurs, with how well and in which field. Undefined when none match.
 */
function matchEveryWord(
  index: SearchIndex,
  candidatesOfWords: ReadonlyArray<readonly Candidate[]>,
  matchedTerms: Set<string>,
): MatchedWords | undefined {
  const n = index.size;
  // total[doc] > 0 while the document has matched every word so far.
  const total = new Float32Array(n);
  const weakestField = new Float32Array(n);
  let first = true;
  for (const candidates of candidatesOfWords) {
    // This word's best score in each document, and the heaviest field it was found in.
    const scores = new Float32Array(n);
    const fields = new Float32Array(n);
    let any = false;
    for (const { term, quality, strongOnly } of candidates) {
      const lists = strongOnly
        ? [index.strong.get(term)]
        : [index.strong.get(term), index.weak.get(term)];
      for (const postings of lists) {
        if (!postings) continue;
        const { docs, weights } = postings;
        let used = false;
        for (let i = 0; i < docs.length; i++) {
          const doc = u32(docs, i);
          if (!first && total[doc] === 0) continue;
          const weight = f32(weights, i);
          const score = quality * weight;
          if (score > f32(scores, doc)) scores[doc] = score;
          if (weight > f32(fields, doc)) fields[doc] = weight;
          used = true;
        }
        if (used) {
          matchedTerms.add(term);
          any = true;
        }
      }
    }
    if (!any) return undefined;
    for (let doc = 0; doc < n; doc++) {
      const score = f32(scores, doc);
      if (score > 0 && (first || f32(total, doc) > 0)) {
        total[doc] = f32(total, doc) + score;
        const field = f32(fields, doc);
        if (first || field < f32(weakestField, doc)) weakestField[doc] = field;
      } else {
        total[doc] = 0;
      }
    }
    first = false;
  }
  const docs: number[] = [];
  for (let doc = 0; doc < n; doc++) if (f32(total, doc) > 0) docs.push(doc);
  return { docs, total, weakestField, wordCount: candidatesOfWords.length };
}

/**
 * Per typed word, the word ids that may stand for it in a phrase: itself and its typos, and for
 * the last word, while it may still be being typed, the words it begins ("once for a" is "Once for
 * All"); never a piece of a longer word. A last word the corpus has is taken as finished: "lite"
 * is not the whole name "LitePose".
 */
function phraseAccepts(
  index: SearchIndex,
  candidatesOfWords: ReadonlyArray<readonly Candidate[]>,
): Uint8Array[] {
  const { termIds, terms } = index.vocabulary;
  return candidatesOfWords.map((candidates, k) => {
    const unfinished =
      k === candidatesOfWords.length - 1 && !candidates.some(({ kind }) => kind === 'exact');
    const accepts = new Uint8Array(terms.length);
    for (const { term, kind } of candidates) {
      const id = termIds.get(term);
      if (
        id !== undefined &&
        (kind === 'exact' || kind === 'typo' || (unfinished && kind === 'prefix'))
      )
        accepts[id] = 1;
    }
    return accepts;
  });
}

/** The documents that match every word of the query, best first (see ranking.ts). */
export function searchIndex(index: SearchIndex, query: string): SearchOutcome {
  const typed = queryTerms(query);
  if (typed.length === 0) {
    return { hits: index.ids.map((id, doc) => ({ id, doc, score: 0 })), matchedTerms: new Set() };
  }
  const candidatesOfWords = typed.map((word) => candidatesFor(index, word));
  const matchedTerms = new Set<string>();
  const matches = matchEveryWord(index, candidatesOfWords, matchedTerms);
  if (!matches || matches.docs.length === 0) return { hits: [], matchedTerms: new Set() };
  return {
    hits: rankMatches(index, matches, () => phraseAccepts(index, candidatesOfWords)),
    matchedTerms,
  };
}

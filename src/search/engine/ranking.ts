import { FIELD_WEIGHT } from '#src/search/search-doc.ts';
import { f32, f64, item } from './arrays.ts';
import { PHRASE, phraseMatch, type PhraseMatch } from './phrases.ts';
import type { SearchHit, SearchIndex } from './search-index.ts';

/**
 * The order of a query's matches. Every word typed must match somewhere (query.ts); the matches
 * are then ranked first by tier, the strongest evidence that the paper is the one meant:
 */
export const TIER = {
  /** Some word is only in long text: "microcontrollers" found in an abstract alone. */
  longText: 0,
  /** Every word in a short field, some only in authors, venue or topics: "ji lin", "song han
   * quantization". */
  fields: 1,
  /** Every word in a title or name, but apart: "hardware aware quantization" finds HAQ's
   * "Hardware-Aware Automated Quantization". */
  nameWords: 2,
  /** The words side by side, in order, inside a title or name: "temporal shift" finds "TSM:
   * Temporal Shift Module for ...". */
  namePhrase: 3,
  /** The whole of a short name, an alias or a title: "mcunet", "once for all", "efficient
   * inference engine" (EIE's alias); the last word may be unfinished or mistyped. */
  wholeName: 4,
} as const;

/**
 * Within a tier, the sum over typed words of quality × field weight (candidates.ts,
 * search-doc.ts): a word in a title beats the same word in an alias, an exact word beats one
 * still being typed or mistyped. Ties keep the order of the list the index was built from
 * (newest first for publications).
 */

// Postings keep weights as 32-bit floats: the thresholds are compared in the same precision.
/** A word matched in a field at least this heavy was found in a title or name. */
const NAME_WEIGHT = Math.fround(FIELD_WEIGHT.name);
/** A word whose best field is no heavier than this was found in long text only. */
const TEXT_WEIGHT = Math.fround(FIELD_WEIGHT.text);
/** Added when the words stand side by side in an author's name, the venue or a topic, as a whole
 * word's worth: "song han" ranks Song Han's papers above those of a Song and a Han, within their
 * tier. (Side by side in a title or name, they make a tier of their own.) */
const PHRASE_BONUS = 1;

/** The tier of a match: where its weakest word was found, and how its words stand together. */
function tierOf(weakestField: number, phrase: PhraseMatch): number {
  if (weakestField >= NAME_WEIGHT) {
    if (phrase === PHRASE.wholeName) return TIER.wholeName;
    if (phrase === PHRASE.inName) return TIER.namePhrase;
    return TIER.nameWords;
  }
  return weakestField > TEXT_WEIGHT ? TIER.fields : TIER.longText;
}

/** What ranking needs to know of each document that matched every typed word. */
export interface MatchedWords {
  /** The documents, ascending. */
  docs: readonly number[];
  /** Per document: the sum of its words' scores. */
  total: Float32Array;
  /** Per document: the weight of the lightest field among each word's best fields. */
  weakestField: Float32Array;
  /** How many words were typed. */
  wordCount: number;
}

/**
 * The matches best first. `accepts` gives, per typed word, the word ids that may stand for it in
 * a phrase (see phrases.ts); it is asked for only if some match could be a phrase.
 */
export function rankMatches(
  index: SearchIndex,
  matches: MatchedWords,
  accepts: () => readonly Uint8Array[],
): SearchHit[] {
  const { docs, total, weakestField, wordCount } = matches;
  // Tier × span + score: one number per document, as every score within a tier is below span.
  const span = wordCount + PHRASE_BONUS + 1;
  const key = new Float64Array(index.size);
  let phraseWords: readonly Uint8Array[] | undefined;
  for (const doc of docs) {
    const weakest = f32(weakestField, doc);
    // A phrase needs every word in a short field; one word alone counts only as a whole name.
    let phrase: PhraseMatch = PHRASE.none;
    if (weakest > TEXT_WEIGHT && (wordCount > 1 || weakest >= NAME_WEIGHT)) {
      phraseWords ??= accepts();
      phrase = phraseMatch(index.phrases, doc, phraseWords);
    }
    const bonus = phrase === PHRASE.inField ? PHRASE_BONUS : 0;
    key[doc] = tierOf(weakest, phrase) * span + f32(total, doc) + bonus;
  }
  const ranked = [...docs].sort((a, b) => f64(key, b) - f64(key, a) || a - b);
  return ranked.map((doc) => ({ id: item(index.ids, doc), doc, score: f64(key, doc) }));
}

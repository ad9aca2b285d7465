import { GrowingInts, i32 } from './arrays.ts';

/**
 * The words of every document's short fields (titles, names, authors, venue, topics) in order, as
 * word ids, one run per field. They recognise a query typed as a phrase ("temporal shift" in a
 * title, "song han" as an author's name) and a query that is a whole name ("mcunet", "once for
 * all"): see ranking.ts for what each is worth.
 */
export interface PhraseTable {
  readonly words: Int32Array;
  /** Field f's words are words[fieldStart[f]] up to (not including) words[fieldStart[f + 1]]. */
  readonly fieldStart: Int32Array;
  /** 1 where field f is a title or a name (short name, alias); 0 for authors, venue, topics. */
  readonly fieldIsName: Uint8Array;
  /** Document d's fields are fields docFields[d] up to (not including) docFields[d + 1]. */
  readonly docFields: Int32Array;
}

/** How a query's words stand in a document's short fields; larger is better. */
export const PHRASE = {
  /** Not side by side in any one field. */
  none: 0,
  /** Side by side, in order, in an author's name, the venue or a topic: "song han", "ji lin". */
  inField: 1,
  /** Side by side, in order, inside a title or a name: "temporal shift", "point cloud". */
  inName: 2,
  /** The whole of a title, short name or alias: "mcunet", "once for all", "deep compression". */
  wholeName: 3,
} as const;
export type PhraseMatch = (typeof PHRASE)[keyof typeof PHRASE];

/** Records the short fields of documents in order, as the index builder reads them. */
export class PhraseTableBuilder {
  private readonly words = new GrowingInts();
  private readonly fieldStart = new GrowingInts();
  private readonly fieldIsName = new GrowingInts();
  private readonly docFields = new GrowingInts();

  startDocument() {
    this.docFields.push(this.fieldStart.length);
  }

  startField(isName: boolean) {
    this.fieldStart.push(this.words.length);
    this.fieldIsName.push(isName ? 1 : 0);
  }

  addWord(id: number) {
    this.words.push(id);
  }

  /** The table so far (the builder may go on: what it returned does not change). */
  finish(): PhraseTable {
    return {
      words: this.words.toArray(),
      fieldStart: this.fieldStart.toArrayEndingWith(this.words.length),
      fieldIsName: Uint8Array.from(this.fieldIsName.toArray()),
      docFields: this.docFields.toArrayEndingWith(this.fieldStart.length),
    };
  }
}

/**
 * How the typed words stand in document `doc`. accepts[k][id] is 1 where word id may stand for the
 * k-th typed word (the word itself, a typo of it, or for the last one a word it begins).
 */
export function phraseMatch(
  table: PhraseTable,
  doc: number,
  accepts: readonly Uint8Array[],
): PhraseMatch {
  const { words, fieldStart, fieldIsName } = table;
  const span = accepts.length;
  let best: PhraseMatch = PHRASE.none;
  const lastField = i32(table.docFields, doc + 1);
  for (let field = i32(table.docFields, doc); field < lastField; field++) {
    const start = i32(fieldStart, field);
    const end = i32(fieldStart, field + 1);
    const isName = fieldIsName[field] === 1;
    // One typed word is a phrase only as a whole name: anywhere else it is just a word.
    if (span === 1 && !(isName && end - start === 1)) continue;
    for (let at = start; at + span <= end; at++) {
      let k = 0;
      while (k < span && accepts[k]?.[i32(words, at + k)] === 1) k++;
      if (k < span) continue;
      if (isName && end - start === span) return PHRASE.wholeName;
      const found = isName ? PHRASE.inName : PHRASE.inField;
      if (found > best) best = found;
    }
  }
  return best;
}

import { f32, float32s, grown, i32, int32s, item, u32, uint32s } from './arrays.ts';

/** The documents a word occurs in, ascending, with the weight of its best field in each. */
export interface Postings {
  readonly docs: Uint32Array;
  readonly weights: Float32Array;
}

/** Per word, where it occurs. */
export type PostingsByWord = ReadonlyMap<string, Postings>;

/**
 * Growing postings for every word id at once. Occurrences go to one flat log of typed arrays (no
 * array per word, no garbage per word), each word's entries in ascending document order;
 * `finish` gathers each word's entries into views of two shared arrays.
 */
export class PostingsBuilder {
  private termOf = new Int32Array(1 << 10);
  private docOf = new Uint32Array(1 << 10);
  private weightOf = new Float32Array(1 << 10);
  private length = 0;
  /** Per word id: the last document it was added for, and where that entry is in the log. */
  private lastDoc = new Int32Array(1 << 8).fill(-1);
  private lastEntry = new Int32Array(1 << 8);
  private counts = new Int32Array(1 << 8);

  /** Records that word `id` occurs in document `doc` (documents come in ascending order). */
  add(id: number, doc: number, weight: number) {
    if (id >= this.lastDoc.length) this.growWords(id);
    if (this.lastDoc[id] === doc) {
      // Seen in this document already: keep the weight of its best field.
      const entry = i32(this.lastEntry, id);
      if (weight > f32(this.weightOf, entry)) this.weightOf[entry] = weight;
      return;
    }
    if (this.length === this.termOf.length) this.growLog();
    const entry = this.length++;
    this.termOf[entry] = id;
    this.docOf[entry] = doc;
    this.weightOf[entry] = weight;
    this.lastDoc[id] = doc;
    this.lastEntry[id] = entry;
    this.counts[id] = i32(this.counts, id) + 1;
  }

  private growWords(id: number) {
    let size = this.lastDoc.length;
    while (size <= id) size *= 2;
    const lastDoc = new Int32Array(size).fill(-1);
    lastDoc.set(this.lastDoc);
    this.lastDoc = lastDoc;
    this.lastEntry = grown(this.lastEntry, size, int32s);
    this.counts = grown(this.counts, size, int32s);
  }

  private growLog() {
    const size = this.termOf.length * 2;
    this.termOf = grown(this.termOf, size, int32s);
    this.docOf = grown(this.docOf, size, uint32s);
    this.weightOf = grown(this.weightOf, size, float32s);
  }

  /** Each word's postings so far (the builder may go on: later documents do not change them). */
  finish(terms: readonly string[]): PostingsByWord {
    // Counting sort by word id; entries of one word keep their (ascending) document order.
    const next = new Int32Array(terms.length);
    let offset = 0;
    for (let id = 0; id < terms.length; id++) {
      next[id] = offset;
      offset += id < this.counts.length ? i32(this.counts, id) : 0;
    }
    const docs = new Uint32Array(this.length);
    const weights = new Float32Array(this.length);
    for (let entry = 0; entry < this.length; entry++) {
      const id = i32(this.termOf, entry);
      const at = i32(next, id);
      next[id] = at + 1;
      docs[at] = u32(this.docOf, entry);
      weights[at] = f32(this.weightOf, entry);
    }
    const byWord = new Map<string, Postings>();
    let start = 0;
    for (let id = 0; id < terms.length; id++) {
      const end = i32(next, id);
      if (end > start)
        byWord.set(item(terms, id), {
          docs: docs.subarray(start, end),
          weights: weights.subarray(start, end),
        });
      start = end;
    }
    return byWord;
  }
}

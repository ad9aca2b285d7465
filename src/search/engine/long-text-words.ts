import { grown, i32, int32s, item } from './arrays.ts';
import type { PostingsBuilder } from './postings.ts';

const LOWER_A = 97;
const LOWER_Z = 122;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
/** Every character beyond ASCII counts as a letter here; tokenize() sorts them out per word. */
const FIRST_NON_ASCII = 0x80;

/**
 * The distinct words of long text, each with its token ids, found by scanning the text itself: a
 * word already seen is recognised by a hash computed during the scan and a comparison in place,
 * with no substring, no array of words and no Map lookup per occurrence (abstracts repeat their
 * words: 1.6 million words, 6,000 of them distinct, at 10,000 papers).
 */
export class LongTextWords {
  /** Open addressing: entry index + 1 per slot, 0 where empty. */
  private slots = new Int32Array(1 << 12);
  private hashes = new Int32Array(1 << 10);
  private readonly words: string[] = [];
  private readonly tokenIds: number[][] = [];

  constructor(private readonly idsOf: (word: string) => number[]) {}

  /**
   * Adds to `postings` every token of every word of a lower-cased text. The split is loose and
   * cheap: a-z, 0-9 and every character beyond ASCII count as part of a word, and idsOf()
   * (tokenize()) then splits such a word properly, once per distinct word.
   */
  addText(text: string, postings: PostingsBuilder, doc: number, weight: number) {
    let start = -1;
    let hash = 0;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 0;
      if (
        (code >= LOWER_A && code <= LOWER_Z) ||
        (code >= DIGIT_0 && code <= DIGIT_9) ||
        code >= FIRST_NON_ASCII
      ) {
        if (start < 0) {
          start = i;
          hash = 0;
        }
        hash = (Math.imul(hash, 31) + code) | 0;
      } else if (start >= 0) {
        for (const id of this.idsAt(text, start, i, hash)) postings.add(id, doc, weight);
        start = -1;
      }
    }
  }

  private idsAt(text: string, start: number, end: number, hash: number): number[] {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = i32(this.slots, slot) - 1;
      if (entry < 0) break;
      if (this.hashes[entry] === hash && this.sameWord(entry, text, start, end))
        return item(this.tokenIds, entry);
      slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end);
    const ids = this.idsOf(word);
    const entry = this.words.length;
    this.words.push(word);
    this.tokenIds.push(ids);
    if (entry === this.hashes.length) this.hashes = grown(this.hashes, entry * 2, int32s);
    this.hashes[entry] = hash;
    this.slots[slot] = entry + 1;
    // At most half full, so that probes stay short.
    if (this.words.length * 2 > this.slots.length) this.rehash();
    return ids;
  }

  private sameWord(entry: number, text: string, start: number, end: number): boolean {
    const word = item(this.words, entry);
    if (word.length !== end - start) return false;
    for (let k = 0; k < word.length; k++)
      if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
    return true;
  }

  private rehash() {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.words.length; entry++) {
      let slot = i32(this.hashes, entry) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }
}

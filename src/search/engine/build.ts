import { FIELD_WEIGHT, type SearchDoc } from '#src/search/search-doc.ts';
import { LongTextWords } from './long-text-words.ts';
import { PhraseTableBuilder } from './phrases.ts';
import { PostingsBuilder } from './postings.ts';
import type { SearchIndex } from './search-index.ts';
import { WordNumbering } from './vocabulary.ts';

/** Short fields split on anything that is not a letter, digit or mark; case is kept (see below). */
const STRICT_SPLIT = /[^\p{L}\p{N}\p{M}]+/u;

/** Fields at least this heavy are names (titles, short names, aliases): see ranking.ts. */
const NAME_WEIGHT = FIELD_WEIGHT.name;

/**
 * Builds an index a piece at a time, so that a worker can answer searches between pieces:
 * `addNames` every document in order (titles, names, authors, facets), then, optionally,
 * `addText` their long text in the same order; `finish` may be called after either pass, and
 * the long-text pass reuses the first instead of indexing names again.
 */
export function createIndexBuilder() {
  const numbering = new WordNumbering();
  const strong = new PostingsBuilder();
  const weak = new PostingsBuilder();
  const phrases = new PhraseTableBuilder();
  const longText = new LongTextWords(numbering.idsOf);
  const ids: string[] = [];

  const addNames = (doc: SearchDoc) => {
    const place = ids.length;
    ids.push(doc.id);
    phrases.startDocument();
    for (const field of doc.fields) {
      if (field.weight <= FIELD_WEIGHT.text) continue;
      phrases.startField(field.weight >= NAME_WEIGHT);
      // Names keep their case so that "ProxylessNAS" also indexes "proxyless" and "nas".
      for (const word of field.text.split(STRICT_SPLIT)) {
        if (word === '') continue;
        const wordIds = numbering.idsOf(word);
        for (const id of wordIds) strong.add(id, place, field.weight);
        // The first token of a word is the whole word, folded: phrases are made of whole words.
        const whole = wordIds[0];
        if (whole !== undefined) phrases.addWord(whole);
      }
    }
  };

  const addText = (place: number, doc: SearchDoc) => {
    for (const field of doc.fields) {
      if (field.weight > FIELD_WEIGHT.text) continue;
      longText.addText(field.text.toLowerCase(), weak, place, field.weight);
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
      const vocabulary = numbering.finish();
      return Object.freeze({
        size: ids.length,
        ids: [...ids],
        vocabulary,
        strong: strong.finish(vocabulary.terms),
        weak: weak.finish(vocabulary.terms),
        phrases: phrases.finish(),
      });
    },
  };
}

export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const builder = createIndexBuilder();
  for (const doc of docs) builder.add(doc);
  return builder.finish();
}

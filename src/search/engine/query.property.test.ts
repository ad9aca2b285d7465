import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_WEIGHT, type SearchDoc } from '#src/search/search-doc.ts';
import { queryTerms } from '#src/search/tokenize.ts';
import { buildSearchIndex } from './build.ts';
import { searchIndex } from './query.ts';

const WORDS = [
  'quantization',
  'pruning',
  'müller',
  'NAS',
  'ProxylessNAS',
  'point',
  'cloud',
  '2019',
  'Song',
  'Han',
  'Über',
];
/** Texts that once broke this property: letters and digits just below U+00C0 (a loose split took
 * them for separators), a capital that lower-cases with a combining mark, and characters that
 * fold into more than one word. */
const AWKWARD = [
  '30 µW at 1.2 GHz',
  'the 1ª and 2º editions',
  'x² + y³',
  'İstanbul—Über',
  'ﬁne-tuning',
  'step ⑴ of ½',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((w) => w.join(' ')),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(...AWKWARD),
);
const docs: fc.Arbitrary<SearchDoc[]> = fc.uniqueArray(
  fc.record({
    id: fc.uuid(),
    fields: fc.array(fc.record({ text, weight: fc.constantFrom(...Object.values(FIELD_WEIGHT)) }), {
      minLength: 1,
      maxLength: 4,
    }),
  }),
  { maxLength: 30, selector: (d) => d.id },
);
const query = fc.oneof(text, fc.constantFrom('', '   ', 'quantizaton', 'nas proxyless', 'a'));

describe('search, for any documents and any query', () => {
  it('returns each matching document once, and only documents it was given', () => {
    fc.assert(
      fc.property(docs, query, (list, q) => {
        const ids = searchIndex(buildSearchIndex(list), q).hits.map((h) => h.id);
        expect(new Set(ids).size).toBe(ids.length);
        const known = new Set(list.map((d) => d.id));
        expect(ids.every((id) => known.has(id))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('returns everything, in the order given, for a query with no words', () => {
    fc.assert(
      fc.property(docs, fc.constantFrom('', ' ', '·—!', '\t'), (list, q) => {
        expect(searchIndex(buildSearchIndex(list), q).hits.map((h) => h.id)).toEqual(
          list.map((d) => d.id),
        );
      }),
    );
  });

  it('narrows as words are added: every hit for "a b" is a hit for "a"', () => {
    fc.assert(
      fc.property(docs, fc.constantFrom(...WORDS), fc.constantFrom(...WORDS), (list, a, b) => {
        const index = buildSearchIndex(list);
        const one = new Set(searchIndex(index, a).hits.map((h) => h.id));
        for (const hit of searchIndex(index, `${a} ${b}`).hits) expect(one.has(hit.id)).toBe(true);
      }),
    );
  });

  it('finds a document by any word of any of its fields, long text included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, fc.constantFrom(...Object.values(FIELD_WEIGHT))), {
          minLength: 1,
          maxLength: 6,
        }),
        (fields) => {
          const list = fields.map(([t, weight], i) => ({
            id: `d${i}`,
            fields: [{ text: t, weight }],
          }));
          const index = buildSearchIndex(list);
          fields.forEach(([t], i) => {
            for (const word of queryTerms(t))
              expect(searchIndex(index, word).hits.map((h) => h.id)).toContain(`d${i}`);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

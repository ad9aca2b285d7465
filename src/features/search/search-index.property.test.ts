import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, FIELD_WEIGHT, searchIndex, type SearchDoc } from './search-index.ts';

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
const text = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((w) => w.join(' ')),
  fc.string({ unit: 'binary', maxLength: 60 }),
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
});

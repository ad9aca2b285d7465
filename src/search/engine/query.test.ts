import { describe, expect, it } from 'vitest';
import { FIELD_WEIGHT, type SearchDoc } from '#src/search/search-doc.ts';
import { buildSearchIndex } from './build.ts';
import { searchIndex } from './query.ts';

const doc = (id: string, title: string, authors = '', name = ''): SearchDoc => ({
  id,
  fields: [
    { text: title, weight: FIELD_WEIGHT.title },
    { text: name, weight: FIELD_WEIGHT.name },
    { text: authors, weight: FIELD_WEIGHT.author },
  ],
});

const docs = [
  doc(
    'haq',
    'HAQ: Hardware-Aware Automated Quantization with Mixed Precision',
    'Kuan Wang, Song Han',
    'HAQ',
  ),
  doc(
    'proxylessnas',
    'ProxylessNAS: Direct Neural Architecture Search on Target Task and Hardware',
    'Han Cai, Ligeng Zhu, Song Han',
  ),
  doc('pvcnn', 'Point-Voxel CNN for Efficient 3D Deep Learning', 'Zhijian Liu, Song Han', 'PVCNN'),
  doc('muller', 'Über effiziente Netze', 'Jörg Müller'),
  doc('lite', 'Lite Transformer with Long-Short Range Attention', 'Zhanghao Wu'),
];
const index = buildSearchIndex(docs);
const ids = (query: string) => searchIndex(index, query).hits.map((h) => h.id);

describe('searchIndex', () => {
  it('returns everything in natural order for an empty query', () => {
    expect(ids('')).toEqual(['haq', 'proxylessnas', 'pvcnn', 'muller', 'lite']);
    expect(ids('  ·  ')).toEqual(['haq', 'proxylessnas', 'pvcnn', 'muller', 'lite']);
  });

  it('tolerates a typo', () => {
    expect(ids('quantizaton')).toEqual(['haq']);
    expect(ids('transfomer')).toContain('lite');
  });

  it('does not treat a correct word as a typo of another', () => {
    const similar = buildSearchIndex([doc('song', 'A song'), doc('long', 'A long paper')]);
    expect(searchIndex(similar, 'song').hits.map((h) => h.id)).toEqual(['song']);
  });

  it('matches every word of a query, in any order', () => {
    expect(ids('nas proxyless')).toEqual(['proxylessnas']);
    expect(ids('song han quantization')).toEqual(['haq']);
    expect(ids('point quantization')).toEqual([]);
  });

  it('matches while a word is still being typed', () => {
    expect(ids('quant')).toEqual(['haq']);
    expect(ids('hardw')).toEqual(expect.arrayContaining(['haq', 'proxylessnas']));
  });

  it('finds parts of compound names', () => {
    expect(ids('nas')).toContain('proxylessnas');
    expect(ids('voxel')).toEqual(['pvcnn']);
  });

  it('ignores accents and case', () => {
    expect(ids('muller')).toEqual(['muller']);
    expect(ids('UBER')).toEqual(['muller']);
  });

  it('reports the matched words for highlighting', () => {
    const outcome = searchIndex(index, 'quantizaton');
    expect([...outcome.matchedTerms]).toEqual(['quantization']);
    expect(searchIndex(index, 'zzzz').matchedTerms.size).toBe(0);
  });

  it('finds nothing for a word that is nowhere', () => {
    expect(ids('xylophone')).toEqual([]);
  });

  it('leaves the index as it was built: what a query learns is kept beside it', () => {
    const fresh = buildSearchIndex(docs);
    expect(Object.isFrozen(fresh)).toBe(true);
    // Every map and array written out, typed arrays as plain ones.
    const snapshot = () =>
      JSON.stringify(fresh, (_key, value: unknown) =>
        value instanceof Uint32Array ||
        value instanceof Int32Array ||
        value instanceof Float32Array ||
        value instanceof Uint8Array
          ? [...value]
          : value instanceof Map
            ? [...value]
            : value,
      );
    const before = snapshot();
    for (const query of ['quantizaton', 'hardw', 'song han', 'voxel']) searchIndex(fresh, query);
    expect(snapshot()).toBe(before);
  });
});

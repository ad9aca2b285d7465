import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildSearchIndex,
  buildSearchIndexInSlices,
  createIndexBuilder,
  FIELD_WEIGHT,
  searchIndex,
  type SearchDoc,
} from './search-index.ts';

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

  it('ranks a title match above an author match', () => {
    const titleIndex = buildSearchIndex([
      doc('a', 'Other', 'Cai Han'),
      doc('b', 'Han Solo'),
      doc('c', 'Unrelated'),
    ]);
    expect(searchIndex(titleIndex, 'han').hits.map((h) => h.id)).toEqual(['b', 'a']);
  });

  it('ranks a phrase typed in order above the same words apart', () => {
    const names = buildSearchIndex([
      doc('apart', 'Paper one', 'Song Li, Wei Han'),
      doc('together', 'Paper two', 'Ji Lin, Song Han'),
    ]);
    expect(searchIndex(names, 'song han').hits.map((h) => h.id)).toEqual(['together', 'apart']);
    expect(searchIndex(names, 'song ha').hits.map((h) => h.id)[0]).toBe('together');
  });

  it('does not treat a correct word as a typo of another', () => {
    const similar = buildSearchIndex([doc('song', 'A song'), doc('long', 'A long paper')]);
    expect(searchIndex(similar, 'song').hits.map((h) => h.id)).toEqual(['song']);
  });

  it('reports the matched words for highlighting', () => {
    const outcome = searchIndex(index, 'quantizaton');
    expect([...outcome.matchedTerms]).toEqual(['quantization']);
    expect(searchIndex(index, 'zzzz').matchedTerms.size).toBe(0);
  });

  it('finds nothing for a word that is nowhere', () => {
    expect(ids('xylophone')).toEqual([]);
  });

  it('does not count a phrase across two fields', () => {
    const fields = buildSearchIndex([
      doc('across', 'Learning Song', 'Han Cai'),
      doc('within', 'Learning', 'Song Han'),
    ]);
    expect(searchIndex(fields, 'song han').hits.map((h) => h.id)).toEqual(['within', 'across']);
  });
});

describe('createIndexBuilder', () => {
  const withAbstract = (id: string, title: string, abstract: string): SearchDoc => ({
    id,
    fields: [
      { text: title, weight: FIELD_WEIGHT.title },
      { text: abstract, weight: FIELD_WEIGHT.text },
    ],
  });
  const papers = [
    withAbstract('a', 'Sparse Attention', 'We prune tokens on microcontrollers.'),
    withAbstract('b', 'Tiny Engines', 'Sparse kernels for attention on phones.'),
  ];
  const found = (built: ReturnType<typeof buildSearchIndex>, query: string) =>
    searchIndex(built, query).hits.map((h) => h.id);

  it('answers from names after the first pass and from long text after the second', () => {
    const builder = createIndexBuilder();
    for (const paper of papers) builder.addNames(paper);
    const names = builder.finish();
    expect(found(names, 'microcontrollers')).toEqual([]);
    expect(found(names, 'sparse')).toEqual(['a']);
    papers.forEach((paper, at) => builder.addText(at, paper));
    const full = builder.finish();
    expect(found(full, 'microcontrollers')).toEqual(['a']);
    expect(found(full, 'sparse')).toEqual(['a', 'b']);
    // The first snapshot is not changed by the second pass.
    expect(found(names, 'microcontrollers')).toEqual([]);
  });

  it('gives the same answers in two passes as in one', () => {
    const builder = createIndexBuilder();
    for (const paper of papers) builder.addNames(paper);
    papers.forEach((paper, at) => builder.addText(at, paper));
    const twoPasses = builder.finish();
    const onePass = buildSearchIndex(papers);
    for (const query of ['sparse', 'attention', 'phones', 'tokns', 'tiny sparse', 'zz'])
      expect(searchIndex(twoPasses, query)).toEqual(searchIndex(onePass, query));
  });
});

describe('buildSearchIndexInSlices', () => {
  afterEach(() => vi.restoreAllMocks());

  it('hands the thread back as it builds, and answers as the one-task build does', async () => {
    // A clock that moves 3 ms per look: the build must pause every couple of documents.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 3));
    const order: string[] = [];
    let built = false;
    const otherTask = () => {
      order.push('other task');
      if (!built) setTimeout(otherTask, 0);
    };
    setTimeout(otherTask, 0);
    const sliced = await buildSearchIndexInSlices(docs, (d) => {
      order.push(d.id);
      return d;
    });
    built = true;
    const firstDoc = order.indexOf('haq');
    const lastDoc = order.indexOf('lite');
    // Other tasks run before it starts and between its slices.
    expect(firstDoc).toBeGreaterThan(0);
    expect(order.slice(firstDoc, lastDoc)).toContain('other task');
    for (const query of ['', 'quantization', 'han', 'hardwre', 'muller', 'point voxel'])
      expect(searchIndex(sliced, query)).toEqual(searchIndex(index, query));
  });
});

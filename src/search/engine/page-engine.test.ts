import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIELD_WEIGHT, type SearchDoc } from '#src/search/search-doc.ts';
import { buildSearchIndex } from './build.ts';
import { buildSearchIndexInSlices, searchOnPage } from './page-engine.ts';
import { searchIndex } from './query.ts';

const doc = (id: string, title: string, authors: string): SearchDoc => ({
  id,
  fields: [
    { text: title, weight: FIELD_WEIGHT.title },
    { text: authors, weight: FIELD_WEIGHT.author },
  ],
});

describe('buildSearchIndexInSlices', () => {
  const docs = [
    doc('haq', 'HAQ: Hardware-Aware Automated Quantization', 'Kuan Wang, Song Han'),
    doc('proxylessnas', 'ProxylessNAS: Direct Neural Architecture Search', 'Han Cai, Song Han'),
    doc('pvcnn', 'Point-Voxel CNN for Efficient 3D Deep Learning', 'Zhijian Liu, Song Han'),
    doc('muller', 'Über effiziente Netze', 'Jörg Müller'),
    doc('lite', 'Lite Transformer with Long-Short Range Attention', 'Zhanghao Wu'),
  ];
  const index = buildSearchIndex(docs);

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

  it('searches what it built', async () => {
    const search = await searchOnPage(docs, (d) => d);
    expect(search('quantization').hits.map((h) => h.id)).toEqual(['haq']);
  });
});

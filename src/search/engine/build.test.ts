import { describe, expect, it } from 'vitest';
import { FIELD_WEIGHT, type SearchDoc } from '#src/search/search-doc.ts';
import { buildSearchIndex, createIndexBuilder } from './build.ts';
import { searchIndex } from './query.ts';

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

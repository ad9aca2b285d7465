import { describe, expect, it } from 'vitest';
import { FIELD_WEIGHT, type SearchField } from '#src/search/search-doc.ts';
import { buildSearchIndex } from './build.ts';
import { searchIndex } from './query.ts';

interface Paper {
  id: string;
  title?: string;
  names?: string[];
  authors?: string[];
  topics?: string;
  abstract?: string;
}
/** Papers indexed as the publication list does: each name and each author a field of its own. */
function rank(papers: Paper[], query: string): string[] {
  const fields = (p: Paper): SearchField[] => [
    { text: p.title ?? '', weight: FIELD_WEIGHT.title },
    ...(p.names ?? []).map((text) => ({ text, weight: FIELD_WEIGHT.name })),
    ...(p.authors ?? []).map((text) => ({ text, weight: FIELD_WEIGHT.author })),
    { text: p.topics ?? '', weight: FIELD_WEIGHT.facet },
    { text: p.abstract ?? '', weight: FIELD_WEIGHT.text },
  ];
  const index = buildSearchIndex(papers.map((p) => ({ id: p.id, fields: fields(p) })));
  return searchIndex(index, query).hits.map((h) => h.id);
}

describe('ranking', () => {
  it('ranks a whole short name or alias above the same words in a title', () => {
    const papers = [
      { id: 'in-title', title: 'Deep Compression with Pruning and Quantization' },
      { id: 'named', title: 'Learning both Weights and Connections', names: ['Pruning'] },
    ];
    expect(rank(papers, 'pruning')).toEqual(['named', 'in-title']);
    const aliased = [
      { id: 'words', title: 'Once more: all we need is a network for everything' },
      { id: 'alias', title: 'Train One Network', names: ['OFA', 'Once for All'] },
    ];
    expect(rank(aliased, 'once for all')).toEqual(['alias', 'words']);
    // Still first while the last word is being typed, or mistyped.
    expect(rank(aliased, 'once for al')[0]).toBe('alias');
    expect(rank(papers, 'prunnig')[0]).toBe('named');
  });

  it('ranks a whole name above the same words inside a longer title', () => {
    const papers = [
      { id: 'inside', title: 'Temporal Shift Module for Efficient Video Understanding' },
      { id: 'whole', title: 'Another paper', names: ['Temporal Shift'] },
    ];
    expect(rank(papers, 'temporal shift')).toEqual(['whole', 'inside']);
  });

  it('ranks words side by side in a title above the same words apart', () => {
    const papers = [
      { id: 'apart', title: 'Shift happens: temporal models' },
      { id: 'phrase', title: 'TSM: Temporal Shift Module for Video' },
    ];
    expect(rank(papers, 'temporal shift')).toEqual(['phrase', 'apart']);
    expect(rank(papers, 'shift temporal')[0]).toBe('apart');
  });

  it('ranks every word in a title or name above words found among the authors', () => {
    const papers = [
      { id: 'author', title: 'Other things', authors: ['Cai Han'] },
      { id: 'title', title: 'Han Solo' },
      { id: 'none', title: 'Unrelated' },
    ];
    expect(rank(papers, 'han')).toEqual(['title', 'author']);
  });

  it('ranks by where the words are before how well each matched', () => {
    // A piece of a title word (a weak match) above a whole word among the authors...
    const byField = [
      { id: 'author', title: 'Paper', authors: ['Jean Former'] },
      { id: 'title', title: 'Lite Transformer' },
    ];
    expect(rank(byField, 'former')).toEqual(['title', 'author']);
    // ... and a piece of a topic above a whole word in an abstract.
    const byText = [
      { id: 'abstract', title: 'Paper', abstract: 'Sparse kernels.' },
      { id: 'topic', title: 'Paper', topics: 'Lowsparse networks' },
    ];
    expect(rank(byText, 'sparse')).toEqual(['topic', 'abstract']);
  });

  it('ranks authors, venue and topics above long text', () => {
    const papers = [
      { id: 'abstract', title: 'A paper', abstract: 'We study quantization on phones.' },
      { id: 'topic', title: 'Another paper', topics: 'Quantization' },
    ];
    expect(rank(papers, 'quantization')).toEqual(['topic', 'abstract']);
  });

  it('ranks a name typed as a phrase above the same words in different names', () => {
    const papers = [
      { id: 'apart', title: 'Paper one', authors: ['Song Li', 'Wei Han'] },
      { id: 'together', title: 'Paper two', authors: ['Ji Lin', 'Song Han'] },
    ];
    expect(rank(papers, 'song han')).toEqual(['together', 'apart']);
    expect(rank(papers, 'song ha')[0]).toBe('together');
    // Two authors side by side are not a phrase: "Song" ends one name, "Han" begins the next.
    const across = [
      { id: 'across', title: 'Paper', authors: ['Wei Song', 'Han Cai'] },
      { id: 'within', title: 'Paper', authors: ['Song Han'] },
    ];
    expect(rank(across, 'song han')).toEqual(['within', 'across']);
  });

  it('keeps the list order among equal matches', () => {
    const papers = ['c', 'a', 'b'].map((id) => ({ id, title: 'Efficient networks' }));
    expect(rank(papers, 'efficient')).toEqual(['c', 'a', 'b']);
  });
});

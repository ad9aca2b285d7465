import { describe, expect, it } from 'vitest';
import { fixturePapers as papers, fixtureTopics as topics } from '#tests/fixtures/papers.ts';
import { EMPTY_CRITERIA, type Criteria } from '#src/search/criteria.ts';
import {
  facetCatalog,
  filterPapers,
  sanitizePublicationCriteria,
  sortPapers,
} from './filter-publications.ts';
import { countInYears, publicationFacets } from './publication-facets.ts';
import { messages } from '#src/i18n/messages/en.ts';

const criteria = (c: Partial<Criteria>): Criteria => ({ ...EMPTY_CRITERIA, ...c });
const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('filterPapers', () => {
  it('returns every paper without filters', () => {
    expect(ids(filterPapers(papers, EMPTY_CRITERIA))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps a year range, both ends included', () => {
    expect(ids(filterPapers(papers, criteria({ year: { from: 2019, to: 2020 } })))).toEqual([
      'b',
      'c',
      'd',
    ]);
  });

  it('matches any chosen value within a filter and every filter together', () => {
    expect(ids(filterPapers(papers, criteria({ topics: ['point-cloud', 'video'] })))).toEqual([
      'a',
      'b',
      'd',
      'e',
    ]);
    expect(
      ids(filterPapers(papers, criteria({ topics: ['point-cloud', 'video'], venues: ['iclr'] }))),
    ).toEqual(['b', 'e']);
    expect(
      ids(filterPapers(papers, criteria({ types: ['journal'], honors: ['best-paper'] }))),
    ).toEqual([]);
    expect(ids(filterPapers(papers, criteria({ honors: ['best-paper'] })))).toEqual(['d']);
  });
});

describe('sanitizePublicationCriteria', () => {
  it('drops values that no paper has, so an old link cannot empty the list', () => {
    const c = sanitizePublicationCriteria(
      criteria({
        topics: ['video', 'nope', 'unused'],
        venues: ['nowhere', 'iclr'],
        types: ['book'],
        paper: 'zzz',
      }),
      facetCatalog(papers, topics, messages.paper.types),
      new Set(papers.map((p) => p.id)),
    );
    // A topic no paper has is not offered either.
    expect(c.topics).toEqual(['video']);
    expect(c.venues).toEqual(['iclr']);
    expect(c.types).toEqual([]);
    expect(c.paper).toBeNull();
    expect(
      sanitizePublicationCriteria(
        criteria({ paper: 'a' }),
        facetCatalog(papers, topics, messages.paper.types),
        new Set(['a']),
      ).paper,
    ).toBe('a');
  });
});

describe('publicationFacets', () => {
  it('counts what each option would leave given the other filters', () => {
    const c = criteria({ topics: ['point-cloud'], venues: ['iclr'] });
    const facets = publicationFacets(facetCatalog(papers, topics, messages.paper.types), papers, c);
    // Topic counts ignore the topic filter itself but respect the venue filter.
    expect(facets.topics.map((t) => [t.value, t.count, t.selected])).toEqual([
      ['compression', 1, false],
      ['point-cloud', 0, true],
      ['video', 2, false],
    ]);
    // Venue counts respect the topic filter.
    // Venues with the most papers first, then by name.
    expect(facets.venues.map((v) => [v.label, v.count])).toEqual([
      ['ICLR', 0],
      ['NeurIPS', 2],
      ['IEEE Micro', 0],
    ]);
    expect(facets.types.map((t) => t.value)).toEqual(['conference', 'journal', 'workshop']);
    expect(facets.topics.find((t) => t.value === 'point-cloud')?.group).toBe('Applications');
  });

  it('counts only the papers the search matched, but keeps every option', () => {
    const matched = papers.filter((p) => p.id === 'a');
    const facets = publicationFacets(
      facetCatalog(papers, topics, messages.paper.types),
      matched,
      EMPTY_CRITERIA,
    );
    expect(facets.years).toEqual([
      { year: 2022, count: 1 },
      { year: 2020, count: 0 },
      { year: 2019, count: 0 },
      { year: 2015, count: 0 },
    ]);
    expect(countInYears(facets.years, 2019, 2022)).toBe(1);
    expect(facets.honors.map((h) => [h.value, h.count])).toEqual([
      ['best-paper', 0],
      ['spotlight', 1],
    ]);
  });
});

describe('the Selected view', () => {
  // b and d are the owner's selected papers.
  const marked = papers.map((p) => (p.id === 'b' || p.id === 'd' ? { ...p, featured: true } : p));
  const catalog = facetCatalog(marked, topics, messages.paper.types);

  it('keeps only the featured papers, together with the other filters', () => {
    expect(ids(filterPapers(marked, criteria({ featured: true })))).toEqual(['b', 'd']);
    expect(ids(filterPapers(marked, criteria({ featured: true, venues: ['iclr'] })))).toEqual([
      'b',
    ]);
  });

  it('counts the papers it would leave, and narrows the other counts when on', () => {
    const off = publicationFacets(catalog, marked, criteria({ venues: ['iclr'] }));
    expect(off.featured).toEqual({ count: 1 });
    const on = publicationFacets(catalog, marked, criteria({ featured: true }));
    expect(on.featured).toEqual({ count: 2 });
    expect(on.venues.map((v) => [v.label, v.count])).toEqual([
      ['ICLR', 1],
      ['NeurIPS', 1],
      ['IEEE Micro', 0],
    ]);
    expect(on.years.filter((y) => y.count > 0).map((y) => y.year)).toEqual([2020, 2019]);
  });

  it('is not offered, and a link asking for it is ignored, where no paper is featured', () => {
    const plain = facetCatalog(papers, topics, messages.paper.types);
    expect(publicationFacets(plain, papers, EMPTY_CRITERIA).featured).toBeUndefined();
    const ignored = sanitizePublicationCriteria(criteria({ featured: true }), plain, new Set());
    expect(ignored.featured).toBe(false);
    const kept = sanitizePublicationCriteria(criteria({ featured: true }), catalog, new Set());
    expect(kept.featured).toBe(true);
  });
});

describe('sortPapers', () => {
  it('puts the newest first and keeps the file order within a year', () => {
    expect(ids(sortPapers([...papers].reverse()))).toEqual(['a', 'c', 'b', 'd', 'e']);
  });
});

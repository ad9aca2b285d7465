import { describe, expect, it } from 'vitest';
import { messages } from '#src/i18n/messages/en.ts';
import { EMPTY_CRITERIA } from '#src/search/criteria.ts';
import { authorCatalog } from './author-catalog.ts';
import { shownAuthors } from './author-options.ts';
import { facetCatalog, filterPapers, sanitizePublicationCriteria } from './filter-publications.ts';
import { publicationFacets } from './publication-facets.ts';
import { testPaper } from '#tests/setup/render-filter-panel.tsx';
import type { Paper } from './publications-schema.ts';

const paper = testPaper;

/** Newest first, as the page sorts them. */
const papers: Paper[] = [
  paper('a', 2022, ['Ji Lin', 'Song Han', 'Zhijian Liu']),
  paper('b', 2021, ['Ji Lin', 'Wei-Ming Chen', 'S. Han']),
  paper('c', 2020, ['Zhijian Liu', 'Ji Lin', 'Song Han']),
  paper('d', 2020, ['José García', 'Song Han']),
  paper('e', 2019, ['Jose Garcia', 'Ji Lin', 'Ji Lin']),
];
const OWNER = ['Song Han', 'S. Han'];
const ids = (list: readonly Paper[]) => list.map((p) => p.id);
const catalogOf = (list: readonly Paper[]) => facetCatalog(list, [], messages.paper.types, OWNER);

describe('authorCatalog', () => {
  it('ranks co-authors by papers, one per slug, without the owner', () => {
    const catalog = authorCatalog(catalogOf(papers));
    expect(catalog.slugs).toEqual(['ji-lin', 'zhijian-liu', 'jose-garcia', 'wei-ming-chen']);
    // A name listed twice on one paper counts once; two spellings of one name count together.
    expect([...catalog.totals]).toEqual([4, 2, 2, 1]);
    // The newest paper's spelling.
    expect(catalog.labels[2]).toBe('José García');
    expect(catalog.nameAt.get('Jose Garcia')).toBe(2);
    expect(catalog.nameAt.has('S. Han')).toBe(false);
  });
});

describe('filtering by co-authors', () => {
  it('keeps the papers that name every chosen co-author', () => {
    const only = (authors: string[]) => ids(filterPapers(papers, { ...EMPTY_CRITERIA, authors }));
    expect(only(['ji-lin'])).toEqual(['a', 'b', 'c', 'e']);
    expect(only(['ji-lin', 'zhijian-liu'])).toEqual(['a', 'c']);
    expect(only(['jose-garcia'])).toEqual(['d', 'e']);
    expect(only(['jose-garcia', 'wei-ming-chen'])).toEqual([]);
    expect(
      ids(
        filterPapers(papers, {
          ...EMPTY_CRITERIA,
          authors: ['ji-lin'],
          year: { from: 2021, to: 2022 },
        }),
      ),
    ).toEqual(['a', 'b']);
  });

  it('drops a co-author the list does not have, and the owner, from a link', () => {
    const sanitized = sanitizePublicationCriteria(
      { ...EMPTY_CRITERIA, authors: ['song-han', 'nobody', 'ji-lin', 's-han'] },
      catalogOf(papers),
      new Set(ids(papers)),
    );
    expect(sanitized.authors).toEqual(['ji-lin']);
  });

  it('counts, for each co-author, the papers that choosing them too would leave', () => {
    const catalog = catalogOf(papers);
    const facets = publicationFacets(catalog, papers, { ...EMPTY_CRITERIA, authors: ['ji-lin'] });
    const count = (slug: string) =>
      facets.authors.counts[facets.authors.catalog.at.get(slug) ?? -1];
    expect(count('ji-lin')).toBe(4);
    expect(count('zhijian-liu')).toBe(2);
    expect(count('jose-garcia')).toBe(1);
    expect(count('wei-ming-chen')).toBe(1);
    // The years count what the co-author filter leaves.
    expect(facets.years).toEqual([
      { year: 2022, count: 1 },
      { year: 2021, count: 1 },
      { year: 2020, count: 1 },
      { year: 2019, count: 1 },
    ]);
  });
});

describe('shownAuthors', () => {
  const facetsFor = (authors: string[], matched: readonly Paper[] = papers) =>
    publicationFacets(catalogOf(papers), matched, { ...EMPTY_CRITERIA, authors }).authors;

  it('lists the chosen co-authors first, then the most frequent of the list as it stands', () => {
    const shown = shownAuthors(facetsFor([]), [], '', 2);
    expect(shown.chosen).toEqual([]);
    expect(shown.others.map((o) => [o.label, o.count])).toEqual([
      ['Ji Lin', 4],
      ['Zhijian Liu', 2],
    ]);
    expect(shown.found).toBe(4);
    // After a search that matched papers d and e, García leads; Liu, in neither, is not listed.
    const searched = shownAuthors(facetsFor([], papers.slice(3)), [], '', 10);
    expect(searched.others.map((o) => [o.label, o.count])).toEqual([
      ['José García', 2],
      ['Ji Lin', 1],
    ]);
  });

  it('always lists a chosen co-author, even one the list as it stands does not name', () => {
    const shown = shownAuthors(
      facetsFor(['wei-ming-chen'], papers.slice(2)),
      ['wei-ming-chen'],
      '',
      1,
    );
    expect(shown.chosen.map((o) => [o.value, o.count])).toEqual([['wei-ming-chen', 0]]);
  });

  it('finds any co-author by the start of a word of their name, accents or not', () => {
    const find = (typed: string) => shownAuthors(facetsFor([]), [], typed, 10);
    expect(find('garc').others.map((o) => o.label)).toEqual(['José García']);
    expect(find('GARCÍA').others.map((o) => o.label)).toEqual(['José García']);
    expect(find('ming').others.map((o) => o.label)).toEqual(['Wei-Ming Chen']);
    expect(find('ji l').others.map((o) => o.label)).toEqual(['Ji Lin']);
    expect(find('li').others.map((o) => o.label)).toEqual(['Ji Lin', 'Zhijian Liu']);
    expect(find('han').found).toBe(0);
    expect(find('li').found).toBe(2);
  });
});

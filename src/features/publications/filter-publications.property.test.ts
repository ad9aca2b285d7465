import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messages } from '#src/i18n/messages/en.ts';
import { EMPTY_CRITERIA, type Criteria } from '#src/search/criteria.ts';
import { facetCatalog, filterPapers, sortPapers } from './filter-publications.ts';
import { publicationFacets } from './publication-facets.ts';
import { PAPER_TYPES } from './paper-kinds.ts';
import type { Paper } from './publications-schema.ts';

const TOPICS = ['compression', 'video', 'tinyml', 'nlp'];
const VENUES = ['NeurIPS', 'ICLR', 'IEEE Micro', 'arXiv'];
const HONORS = ['Best Paper', 'Oral', 'Spotlight'];
// Two spellings of one name (one slug), and the owner, who is no co-author to filter by.
const AUTHORS = ['Ji Lin', 'José García', 'Jose Garcia', 'Zhijian Liu', 'Song Han'];
const OWNER = ['Song Han'];

const paper: fc.Arbitrary<Paper> = fc.record({
  id: fc.uuid(),
  title: fc.string({ minLength: 1 }),
  aliases: fc.constant([]),
  venue: fc.constantFrom(...VENUES),
  year: fc.integer({ min: 1995, max: 2026 }),
  type: fc.constantFrom(...PAPER_TYPES),
  honors: fc.subarray(HONORS),
  topics: fc.subarray(TOPICS, { minLength: 1 }),
  links: fc.constant([]),
  authors: fc.subarray(AUTHORS).map((names) => (names.length > 0 ? names : undefined)),
});

const year = fc.option(
  fc
    .tuple(fc.integer({ min: 1995, max: 2026 }), fc.integer({ min: 1995, max: 2026 }))
    .map(([a, b]) => ({
      from: Math.min(a, b),
      to: Math.max(a, b),
    })),
  { nil: null },
);
const filters: fc.Arbitrary<Criteria> = fc.record({
  ...Object.fromEntries(Object.entries(EMPTY_CRITERIA).map(([k, v]) => [k, fc.constant(v)])),
  year,
  topics: fc.subarray([...TOPICS, 'unknown']),
  venues: fc.subarray(['neurips', 'iclr', 'ieee-micro', 'arxiv', 'nowhere']),
  types: fc.subarray([...PAPER_TYPES]),
  honors: fc.subarray(['best-paper', 'oral', 'spotlight']),
  authors: fc.subarray(['ji-lin', 'jose-garcia', 'zhijian-liu', 'nobody']),
}) as fc.Arbitrary<Criteria>;

describe('filters, for any papers and any criteria', () => {
  it('return a subset of the papers, in their order', () => {
    fc.assert(
      fc.property(fc.array(paper, { maxLength: 40 }), filters, (papers, criteria) => {
        const result = filterPapers(papers, criteria);
        const positions = result.map((p) => papers.indexOf(p));
        expect(positions.every((i) => i >= 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      }),
    );
  });

  it('compose: applying them one after the other, in any order, is applying them together', () => {
    fc.assert(
      fc.property(fc.array(paper, { maxLength: 40 }), filters, (papers, criteria) => {
        const only = (part: Partial<Criteria>): Criteria => ({ ...EMPTY_CRITERIA, ...part });
        const steps = [
          only({ year: criteria.year }),
          only({ topics: criteria.topics }),
          only({ venues: criteria.venues }),
          only({ types: criteria.types }),
          only({ honors: criteria.honors }),
          ...criteria.authors.map((author) => only({ authors: [author] })),
        ];
        const forward = steps.reduce((list, step) => filterPapers(list, step), papers);
        const backward = [...steps]
          .reverse()
          .reduce((list, step) => filterPapers(list, step), papers);
        expect(forward).toEqual(filterPapers(papers, criteria));
        expect(backward).toEqual(forward);
      }),
    );
  });

  it('with no criteria, keep everything', () => {
    fc.assert(
      fc.property(fc.array(paper, { maxLength: 40 }), (papers) => {
        expect(filterPapers(papers, EMPTY_CRITERIA)).toEqual(papers);
      }),
    );
  });

  it('count, for each option, exactly the papers choosing it alone would show', () => {
    fc.assert(
      fc.property(fc.array(paper, { maxLength: 30 }), filters, (papers, criteria) => {
        const facets = publicationFacets(
          facetCatalog(
            papers,
            TOPICS.map((id) => ({ id, label: id })),
            messages.paper.types,
            OWNER,
          ),
          papers,
          criteria,
        );
        for (const option of facets.topics) {
          expect(option.count).toBe(
            filterPapers(papers, { ...criteria, topics: [option.value] }).length,
          );
        }
        // Co-authors are chosen together: each counts the papers it would leave beside the others.
        const { catalog, counts } = facets.authors;
        expect(catalog.slugs).not.toContain('song-han');
        catalog.slugs.forEach((slug, i) => {
          const authors = criteria.authors.includes(slug)
            ? criteria.authors
            : [...criteria.authors, slug];
          expect(counts[i]).toBe(filterPapers(papers, { ...criteria, authors }).length);
        });
        for (const { year: y, count } of facets.years) {
          expect(count).toBe(
            filterPapers(papers, { ...criteria, year: { from: y, to: y } }).length,
          );
        }
      }),
    );
  });

  it('sort newest first without losing or adding papers', () => {
    fc.assert(
      fc.property(fc.array(paper, { maxLength: 40 }), (papers) => {
        const sorted = sortPapers(papers);
        expect(sorted).toHaveLength(papers.length);
        expect(new Set(sorted)).toEqual(new Set(papers));
        for (let i = 1; i < sorted.length; i++)
          expect((sorted[i - 1] as Paper).year).toBeGreaterThanOrEqual((sorted[i] as Paper).year);
      }),
    );
  });
});

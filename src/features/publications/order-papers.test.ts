import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderPapers } from './order-papers.ts';

/** Search hits as the engine ranks them: best first, years mixed. */
const ranked = [
  { id: 'deep-compression', year: 2016 },
  { id: 'survey', year: 2022 },
  { id: 'eie', year: 2016 },
  { id: 'design-automation', year: 2019 },
  { id: 'torchsparse', year: 2022 },
];
const ids = (papers: ReadonlyArray<{ id: string }>) => papers.map((p) => p.id);

describe('orderPapers', () => {
  it('keeps the best match first for relevance, as the very same list', () => {
    expect(orderPapers(ranked, 'relevance')).toBe(ranked);
  });

  it.each([
    ['newest', ['survey', 'torchsparse', 'design-automation', 'deep-compression', 'eie']],
    ['oldest', ['deep-compression', 'eie', 'design-automation', 'survey', 'torchsparse']],
  ] as const)(
    'orders by year, %s first, keeping the best match first within a year',
    (sort, order) => {
      expect(ids(orderPapers(ranked, sort))).toEqual(order);
    },
  );

  it('for any list: the same papers, years in order, and the given order within a year', () => {
    const papers = fc.array(fc.integer({ min: 2000, max: 2005 }), { maxLength: 30 });
    fc.assert(
      fc.property(papers, fc.constantFrom('newest', 'oldest'), (years, sort) => {
        const given = years.map((year, at) => ({ id: String(at), year }));
        const ordered = orderPapers(given, sort);
        expect([...ordered].sort((a, b) => Number(a.id) - Number(b.id))).toEqual(given);
        for (let i = 1; i < ordered.length; i++) {
          const [before, after] = [ordered[i - 1], ordered[i]];
          if (!before || !after) continue;
          const step = sort === 'newest' ? before.year - after.year : after.year - before.year;
          expect(step).toBeGreaterThanOrEqual(0);
          if (step === 0) expect(Number(before.id)).toBeLessThan(Number(after.id));
        }
      }),
    );
  });
});

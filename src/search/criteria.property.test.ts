import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCriteria, serializeCriteria } from './criteria.ts';

const PARAM_NAMES = [
  'q',
  'sort',
  'year',
  'topic',
  'venue',
  'type',
  'honor',
  'author',
  'news-year',
  'kind',
  'paper',
  'selected',
  'other',
];
/** Query strings as a browser could hand them over: known and unknown names, any text, repeats. */
const queryString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.tuple(fc.constantFrom(...PARAM_NAMES), fc.string({ unit: 'binary', maxLength: 40 })),
      { maxLength: 12 },
    )
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`),
  fc.constantFrom(
    '?year=abc',
    '?topic=<script>alert(1)</script>',
    '?year=2018-2020&year=1999',
    `?q=${'x'.repeat(10_000)}`,
    '?%E0%A4%A',
    // Found by this property: a query of spaces alone, and one cut inside a surrogate pair.
    '?q=%09',
    '?sort=oldest&q=x',
    '?sort=relevance',
    '?q=%20&sort=newest',
    '?q=tsm&sort=Newest,oldest&sort=relevance',
    `?q=${'x'.repeat(199)}%F0%9F%98%80`,
  ),
);

describe('URL state, for any query string', () => {
  it('parses without throwing into criteria that serialise and parse back to the same', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const criteria = parseCriteria(search);
        const again = parseCriteria(serializeCriteria(criteria));
        expect(again).toEqual(criteria);
        expect(serializeCriteria(again)).toBe(serializeCriteria(criteria));
      }),
      { numRuns: 500 },
    );
  });

  it('writes an order only when it is not the default for the query', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const criteria = parseCriteria(search);
        const written = new URLSearchParams(serializeCriteria(criteria)).get('sort');
        const fallback = criteria.q === '' ? 'newest' : 'relevance';
        expect(written).toBe(criteria.sort);
        expect(written).not.toBe(fallback);
      }),
      { numRuns: 300 },
    );
  });

  it('never lets markup into a filter value', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const c = parseCriteria(search);
        for (const value of [
          ...c.topics,
          ...c.venues,
          ...c.types,
          ...c.honors,
          ...c.authors,
          ...c.newsKinds,
          c.paper ?? '',
          c.sort ?? '',
        ]) {
          expect(value).toMatch(/^[a-z0-9-]*$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

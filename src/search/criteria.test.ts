import { describe, expect, it } from 'vitest';
import {
  countPublicationFilters,
  EMPTY_CRITERIA,
  isResultsView,
  parseCriteria,
  parseYearRange,
  serializeCriteria,
  sortMode,
  toggleValue,
} from './criteria.ts';

describe('parseCriteria', () => {
  it('reads the search and every filter from the query string', () => {
    const c = parseCriteria(
      '?q=point+cloud&year=2018-2020&topic=point-cloud&topic=video,nlp&venue=NeurIPS&type=conference&honor=best-paper&author=ji-lin,Song-Han&author=ji-lin&news-year=2021&kind=paper,award',
    );
    expect(c).toEqual({
      q: 'point cloud',
      sort: null,
      year: { from: 2018, to: 2020 },
      topics: ['point-cloud', 'video', 'nlp'],
      venues: ['neurips'],
      types: ['conference'],
      honors: ['best-paper'],
      authors: ['ji-lin', 'song-han'],
      featured: false,
      newsYear: { from: 2021, to: 2021 },
      newsKinds: ['paper', 'award'],
      paper: null,
    });
  });

  it('reads the Selected view from selected=1, and nothing else as on', () => {
    expect(parseCriteria('?selected=1').featured).toBe(true);
    expect(parseCriteria('?selected=true').featured).toBe(true);
    expect(parseCriteria('?selected=0').featured).toBe(false);
    expect(parseCriteria('?selected=').featured).toBe(false);
    expect(parseCriteria('?selected=<script>').featured).toBe(false);
    expect(parseCriteria('?q=x').featured).toBe(false);
  });

  it('writes the Selected view as selected=1, and leaves it out when off', () => {
    expect(serializeCriteria({ ...EMPTY_CRITERIA, featured: true })).toBe('?selected=1');
    expect(
      serializeCriteria({ ...EMPTY_CRITERIA, year: { from: 2020, to: 2020 }, featured: true }),
    ).toBe('?year=2020&selected=1');
    expect(serializeCriteria(parseCriteria('?selected=yes&q=privacy'))).toBe(
      '?q=privacy&selected=1',
    );
    expect(serializeCriteria({ ...EMPTY_CRITERIA, featured: false })).toBe('');
    expect(isResultsView(parseCriteria('?selected=1'))).toBe(true);
    expect(countPublicationFilters(parseCriteria('?selected=1&type=journal'))).toBe(2);
  });

  it('reads a single year and a reversed range', () => {
    expect(parseYearRange('2019')).toEqual({ from: 2019, to: 2019 });
    expect(parseYearRange('2020-2018')).toEqual({ from: 2018, to: 2020 });
  });

  it('ignores malformed and unknown parameters instead of failing', () => {
    const c = parseCriteria(
      '?year=abc&topic=<script>&venue=&foo=bar&paper=../../etc&type=%E0%A4%A',
    );
    expect(c).toEqual(EMPTY_CRITERIA);
  });

  it('ignores years outside any plausible range', () => {
    expect(parseYearRange('0001')).toBeNull();
    expect(parseYearRange('2019-99999')).toBeNull();
  });

  it('reads co-authors as a repeatable, comma-separated list of slugs, dropping the rest', () => {
    expect(parseCriteria('?author=ji-lin&author=%20Zhijian-Liu%20,,x7ll-x7c2').authors).toEqual([
      'ji-lin',
      'zhijian-liu',
      'x7ll-x7c2',
    ]);
    expect(parseCriteria('?author=Ji%20Lin&author=<b>&author=-lin').authors).toEqual([]);
  });

  it('keeps a repeated value once', () => {
    expect(parseCriteria('?topic=tinyml&topic=tinyml,TinyML').topics).toEqual(['tinyml']);
  });

  it('caps a huge query', () => {
    expect(parseCriteria(`?q=${'a'.repeat(5000)}`).q).toHaveLength(200);
  });
});

describe('serializeCriteria', () => {
  it('writes nothing for empty criteria', () => {
    expect(serializeCriteria(EMPTY_CRITERIA)).toBe('');
  });

  it('round-trips through parseCriteria', () => {
    const search =
      '?paper=haq&q=haq+2019&sort=oldest&year=2018-2020&topic=point-cloud,video&venue=neurips&type=conference&honor=oral&author=ji-lin,han-cai&news-year=2019&kind=award';
    expect(serializeCriteria(parseCriteria(search))).toBe(search);
  });
});

describe('sort', () => {
  it('is the best match first with a query and newest first without, unless chosen', () => {
    expect(sortMode(parseCriteria('?q=deep+compression'))).toBe('relevance');
    expect(sortMode(parseCriteria(''))).toBe('newest');
    expect(sortMode(parseCriteria('?q=deep+compression&sort=newest'))).toBe('newest');
    expect(sortMode(parseCriteria('?sort=oldest'))).toBe('oldest');
    expect(sortMode(parseCriteria('?sort=relevance'))).toBe('relevance');
  });

  it('reads a known order leniently and ignores anything else', () => {
    expect(parseCriteria('?q=tsm&sort=%20Oldest%20').sort).toBe('oldest');
    expect(parseCriteria('?q=tsm&sort=best&sort=newest').sort).toBe('newest');
    expect(parseCriteria('?q=tsm&sort=year,oldest').sort).toBe('oldest');
    expect(parseCriteria('?q=tsm&sort=<b>').sort).toBeNull();
    expect(parseCriteria('?sort=').sort).toBeNull();
  });

  it('is in the URL only when it differs from the default for the query', () => {
    const criteria = (q: string, sort: 'relevance' | 'newest' | 'oldest') => ({
      ...EMPTY_CRITERIA,
      q,
      sort,
    });
    expect(serializeCriteria(criteria('mcunet', 'relevance'))).toBe('?q=mcunet');
    expect(serializeCriteria(criteria('mcunet', 'newest'))).toBe('?q=mcunet&sort=newest');
    expect(serializeCriteria(criteria('', 'newest'))).toBe('');
    expect(serializeCriteria(criteria('', 'relevance'))).toBe('?sort=relevance');
    expect(serializeCriteria(criteria('', 'oldest'))).toBe('?sort=oldest');
    // A default written out in a link reads as no choice, so the link has one canonical form.
    expect(parseCriteria('?q=mcunet&sort=relevance').sort).toBeNull();
    expect(parseCriteria('?sort=newest').sort).toBeNull();
  });
});

describe('toggleValue', () => {
  it('adds a missing value and removes a present one', () => {
    expect(toggleValue(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleValue(['a', 'b'], 'a')).toEqual(['b']);
  });
});

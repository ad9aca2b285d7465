import { describe, expect, it } from 'vitest';
import { messages } from '#src/i18n/messages/en.ts';
import { EMPTY_CRITERIA } from '#src/search/criteria.ts';
import { filterNews, newsFacets, sortNews } from './filter-news.ts';
import type { NewsItem } from './news-schema.ts';

const item = (id: string, date: string, kind: NewsItem['kind']): NewsItem => ({
  id,
  date,
  kind,
  text: id,
  paperIds: [],
  links: [],
});

// As in the owner's list, one item is out of date order.
const news = [
  item('sep22', '2022-09', 'paper'),
  item('oct20', '2020-10', 'paper'),
  item('jan21', '2021-01', 'award'),
  item('dec20', '2020-12', 'media'),
];

describe('news', () => {
  it('sorts by date, newest first', () => {
    expect(sortNews(news).map((n) => n.id)).toEqual(['sep22', 'jan21', 'dec20', 'oct20']);
  });

  it('filters by a year and by kinds', () => {
    const c = {
      ...EMPTY_CRITERIA,
      newsYear: { from: 2020, to: 2020 },
      newsKinds: ['paper', 'media'],
    };
    expect(filterNews(news, c).map((n) => n.id)).toEqual(['oct20', 'dec20']);
    expect(filterNews(news, { ...EMPTY_CRITERIA, newsKinds: ['bogus'] })).toHaveLength(4);
  });

  it('counts each year and kind given the other filter', () => {
    const facets = newsFacets(
      news,
      news,
      { ...EMPTY_CRITERIA, newsKinds: ['paper'] },
      messages.news.kinds,
    );
    expect(facets.years).toEqual([
      { year: 2022, count: 1 },
      { year: 2021, count: 0 },
      { year: 2020, count: 1 },
    ]);
    expect(facets.kinds.map((k) => [k.kind, k.count, k.selected])).toEqual([
      ['paper', 2, true],
      ['award', 1, false],
      ['media', 1, false],
    ]);
  });
});

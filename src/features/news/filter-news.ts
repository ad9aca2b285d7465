import type { Criteria } from '#src/search/criteria.ts';
import { FIELD_WEIGHT, type SearchDoc } from '#src/search/search-doc.ts';
import { NEWS_KINDS, type NewsKind, type NewsKindLabels } from './news-kinds.ts';
import type { NewsItem } from './news-schema.ts';

export function newsYear(item: NewsItem): number {
  return Number(item.date.slice(0, 4));
}

/** Newest first; items of one month keep the order of the data file. */
export function sortNews(items: readonly NewsItem[]): NewsItem[] {
  return [...items].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

export function newsSearchDoc(item: NewsItem, kindLabels: NewsKindLabels): SearchDoc {
  return {
    id: item.id,
    fields: [
      { text: item.text, weight: FIELD_WEIGHT.text },
      { text: item.links.map((l) => l.label).join(' · '), weight: FIELD_WEIGHT.text },
      {
        text: `${item.date.slice(0, 4)} ${kindLabels[item.kind]}`,
        weight: FIELD_WEIGHT.facet,
      },
    ],
  };
}

function knownKinds(kinds: readonly string[]): NewsKind[] {
  return NEWS_KINDS.filter((kind) => kinds.includes(kind));
}

export function filterNews(
  items: readonly NewsItem[],
  criteria: Criteria,
  skip?: 'year' | 'kind',
): NewsItem[] {
  const kinds = knownKinds(criteria.newsKinds);
  const range = criteria.newsYear;
  return items.filter((item) => {
    const year = newsYear(item);
    const inYears = skip === 'year' || !range || (year >= range.from && year <= range.to);
    const ofKind = skip === 'kind' || kinds.length === 0 || kinds.includes(item.kind);
    return inYears && ofKind;
  });
}

export interface NewsFacets {
  years: Array<{ year: number; count: number }>;
  kinds: Array<{ kind: NewsKind; label: string; count: number; selected: boolean }>;
}

export function newsFacets(
  all: readonly NewsItem[],
  matched: readonly NewsItem[],
  criteria: Criteria,
  kindLabels: NewsKindLabels,
): NewsFacets {
  const yearCounts = new Map<number, number>();
  for (const item of filterNews(matched, criteria, 'year')) {
    yearCounts.set(newsYear(item), (yearCounts.get(newsYear(item)) ?? 0) + 1);
  }
  const kindCounts = new Map<NewsKind, number>();
  for (const item of filterNews(matched, criteria, 'kind')) {
    kindCounts.set(item.kind, (kindCounts.get(item.kind) ?? 0) + 1);
  }
  const years = [...new Set(all.map(newsYear))].sort((a, b) => b - a);
  const selected = knownKinds(criteria.newsKinds);
  return {
    years: years.map((year) => ({ year, count: yearCounts.get(year) ?? 0 })),
    kinds: NEWS_KINDS.filter((kind) => all.some((item) => item.kind === kind)).map((kind) => ({
      kind,
      label: kindLabels[kind],
      count: kindCounts.get(kind) ?? 0,
      selected: selected.includes(kind),
    })),
  };
}

/**
 * data/ as the page should show it (the main site's tests compute their expected
 * answers from the data, not from numbers written down).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { authorSlug } from '#src/features/publications/author-slug.ts';
import { sortPapers } from '#src/features/publications/filter-publications.ts';

export interface DataPaper {
  id: string;
  year: number;
  authors?: string[];
}
/** A file of data/, read as the test expects it to be (the page's own schemas check it). */
export const readData = <T>(file: string) =>
  JSON.parse(readFileSync(join('data', file), 'utf8')) as T;
export const papers = sortPapers(readData<{ papers: DataPaper[] }>('publications.json').papers);
const owners = new Set(
  readData<{ authorNames: string[] }>('profile.json').authorNames.map(authorSlug),
);

const names = (paper: DataPaper) => (paper.authors ?? []).map(authorSlug);
/** The ids of the papers naming every one of these co-authors, in the list's order. */
export const papersWith = (...authors: string[]) =>
  papers.filter((p) => authors.every((a) => names(p).includes(authorSlug(a)))).map((p) => p.id);
/** The co-authors of some papers (not the owner), the most papers first. */
export function coauthorsOf(list: readonly DataPaper[]): string[] {
  const count = new Map<string, number>();
  for (const paper of list)
    for (const name of paper.authors ?? [])
      if (!owners.has(authorSlug(name))) count.set(name, (count.get(name) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}
export const papersIn = (from: number, to: number) =>
  papers.filter((p) => p.year >= from && p.year <= to).map((p) => p.id);
export const barName = (year: number) => {
  const n = papers.filter((p) => p.year === year).length;
  return `${year}: ${n} ${n === 1 ? 'paper' : 'papers'}`;
};
export const years = [...new Set(papers.map((p) => p.year))]; // newest first

/** Keys whose values the page does not search: ids, links, dates, kinds and references. */
const NOT_SEARCHED = new Set([
  'id',
  'url',
  'date',
  'kind',
  'type',
  'topics',
  'topicIds',
  'paperIds',
]);
const textsOf = (value: unknown, key = ''): string[] => {
  if (typeof value === 'string') return NOT_SEARCHED.has(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => textsOf(item, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => textsOf(v, k));
  return [];
};
const dataFile = (file: string) => readData<Record<string, unknown[]>>(file);
/** How many entries of each section mention a word, read from the data files themselves. */
export function entriesMentioning(word: string) {
  const { papers = [] } = dataFile('publications.json');
  const { items = [] } = dataFile('news.json');
  const { honors = [], competitions = [], studentAwards = [] } = dataFile('awards.json');
  const { adoptions = [], integrations = [] } = dataFile('impact.json');
  const { groups = [] } = dataFile('media.json');
  const count = (entries: unknown[]) =>
    entries.filter((entry) => textsOf(entry).some((t) => t.toLowerCase().includes(word))).length;
  return {
    Publications: count(papers),
    News: count(items),
    Awards: count([...honors, ...competitions, ...studentAwards]),
    Impact: count([...adoptions, ...integrations]),
    Media: count(groups),
  };
}

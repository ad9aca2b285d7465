import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { authorSlug } from '#src/features/publications/author-slug.ts';
import { sortPapers } from '#src/features/publications/filter-publications.ts';
import { expectNoAxeViolations, layOutWholePage } from './axe.ts';
import { expect, openFilters, openSite, paperIds, publications, test } from './fixtures.ts';

/** What the page shows comes from data/: the expected answers are computed from it here. */
interface DataPaper {
  id: string;
  year: number;
  authors?: string[];
}
const readData = <T>(file: string) => JSON.parse(readFileSync(join('data', file), 'utf8')) as T;
const papers = sortPapers(readData<{ papers: DataPaper[] }>('publications.json').papers);
const owners = new Set(
  readData<{ authorNames: string[] }>('profile.json').authorNames.map(authorSlug),
);

const names = (paper: DataPaper) => (paper.authors ?? []).map(authorSlug);
/** The ids of the papers naming every one of these co-authors, in the list's order. */
const papersWith = (...authors: string[]) =>
  papers.filter((p) => authors.every((a) => names(p).includes(authorSlug(a)))).map((p) => p.id);
/** The co-authors of some papers (not the owner), the most papers first. */
function coauthorsOf(list: readonly DataPaper[]): string[] {
  const count = new Map<string, number>();
  for (const paper of list)
    for (const name of paper.authors ?? [])
      if (!owners.has(authorSlug(name))) count.set(name, (count.get(name) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}
const papersIn = (from: number, to: number) =>
  papers.filter((p) => p.year >= from && p.year <= to).map((p) => p.id);
const barName = (year: number) => {
  const n = papers.filter((p) => p.year === year).length;
  return `${year}: ${n} ${n === 1 ? 'paper' : 'papers'}`;
};
const years = [...new Set(papers.map((p) => p.year))]; // newest first

test('a co-author’s name narrows the list to their papers, a second one to the papers with both, and Back undoes each', async ({
  page,
  problems,
}) => {
  await openSite(page);
  const list = publications(page);
  const [first] = coauthorsOf(papers);
  if (!first) throw new Error('data/publications.json has no co-author');
  // The owner is no filter: their name is not a link.
  await expect(list.getByRole('link', { name: 'Song Han', exact: true })).toHaveCount(0);

  await list.getByRole('link', { name: first, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`\\?author=${authorSlug(first)}#publications$`));
  await expect.poll(() => paperIds(page)).toEqual(papersWith(first));
  await expect(
    list.getByText(`${papersWith(first).length} of ${papers.length} papers`),
  ).toBeVisible();

  // The co-author who shares the most of those papers: both narrow the list together.
  const second = coauthorsOf(papers.filter((p) => papersWith(first).includes(p.id))).find(
    (name) => name !== first,
  );
  if (!second) throw new Error(`${first} has no co-author of their own`);
  await list.getByRole('link', { name: second, exact: true }).first().click();
  await expect(page).toHaveURL(
    new RegExp(`\\?author=${authorSlug(first)},${authorSlug(second)}#publications$`),
  );
  await expect.poll(() => paperIds(page)).toEqual(papersWith(first, second));
  await openFilters(page);
  const authors = list.getByRole('group', { name: 'Authors' });
  await expect(authors.getByRole('checkbox', { name: new RegExp(`^${first} `) })).toBeChecked();
  await expect(authors.getByRole('checkbox', { name: new RegExp(`^${second} `) })).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?author=${authorSlug(first)}#publications$`));
  await expect.poll(() => paperIds(page)).toEqual(papersWith(first));
  await page.goBack();
  await expect.poll(() => paperIds(page)).toEqual(papers.map((p) => p.id));
  expect(problems.list).toEqual([]);
});

test('any co-author can be found by typing in the Authors filter', async ({ page, problems }) => {
  await openSite(page);
  await openFilters(page);
  const authors = publications(page).getByRole('group', { name: 'Authors' });
  // One of the least frequent: not listed until asked for.
  const rare = coauthorsOf(papers).at(-1) ?? '';
  await expect(authors.getByRole('checkbox', { name: new RegExp(`^${rare} `) })).toHaveCount(0);
  const surname = rare.split(' ').at(-1) ?? '';
  await authors.getByRole('textbox', { name: 'Find a co-author' }).fill(surname);
  await expect(authors.getByRole('status')).toContainText(new RegExp(`match(es)? “${surname}”`));
  const count = papersWith(rare).length;
  await authors
    .getByRole('checkbox', { name: `${rare} (${count} ${count === 1 ? 'paper' : 'papers'})` })
    .check();
  await expect(page).toHaveURL(new RegExp(`\\?author=${authorSlug(rare)}$`));
  await expect.poll(() => paperIds(page)).toEqual(papersWith(rare));
  expect(problems.list).toEqual([]);
});

test('the chart picks a year, then a range with a second bar, and combines with a co-author', async ({
  page,
  problems,
}) => {
  await openSite(page);
  await openFilters(page);
  const list = publications(page);
  const chart = list.getByRole('group', { name: 'Papers per year' });
  const [newest, , older] = years;
  if (newest === undefined || older === undefined) throw new Error('three years of papers needed');

  await chart.getByRole('button', { name: barName(newest) }).click();
  await expect(page).toHaveURL(new RegExp(`\\?year=${newest}$`));
  await expect.poll(() => paperIds(page)).toEqual(papersIn(newest, newest));
  await expect(chart.getByRole('button', { pressed: true })).toHaveCount(1);

  await chart.getByRole('button', { name: barName(older) }).click();
  await expect(page).toHaveURL(new RegExp(`\\?year=${older}-${newest}$`));
  await expect.poll(() => paperIds(page)).toEqual(papersIn(older, newest));
  await expect(chart.getByRole('button', { pressed: true })).toHaveCount(
    years.filter((y) => y >= older && y <= newest).length,
  );
  await expect(list.getByLabel('From', { exact: true })).toHaveValue(String(older));

  const inRange = papers.filter((p) => p.year >= older && p.year <= newest);
  const [coauthor] = coauthorsOf(inRange);
  if (!coauthor) throw new Error('no co-author in the range');
  await list.getByRole('link', { name: coauthor, exact: true }).first().click();
  await expect(page).toHaveURL(
    new RegExp(`\\?year=${older}-${newest}&author=${authorSlug(coauthor)}#publications$`),
  );
  await expect
    .poll(() => paperIds(page))
    .toEqual(inRange.filter((p) => papersWith(coauthor).includes(p.id)).map((p) => p.id));

  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?year=${newest}$`));
  await expect.poll(() => paperIds(page)).toEqual(papersIn(newest, newest));
  expect(problems.list).toEqual([]);
});

test('dragging across the chart picks a range', async ({ page, problems, isMobile }) => {
  test.skip(isMobile, 'dragging is for a mouse; a phone scrolls the chart');
  await openSite(page);
  const chart = publications(page).getByRole('group', { name: 'Papers per year' });
  await chart.scrollIntoViewIfNeeded();
  const oldest = years.at(-1) ?? 0;
  const [newest] = years;
  const start = await chart.getByRole('button', { name: barName(oldest) }).boundingBox();
  const end = await chart.getByRole('button', { name: barName(newest ?? 0) }).boundingBox();
  if (!start || !end) throw new Error('the bars are not on screen');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(new RegExp(`\\?year=${oldest}-${newest}$`));
  await expect(chart.getByRole('button', { pressed: true })).toHaveCount(years.length);
  expect(problems.list).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with the chart and the Authors filter in use, ${colorScheme} theme`, async ({
    page,
    problems,
  }) => {
    await page.emulateMedia({ colorScheme });
    const [coauthor] = coauthorsOf(papers);
    await openSite(page, `./?year=${years[2]}-${years[0]}&author=${authorSlug(coauthor ?? '')}`);
    await openFilters(page);
    await expect(
      publications(page).getByRole('group', { name: 'Papers per year' }).getByRole('button', {
        pressed: true,
      }),
    ).toHaveCount(3);
    await layOutWholePage(page);
    await expectNoAxeViolations(page);
    expect(problems.list).toEqual([]);
  });
}

test.describe('with scripts off', () => {
  test.use({ javaScriptEnabled: false });

  test('the chart is a picture of the papers per year, with no control', async ({ page }) => {
    await page.goto('./');
    const picture = publications(page).getByRole('img', { name: /^Papers per year: / });
    await expect(picture).toBeVisible();
    await expect(picture).toHaveAccessibleName(
      `Papers per year: ${[...years].reverse().map(barName).join(', ')}`,
    );
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
  });
});

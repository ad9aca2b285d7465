import { authorSlug } from '#src/features/publications/author-slug.ts';
import { expectNoAxeViolations, layOutWholePage } from './axe.ts';
import { barName, coauthorsOf, papers, papersIn, papersWith, years } from './expected-from-data.ts';
import { expect, openFilters, openSite, paperIds, publications, test } from './fixtures.ts';

test('a co-author’s name narrows the list to their papers, a second one to the papers with both, and Back undoes each', async ({
  page,
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
});

test('any co-author can be found by typing in the Authors filter', async ({ page }) => {
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
});

test('the chart picks a year, then a range with a second bar, and combines with a co-author', async ({
  page,
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
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with the chart and the Authors filter in use, ${colorScheme} theme`, async ({
    page,
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

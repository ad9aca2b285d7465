import { entriesMentioning } from './expected-from-data.ts';
import {
  expect,
  openFilters,
  openSite,
  paperIds,
  publications,
  searchBox,
  test,
} from './fixtures.ts';

test('a visitor finds HAQ with a typo, narrows to 2019 and Point Cloud, and shares the view', async ({
  page,
  browser,
}) => {
  await openSite(page);
  await searchBox(page).fill('quantizaton');
  await expect(
    publications(page).getByRole('article', { name: /HAQ: Hardware-Aware Automated Quantization/ }),
  ).toBeVisible();
  await expect(publications(page).getByRole('article', { name: /Point-Voxel CNN/ })).toHaveCount(0);
  await expect(page).toHaveURL(/\?q=quantizaton$/);

  await openFilters(page);
  const list = publications(page);
  await list.getByLabel('From', { exact: true }).selectOption('2019');
  await list.getByLabel('To', { exact: true }).selectOption('2019');
  await expect(page).toHaveURL(/year=2019/);
  expect(await paperIds(page)).toEqual(expect.arrayContaining(['haq']));

  // Point Cloud has no quantization paper: the page says so and offers a way out.
  await list.getByRole('checkbox', { name: /Point Cloud/ }).check();
  await expect(
    list.getByText('No publications match “quantizaton” with these filters.'),
  ).toBeVisible();
  await searchBox(page).press('Escape');
  await expect(page).toHaveURL(/\?year=2019&topic=point-cloud$/);
  await expect.poll(() => paperIds(page)).toEqual(['pvcnn']);
  await expect(list.getByText('1 of 47 papers')).toBeVisible();

  const shared = page.url();
  const other = await browser.newPage({ viewport: page.viewportSize() ?? undefined });
  await other.goto(shared);
  await expect
    .poll(() => other.locator('#publications article').evaluateAll((a) => a.map((e) => e.id)))
    .toEqual(['paper-pvcnn']);
  await expect(
    other.getByRole('region', { name: 'Publications' }).getByText('1 of 47 papers'),
  ).toBeVisible();
  await other.close();
});

test('Back undoes a filter, and typing does not add history entries', async ({ page }) => {
  await openSite(page);
  await searchBox(page).pressSequentially('tiny', { delay: 30 });
  await expect(page).toHaveURL(/\?q=tiny$/);
  await openFilters(page);
  await publications(page)
    .getByRole('checkbox', { name: /^Conference/ })
    .check();
  await expect(page).toHaveURL(/\?q=tiny&type=conference$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=tiny$/);
  await expect(publications(page).getByRole('checkbox', { name: /^Conference/ })).not.toBeChecked();
  // Typing replaced the entry it started on, so one more Back leaves the site.
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
});

test("the search box follows the address: a paper's topic link empties it and Back brings the text back", async ({
  page,
}) => {
  await openSite(page);
  await searchBox(page).pressSequentially('tiny', { delay: 30 });
  await expect(page).toHaveURL(/\?q=tiny$/);
  // The research interests step aside while searching: a paper's topic chip is the topic link here.
  await publications(page)
    .getByRole('article', { name: /MCUNet: Tiny Deep Learning/ })
    .getByRole('link', { name: 'Show all TinyML papers' })
    .click();
  await expect(page).toHaveURL(/\?topic=tinyml(#publications)?$/);
  await expect(searchBox(page)).toHaveValue('');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=tiny$/);
  await expect(searchBox(page)).toHaveValue('tiny');
  await expect(publications(page).getByText(/^\d+ of 47 papers$/)).toBeVisible();
});

test('"/" focuses the search, Escape clears it, and every section can be reached from the navigation', async ({
  page,
}) => {
  await openSite(page);
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('ofa');
  await expect(page).toHaveURL(/\?q=ofa$/);
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveValue('');

  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const [link, region] of [
    ['Research', 'Research Interests'],
    ['News', 'News'],
    ['Awards', 'Awards'],
    ['Impact', 'Industry Impact'],
    ['Media', 'Media Coverage'],
    ['Teaching', 'Teaching'],
    ['Sponsors', 'Sponsors'],
    ['Contact', 'Education & Contact'],
  ] as const) {
    await nav.getByRole('link', { name: link }).click();
    const heading = page.getByRole('region', { name: region }).getByRole('heading', { level: 2 });
    await expect(heading).toBeInViewport();
  }
});

test('a news item links to its paper in the publication list', async ({ page }) => {
  await openSite(page);
  const news = page.getByRole('region', { name: 'News' });
  await news.getByRole('link', { name: 'TorchSparse' }).first().click();
  await expect(page).toHaveURL(/\?paper=torchsparse#publications$/);
  await expect.poll(() => paperIds(page)).toEqual(['torchsparse']);
  await expect(publications(page).getByRole('article')).toBeInViewport();
  await page.getByRole('button', { name: 'Show all publications' }).click();
  await expect.poll(async () => (await paperIds(page)).length).toBe(47);
});

test('searching narrows every section at once and counts the matches per section', async ({
  page,
}) => {
  const expected = entriesMentioning('proxylessnas');
  // A word every section mentions, so that no count is right by being 0.
  expect(Object.values(expected).filter((n) => n === 0)).toEqual([]);
  await openSite(page);
  await searchBox(page).fill('proxylessnas');
  const summary = page.getByRole('search');
  for (const [section, count] of Object.entries(expected)) {
    await expect(
      summary.getByRole('link', { name: `${section} ${count}`, exact: true }),
    ).toBeVisible();
  }
  await expect(publications(page).getByRole('article')).toHaveCount(expected.Publications);

  await searchBox(page).fill('mcunet');
  const media = page.getByRole('region', { name: 'Media Coverage' });
  await expect(
    summary.getByRole('link', { name: `Media ${entriesMentioning('mcunet').Media}`, exact: true }),
  ).toBeVisible();
  await expect(media.getByRole('heading', { name: /MCUNet/ })).toBeVisible();
  await expect(media.getByRole('heading', { name: /SpAtten/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'News' }).locator('mark').first()).toBeVisible();
});

test('what a visitor types, ticks or picks before the app has taken over the page still applies', async ({
  page,
}) => {
  // The app's scripts are held back until the visitor has used the prerendered page's controls.
  let release = () => {};
  const used = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await used;
    await route.continue();
  });
  await page.goto('./');
  await searchBox(page).fill('quantizaton');
  const news = page.getByRole('region', { name: 'News' });
  await news.getByLabel('Year', { exact: true }).selectOption('2019');
  // The filter panel shows before the app starts on a wide screen (a phone opens it with a button).
  const panelShown = await publications(page).getByRole('checkbox').first().isVisible();
  expect(panelShown).toBe((page.viewportSize()?.width ?? 0) >= 1024);
  if (panelShown) {
    await publications(page).getByLabel('From', { exact: true }).selectOption('2018');
    await publications(page)
      .getByRole('checkbox', { name: /^Efficient AI Applications: / })
      .first()
      .check();
  }
  release();
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });

  await expect(searchBox(page)).toHaveValue('quantizaton');
  await expect(news.getByLabel('Year', { exact: true })).toHaveValue('2019');
  await expect(news.getByRole('heading', { level: 3 })).toHaveText(['2019']);
  if (panelShown) {
    await expect(page).toHaveURL(/\?q=quantizaton&year=2018-\d{4}&topic=[a-z-]+&news-year=2019$/);
    await expect(publications(page).getByLabel('From', { exact: true })).toHaveValue('2018');
    await expect(publications(page).getByRole('checkbox', { checked: true })).toHaveCount(1);
  } else {
    await expect(page).toHaveURL(/\?q=quantizaton&news-year=2019$/);
    await expect(
      publications(page).getByRole('article', {
        name: /HAQ: Hardware-Aware Automated Quantization/,
      }),
    ).toBeVisible();
  }
  await expect(publications(page).getByRole('article', { name: /Point-Voxel CNN/ })).toHaveCount(0);
});

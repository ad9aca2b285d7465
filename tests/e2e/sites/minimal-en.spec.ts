/**
 * tests/fixtures/sites/minimal-en: a profile and six papers, nothing else (no news, awards,
 * impact, media, topics, site.json or social card), built as another academic would build theirs.
 */
import {
  expect,
  openFilters,
  openSite,
  paperIds,
  publications,
  searchBox,
  test,
} from '../fixtures.ts';
import { expectNoAxeViolations, layOutWholePage } from '../axe.ts';
import { expectNoEmptyParts } from './site-checks.ts';

test('shows the profile and the papers, and nothing the site does not have', async ({ page }) => {
  await openSite(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ingrid Solberg');
  expect(await paperIds(page)).toHaveLength(6);
  // Sections without data are absent everywhere: headings, navigation, the search box's label.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Publications']);
  for (const absent of ['News', 'Awards', 'Research', 'Teaching', 'Sponsors', 'Media'])
    await expect(page.getByRole('link', { name: absent, exact: true })).toHaveCount(0);
  await expect(searchBox(page)).toHaveAccessibleName(/publications/i);
  await expect(searchBox(page)).not.toHaveAccessibleName(/news|awards|media|impact/i);
  await expect(page.getByText(/no (news|awards|media|publications?) match/i)).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await openFilters(page);
  // No topics in the data: no topic filter, no topic chips.
  await expect(publications(page).getByRole('group', { name: 'Topic' })).toHaveCount(0);
  await expectNoEmptyParts(page);
  // No address and no social card: no og:image pointing anywhere.
  await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
  expect((await page.request.get('./og-card.png')).status()).toBe(404);
});

test('search, filters and the Selected view narrow the list, kept in the address', async ({
  page,
}) => {
  await openSite(page);
  await searchBox(page).fill('calibration');
  await expect.poll(() => paperIds(page)).toEqual(['label-shift-calibration']);
  await expect(page).toHaveURL(/\?q=calibration/);
  await searchBox(page).fill('');
  await expect.poll(async () => (await paperIds(page)).length).toBe(6);

  await openFilters(page);
  const filters = publications(page);
  await filters.getByRole('checkbox', { name: /^Journal/ }).check();
  await expect.poll(() => paperIds(page)).toEqual(['membership-audit']);
  await expect(page).toHaveURL(/type=journal/);
  await filters.getByRole('checkbox', { name: /^Journal/ }).uncheck();

  const selected = filters.getByRole('checkbox', { name: /^Selected papers only/ });
  await selected.check();
  await expect(page).toHaveURL(/selected=1/);
  await expect.poll(() => paperIds(page)).toEqual(['federated-survival', 'membership-audit']);
  await page.goBack();
  await expect.poll(async () => (await paperIds(page)).length).toBe(6);
  await expectNoEmptyParts(page);
});

test('a shared link to the Selected view opens it; axe finds nothing', async ({ page }) => {
  await openSite(page, './?selected=1');
  expect(await paperIds(page)).toEqual(['federated-survival', 'membership-audit']);
  await layOutWholePage(page);
  await expectNoAxeViolations(page);
});

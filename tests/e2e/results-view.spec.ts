import type { Page } from '@playwright/test';
import {
  expect,
  layoutShifts,
  openSite,
  publications,
  recordLayoutShifts,
  searchBox,
  test,
} from './fixtures.ts';

/** Whether an element's whole box is inside the viewport (measured, not assumed). */
async function onScreen(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      return (
        box.height > 0 &&
        box.top >= 0 &&
        box.left >= 0 &&
        box.bottom <= window.innerHeight &&
        box.right <= window.innerWidth
      );
    });
}

test('typing shows the best match inside the viewport at once, and Enter moves to it', async ({
  page,
}) => {
  await openSite(page);
  // A visitor who has scrolled into the page before searching.
  await page.getByRole('region', { name: 'News' }).scrollIntoViewIfNeeded();
  await searchBox(page).fill('deep compression');
  const first = publications(page).getByRole('article').first();
  await expect(first).toHaveAccessibleName(/^Deep Compression/);
  await expect(page.locator('html')).toHaveAttribute('data-results-ready', 'true');
  expect(await onScreen(page, '#main article h4')).toBe(true);
  // The bio and the research interests step aside while the search is on.
  await expect(page.getByRole('region', { name: 'Research Interests' })).toBeHidden();

  await searchBox(page).press('Enter');
  await expect(first.getByRole('link').first()).toBeFocused();
});

test('a shared search link opens on its answer with no layout shift', async ({ page }) => {
  await recordLayoutShifts(page);
  await openSite(page, './?q=temporal+shift');
  await expect(page.locator('html')).toHaveAttribute('data-results-ready', 'true');
  await expect(publications(page).getByRole('article').first()).toHaveAccessibleName(/^TSM/);
  expect(await onScreen(page, '#main article h4')).toBe(true);
  // Every later task has run: a shift from the takeover would be recorded by now.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
  expect(await layoutShifts(page)).toEqual([]);
});

test('clearing the search brings the whole page back where the visitor left it', async ({
  page,
}) => {
  await openSite(page);
  // The visitor jumps to the awards from the navigation, then reads on a little.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Awards' })
    .click();
  await expect(page).toHaveURL(/#awards$/);
  await page.evaluate(() => window.scrollBy(0, 40));
  const awards = page.getByRole('region', { name: 'Awards' });
  await expect
    .poll(() => awards.evaluate((element) => Math.round(element.getBoundingClientRect().top)))
    .toBeLessThan(120);
  const before = await awards.evaluate((element) => element.getBoundingClientRect().top);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);

  await searchBox(page).fill('quantization');
  await expect(page.locator('html')).toHaveAttribute('data-results-ready', 'true');
  await searchBox(page).press('Escape');
  await expect(searchBox(page)).toHaveValue('');
  await expect(page.getByRole('region', { name: 'Research Interests' })).toBeVisible();
  await expect
    .poll(() => awards.evaluate((element) => Math.round(element.getBoundingClientRect().top)))
    .toBe(Math.round(before));
});

test('far down the page the search is still one tap away', async ({ page }) => {
  await openSite(page);
  await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(3000);
  expect(await onScreen(page, 'input[type="search"]')).toBe(true);
  await searchBox(page).click();
  await searchBox(page).fill('mcunet');
  await expect(publications(page).getByRole('article').first()).toHaveAccessibleName(/^MCUNet/);
  expect(await onScreen(page, '#main article h4')).toBe(true);
});

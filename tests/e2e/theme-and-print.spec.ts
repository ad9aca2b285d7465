import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openFilters, openSite, publications, test } from './fixtures.ts';

test('the theme follows the system setting from the first paint', async ({ page }) => {
  // The body's background in the first frame that shows content, and when the browser reports the
  // first contentful paint: before any of the app's scripts has run.
  await page.addInitScript(() => {
    const seen: Record<string, string> = {};
    Object.assign(window, { firstPaintBackground: seen });
    const background = () => getComputedStyle(document.body).backgroundColor;
    const frame = () => {
      if (document.body?.textContent?.trim()) seen.frame = background();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new PerformanceObserver((entries, observer) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      seen.paint = background();
    }).observe({ type: 'paint', buffered: true });
  });
  const backgrounds: Record<string, { frame?: string; paint?: string; loaded: string }> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await openSite(page);
    const atFirstPaint = await page.evaluate(
      () =>
        (window as unknown as { firstPaintBackground: Record<string, string> })
          .firstPaintBackground,
    );
    const loaded = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    backgrounds[colorScheme] = { ...atFirstPaint, loaded };
  }
  const { light, dark } = backgrounds;
  expect(light).toEqual({
    frame: 'rgb(255, 255, 255)',
    paint: 'rgb(255, 255, 255)',
    loaded: 'rgb(255, 255, 255)',
  });
  expect(dark?.loaded).not.toBe(light?.loaded);
  expect(dark).toEqual({ frame: dark?.loaded, paint: dark?.loaded, loaded: dark?.loaded });
  // And it follows a change of the system setting on an open page.
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    light?.loaded,
  );
});

test('a visitor on a light system picks dark: it applies at once and from the first paint of the next visit', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // The body's background in the first frame with content, before the app's scripts run.
    const seen: { frame?: string } = {};
    Object.assign(window, { firstFrame: seen });
    const frame = () => {
      if (document.body?.textContent?.trim())
        seen.frame = getComputedStyle(document.body).backgroundColor;
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const firstFrame = () =>
    page.evaluate(() => (window as unknown as { firstFrame: { frame?: string } }).firstFrame.frame);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSite(page);
  const dark = await background();
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  expect(dark).not.toBe(light);

  const themeButton = page.getByRole('button', { name: /^Theme: / });
  await expect(themeButton).toHaveAccessibleName('Theme: the system’s. Switch to light');
  await themeButton.click();
  await expect(themeButton).toHaveAccessibleName('Theme: light. Switch to dark');
  await themeButton.click();
  await expect(themeButton).toHaveAccessibleName('Theme: dark. Switch to the system’s');
  expect(await background()).toBe(dark);

  await page.reload();
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  expect(await firstFrame()).toBe(dark);
  await expect(themeButton).toHaveAccessibleName('Theme: dark. Switch to the system’s');
  // Back to the system's: light again, and so on the next visit.
  await themeButton.click();
  expect(await background()).toBe(light);
  await page.reload();
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  expect(await firstFrame()).toBe(light);
});

test('printing gives a clean publication list: no search, navigation, filters or buttons', async ({
  page,
}) => {
  const { papers } = JSON.parse(
    readFileSync(join('dist', 'data', 'publications.json'), 'utf8'),
  ) as {
    papers: { title: string }[];
  };
  await openSite(page);
  await openFilters(page);
  const controls = {
    search: page.getByRole('searchbox'),
    navigation: page.getByRole('navigation'),
    filters: page.getByRole('checkbox'),
    menus: page.getByRole('combobox'),
    buttons: page.getByRole('button'),
  };
  // On screen each of them is there, so that their absence in print means something.
  for (const control of Object.values(controls)) await expect(control.first()).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  const shownInPrint = async () =>
    Object.fromEntries(
      await Promise.all(
        Object.entries(controls).map(async ([name, control]) => [
          name,
          await control.evaluateAll((els) =>
            els
              .filter((el) => el.checkVisibility())
              .map((el) => el.textContent?.trim() || el.tagName),
          ),
        ]),
      ),
    );
  expect(await shownInPrint()).toEqual({
    search: [],
    navigation: [],
    filters: [],
    menus: [],
    buttons: [],
  });
  // Every paper is printed, title included.
  const articles = publications(page).getByRole('article');
  await expect(articles).toHaveCount(papers.length);
  const printedLinks = await publications(page)
    .getByRole('link')
    .evaluateAll((links) => links.filter((a) => a.checkVisibility()).map((a) => a.textContent));
  expect(
    papers.map((paper) => paper.title).filter((title) => !printedLinks.includes(title)),
  ).toEqual([]);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

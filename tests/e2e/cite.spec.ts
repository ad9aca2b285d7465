import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, layOutWholePage } from './axe.ts';
import { expect, openSite, paperIds, publications, test } from './fixtures.ts';

const HAQ = 'HAQ: Hardware-Aware Automated Quantization with Mixed Precision';
const papers = (
  JSON.parse(readFileSync('data/publications.json', 'utf8')) as {
    papers: Array<{ id: string; title: string }>;
  }
).papers;
const titleOf = (id: string) => papers.find((paper) => paper.id === id)?.title;

/** Reads a .ris file with citation.js's RIS parser, as a reference manager would. */
const readRis = (path: string) =>
  new Cite(readFileSync(path, 'utf8')).data as Array<{ title?: string; type?: string }>;

const citeDialog = (page: Page) => page.getByRole('dialog', { name: 'Cite this paper' });
const reference = (page: Page, style: string) =>
  citeDialog(page).getByRole('figure', { name: `Reference in ${style}` });

async function openCite(page: Page, title = HAQ) {
  const article = publications(page).getByRole('article', { name: title });
  const button = article.getByRole('button', { name: 'Cite' });
  // Far down the page: laid out whole, nothing moves under the press (see layOutWholePage).
  await layOutWholePage(page);
  await button.click();
  await expect(citeDialog(page)).toBeVisible();
  return button;
}

test('cite a paper in APA and IEEE and copy each', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSite(page);
  const cite = await openCite(page);
  const apa = `Wang, K., Liu, Z., Lin, Y., Lin, J., & Han, S. (2019). ${HAQ}. IEEE Conference on Computer Vision and Pattern Recognition. https://arxiv.org/pdf/1811.08886`;
  await expect(reference(page, 'APA')).toHaveText(apa);
  await citeDialog(page).getByRole('button', { name: 'Copy' }).click();
  await expect(citeDialog(page).getByRole('status')).toHaveText(
    'APA reference copied to the clipboard.',
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apa);

  // The radio buttons are drawn as their labels: a visitor clicks the label.
  await citeDialog(page).getByRole('group', { name: 'Style' }).getByText('IEEE').click();
  await expect(citeDialog(page).getByRole('radio', { name: 'IEEE' })).toBeChecked();
  const ieee = `[1] K. Wang, Z. Liu, Y. Lin, J. Lin, and S. Han, “${HAQ},” in IEEE Conference on Computer Vision and Pattern Recognition, 2019. [Online]. Available: https://arxiv.org/pdf/1811.08886`;
  await expect(reference(page, 'IEEE')).toHaveText(ieee);
  await expect(citeDialog(page).getByRole('status')).toHaveText('');
  await citeDialog(page).getByRole('button', { name: 'Copy' }).click();
  await expect(citeDialog(page).getByRole('status')).toHaveText(
    'IEEE reference copied to the clipboard.',
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ieee);

  // The focus stays in the dialog; Escape closes it and the focus is back on Cite.
  for (let i = 0; i < 15; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(citeDialog(page)).toBeHidden();
  await expect(cite).toBeFocused();
});

test("download a paper's RIS file and read it back", async ({ page }) => {
  await openSite(page);
  await openCite(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    citeDialog(page).getByRole('button', { name: /^RIS/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('haq.ris');
  const items = readRis(await download.path());
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({ type: 'paper-conference', title: HAQ });
});

test('download the filtered list as RIS: every paper the search leaves, in order', async ({
  page,
}) => {
  await openSite(page, './?q=quantization');
  // Once the search has answered, the control counts the papers it leaves (not "all").
  const exportGroup = publications(page).getByRole('group', { name: /^Export \d+ papers as$/ });
  await expect(exportGroup).toBeVisible();
  const count = Number((await exportGroup.textContent())?.match(/^Export (\d+) papers/)?.[1]);
  expect(count).toBeGreaterThan(1);
  await expect.poll(async () => (await paperIds(page)).length).toBe(count);
  const ids = await paperIds(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exportGroup.getByRole('button', { name: 'RIS' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('publications.ris');
  expect(readRis(await download.path()).map((item) => item.title)).toEqual(ids.map(titleOf));
});

test('the Cite dialog fits a 320 px phone, with large targets', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openSite(page);
  await openCite(page);
  await expect(reference(page, 'APA')).toContainText('Wang, K.');
  const layout = await citeDialog(page).evaluate((dialog) => ({
    overflow: dialog.scrollWidth - dialog.clientWidth,
    right: dialog.getBoundingClientRect().right,
    small: [...dialog.querySelectorAll('button, label')]
      .map((el) => ({ el: el.textContent?.trim(), h: el.getBoundingClientRect().height }))
      .filter((target) => target.h < 44),
  }));
  expect(layout).toEqual({ overflow: 0, right: expect.any(Number), small: [] });
  expect(layout.right).toBeLessThanOrEqual(320);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 AA violation with the Cite dialog open, ${colorScheme}`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openSite(page);
    await openCite(page);
    await expect(reference(page, 'APA')).toContainText('Wang, K.');
    await citeDialog(page).getByRole('button', { name: 'Copy' }).focus();
    await expectNoAxeViolations(page);
  });
}

/** A mouse drags across the chart; a phone's finger scrolls it instead (playwright.config.ts). */
import { barName, years } from './expected-from-data.ts';
import { expect, openSite, publications, test } from './fixtures.ts';

test('dragging across the chart picks a range', async ({ page }) => {
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
});

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { serveCopyOfBuild } from '../../scripts/static-server.ts';

/** Waits until the service worker has installed and controls the page. */
async function serviceWorkerInControl(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

test('after one visit the site works offline: the app takes the page over, and search and filters work', async ({
  page,
  context,
}) => {
  const site = await serveCopyOfBuild('offline-site');
  try {
    await page.goto(site.url);
    await expect(
      page.getByRole('region', { name: 'Publications' }).getByRole('article').first(),
    ).toBeVisible();
    await serviceWorkerInControl(page);
    await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
    await page.goto(`${site.url}papers/haq/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('HAQ');

    await context.setOffline(true);
    await page.goto(`${site.url}?q=quantizaton`);
    // The cached prerendered page shows every paper; only the app, with its code and data from the
    // cache, narrows it to the search.
    await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
    const publications = page.getByRole('region', { name: 'Publications' });
    const haq = publications.getByRole('article', { name: /HAQ: Hardware-Aware/ });
    const pvcnn = publications.getByRole('article', { name: /Point-Voxel CNN/ });
    await expect(haq).toBeVisible();
    await expect(pvcnn).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);

    await page.getByRole('searchbox').fill('point voxel');
    await expect(pvcnn).toBeVisible();
    await expect(haq).toHaveCount(0);
    await page.getByRole('searchbox').fill('');
    await publications.getByRole('checkbox', { name: /Point Cloud/ }).check();
    await expect(page).toHaveURL(/\?topic=point-cloud$/);
    await expect(pvcnn).toBeVisible();
    await expect(haq).toHaveCount(0);
    // Every section's data came from the cache: all are back once the filter is cleared.
    await publications.getByRole('checkbox', { name: /Point Cloud/ }).uncheck();
    await expect(haq).toBeVisible();
    for (const name of ['News', 'Awards', 'Industry Impact', 'Media Coverage']) {
      await expect(page.getByRole('region', { name })).toBeVisible();
    }
    await expect(page.getByRole('alert')).toHaveCount(0);

    await page.goto(`${site.url}papers/haq/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('HAQ');
  } finally {
    await context.setOffline(false);
    await site.close();
  }
});

test('a visit after the data changed and the site was rebuilt shows the new data', async ({
  page,
}) => {
  const site = await serveCopyOfBuild('update-site');
  try {
    await page.goto(site.url);
    await serviceWorkerInControl(page);
    await expect(page.getByText('A news item added after the first visit.')).toHaveCount(0);
    // The owner adds a news item and redeploys.
    const newsFile = join(site.root, 'data', 'news.json');
    const news = JSON.parse(readFileSync(newsFile, 'utf8')) as { items: unknown[] };
    news.items.unshift({
      id: '2026-11-update-test',
      date: '2026-11',
      text: 'A news item added after the first visit.',
      kind: 'release',
    });
    writeFileSync(newsFile, JSON.stringify(news));
    execFileSync('npx', ['tsx', 'scripts/service-worker.ts', site.root], { stdio: 'ignore' });
    await page.goto(site.url);
    await expect(page.getByText('A news item added after the first visit.')).toBeVisible({
      timeout: 30_000,
    });
  } finally {
    await site.close();
  }
});

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { serveCopyOfBuild } from './static-site.ts';

test('after one visit the site works offline, and a later visit picks up changed data', async ({
  page,
  context,
  problems,
}) => {
  const site = await serveCopyOfBuild('offline-site');
  try {
    await page.goto(site.url);
    await expect(
      page.getByRole('region', { name: 'Publications' }).getByRole('article').first(),
    ).toBeVisible();
    // The service worker has installed and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
    });

    await context.setOffline(true);
    await page.goto(`${site.url}?q=quantizaton`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const publications = page.getByRole('region', { name: 'Publications' });
    await expect(publications.getByRole('article', { name: /HAQ: Hardware-Aware/ })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await context.setOffline(false);

    // The owner adds a news item and redeploys: the next visit online shows it.
    const newsFile = join(site.root, 'data', 'news.json');
    const news = JSON.parse(readFileSync(newsFile, 'utf8')) as { items: unknown[] };
    news.items.unshift({
      id: '2026-11-offline-test',
      date: '2026-11',
      text: 'A news item added after the first visit.',
      kind: 'release',
    });
    writeFileSync(newsFile, JSON.stringify(news));
    execFileSync('npx', ['tsx', 'scripts/service-worker.ts', site.root], { stdio: 'ignore' });
    await page.goto(site.url);
    await expect(page.getByText('A news item added after the first visit.')).toBeVisible({
      timeout: 20_000,
    });
    expect(problems.list).toEqual([]);
  } finally {
    await site.close();
  }
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, type PageProblems } from './fixtures.ts';

/** Each data file, and the part of the page it fills. */
export const FILES = [
  { file: 'profile.json', region: 'Research Interests', list: 'links' },
  { file: 'publications.json', region: 'Publications', list: 'papers' },
  { file: 'news.json', region: 'News', list: 'items' },
  { file: 'awards.json', region: 'Awards', list: 'honors' },
  { file: 'impact.json', region: 'Industry Impact', list: 'adoptions' },
  { file: 'media.json', region: 'Media Coverage', list: 'groups' },
] as const;
const REGIONS = FILES.map((f) => f.region);

export const real = (file: string): unknown =>
  JSON.parse(readFileSync(join(process.cwd(), 'data', file), 'utf8'));

/** Serves a file's variant in place of the real one (null: the server does not have it). */
export async function serveVariant(page: Page, file: string, body: string | null, status = 200) {
  await page.route(`**/data/${file}`, (route) =>
    body === null
      ? route.fulfill({ status: 404, body: 'not found' })
      : route.fulfill({ status, body, contentType: 'application/json' }),
  );
}

/**
 * What went wrong besides the broken file's own failed requests (a script error, a CSP violation,
 * another file failing); the list starts afresh for the next step.
 */
export function problemsBesides(problems: PageProblems, file: string): string[] {
  const seen = problems.list.filter((problem) => !problem.includes(`/data/${file}`));
  problems.list.length = 0;
  return seen;
}

export async function appTookOver(page: Page) {
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
}

/** Every section but the broken one is there, with no alert. */
export async function expectOthersFine(page: Page, broken: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const name of REGIONS.filter((r) => r !== broken)) {
    const region = page.getByRole('region', { name });
    await expect(region).toBeVisible();
    await expect(region.getByRole('alert')).toHaveCount(0);
  }
  if (broken !== 'Publications')
    await expect(
      page.getByRole('region', { name: 'Publications' }).getByRole('article').first(),
    ).toBeVisible();
}

/**
 * Serves the page without its prerendered content, so the app renders every element itself (as it
 * does where the page is not prerendered). A line of text stays: the app starts after a first paint.
 */
export async function withoutPrerenderedContent(page: Page) {
  await page.route(
    (url) => url.pathname.endsWith('/'),
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const emptied = html.replace(
        /<div id="root">.*<\/div>(?=\s*<script>)/s,
        '<p>Not prerendered.</p><div id="root"></div>',
      );
      expect(emptied).not.toBe(html);
      await route.fulfill({ response, body: emptied });
    },
  );
}

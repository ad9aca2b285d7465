import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Each data file, and the part of the page it fills. */
const FILES = [
  { file: 'profile.json', region: 'Research Interests', list: 'links' },
  { file: 'publications.json', region: 'Publications', list: 'papers' },
  { file: 'news.json', region: 'News', list: 'items' },
  { file: 'awards.json', region: 'Awards', list: 'honors' },
  { file: 'impact.json', region: 'Industry Impact', list: 'adoptions' },
  { file: 'media.json', region: 'Media Coverage', list: 'groups' },
] as const;
const REGIONS = FILES.map((f) => f.region);

const real = (file: string): unknown =>
  JSON.parse(readFileSync(join(process.cwd(), 'data', file), 'utf8'));
const INJECTION = '<img src=x onerror="window.__injected=1"><script>window.__injected=1</script>';
const TEXT_KEYS = new Set([
  'title',
  'text',
  'name',
  'headline',
  'outlet',
  'label',
  'citation',
  'detail',
  'project',
  'recipients',
  'intro',
  'focus',
  'authors',
  'bio',
  'shortName',
  'venueName',
  'result',
  'product',
  'company',
  'taglines',
]);

/** Markup in every text field and a javascript: link in every link. */
function hostile(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (key === 'url') return 'javascript:window.__injected=1';
    return TEXT_KEYS.has(key) ? `${INJECTION}${value}` : value;
  }
  if (Array.isArray(value)) return value.map((item) => hostile(item, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hostile(v, k)]));
  }
  return value;
}

/** The same file with the first entry of one of its lists broken (a number where a text belongs). */
function partlyInvalid(file: string, listKey: string): unknown {
  const data = real(file) as Record<string, Array<Record<string, unknown>>>;
  const list = [...(data[listKey] ?? [])];
  list[0] = { ...list[0], [file === 'profile.json' ? 'url' : 'id']: 42 };
  return { ...data, [listKey]: list };
}

async function serveVariant(page: Page, file: string, body: string | null, status = 200) {
  await page.route(`**/data/${file}`, (route) =>
    body === null
      ? route.fulfill({ status: 404, body: 'not found' })
      : route.fulfill({ status, body, contentType: 'application/json' }),
  );
}

async function expectOthersFine(page: Page, broken: string) {
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

for (const { file, region, list } of FILES) {
  test(`${file}: missing, malformed, partly invalid or hostile, only its own section is affected`, async ({
    page,
  }) => {
    // profile.json fills the banner too: with it broken the page still has its sections.
    const sectionName = region;
    const section = () => page.getByRole('region', { name: sectionName });

    await test.step('missing (404)', async () => {
      await serveVariant(page, file, null);
      await page.goto('./');
      await expect(section().getByRole('alert')).toContainText(
        `${file} could not be loaded (the server answered 404)`,
      );
      await expect(section().getByRole('button', { name: 'Retry' })).toBeVisible();
      await expectOthersFine(page, region);
      await page.unrouteAll();
    });

    await test.step('malformed JSON', async () => {
      await serveVariant(page, file, '{ "this is": not json');
      await page.goto('./');
      await expect(section().getByRole('alert')).toContainText(`${file} is not valid JSON`);
      await expectOthersFine(page, region);
      await page.unrouteAll();
    });

    await test.step('empty', async () => {
      await serveVariant(page, file, '');
      await page.goto('./');
      await expect(section().getByRole('alert')).toBeVisible();
      await expectOthersFine(page, region);
      await page.unrouteAll();
    });

    await test.step('partly invalid: the valid entries show, with how many were skipped', async () => {
      const warnings: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'warning') warnings.push(m.text());
      });
      await serveVariant(page, file, JSON.stringify(partlyInvalid(file, list)));
      await page.goto('./');
      await expect(
        section().getByRole('status').filter({ hasText: 'could not be read' }),
      ).toContainText('1 entry could not be read');
      await expect(section().getByRole('alert')).toHaveCount(0);
      await expectOthersFine(page, region);
      // The owner learns which file, which entry and which field.
      await expect
        .poll(() => warnings.join('\n'))
        .toMatch(new RegExp(`Skipped an invalid entry: ${file.replace('.', '\\.')}: \\w+\\[0\\]`));
      await page.unrouteAll();
    });

    await test.step('markup and javascript: links in every text field', async () => {
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs += 1;
        void d.dismiss();
      });
      await serveVariant(page, file, JSON.stringify(hostile(real(file))));
      await page.goto('./');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(
        await page.evaluate(() => (window as unknown as { __injected?: number }).__injected),
      ).toBeUndefined();
      expect(dialogs).toBe(0);
      expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
      expect(await page.locator('#root img, #root script').count()).toBe(0);
      // The markup is on the page as characters.
      if (file !== 'profile.json')
        await expect(page.getByText('<img src=x onerror=', { exact: false }).first()).toBeVisible();
      await page.unrouteAll();
    });
  });
}

import { readFileSync } from 'node:fs';
import { parse } from '@retorquere/bibtex-parser';
import { layOutWholePage } from './axe.ts';
import { expect, openSite, paperIds, publications, searchBox, test } from './fixtures.ts';
import { serveCopyOfBuild } from '../../scripts/static-server.ts';

const bibtex = (text: string) => parse(text, { sentenceCase: false });

test("copy a paper's BibTeX from its Cite dialog: it is on the clipboard and parses", async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSite(page);
  const haq = publications(page).getByRole('article', { name: /HAQ: Hardware-Aware/ });
  // Far down the page: laid out whole, nothing moves under the press (see layOutWholePage).
  await layOutWholePage(page);
  await haq.getByRole('button', { name: 'Cite' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this paper' });
  await dialog.getByRole('group', { name: 'Style' }).getByText('BibTeX', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status')).toHaveText('BibTeX reference copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const library = bibtex(copied);
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  expect(library.entries[0]).toMatchObject({ type: 'inproceedings', key: 'wang2019haq' });
  expect(library.entries[0]?.fields.title).toBe(
    'HAQ: Hardware-Aware Automated Quantization with Mixed Precision',
  );
});

test('export the filtered list as a .bib file', async ({ page }) => {
  await openSite(page, './?year=2019-2020&topic=point-cloud');
  await expect.poll(() => paperIds(page)).toEqual(['spvnas', 'pvcnn']);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    publications(page)
      .getByRole('group', { name: 'Export 2 papers as' })
      .getByRole('button', { name: 'BibTeX' })
      .click(),
  ]);
  expect(download.suggestedFilename()).toBe('publications.bib');
  const library = bibtex(readFileSync(await download.path(), 'utf8'));
  expect(library.errors).toEqual([]);
  expect(library.entries.map((e) => e.fields.title)).toEqual([
    'Searching Efficient 3D Architectures with Sparse Point-Voxel Convolution',
    'Point-Voxel CNN for Efficient 3D Deep Learning',
  ]);
});

test('the build carries a feed, a sitemap, robots.txt, llms.txt, head tags and a page per paper', async ({
  page,
  request,
}) => {
  const parseXml = (xml: string) =>
    page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.nodeName,
        entries: doc.getElementsByTagName('entry').length,
        urls: doc.getElementsByTagName('url').length,
      };
    }, xml);
  await openSite(page);
  const feed = await request.get('./feed.xml');
  expect(feed.ok()).toBe(true);
  expect(await parseXml(await feed.text())).toEqual({
    error: 0,
    root: 'feed',
    entries: 78,
    urls: 0,
  });
  const map = await request.get('./sitemap.xml');
  expect(await parseXml(await map.text())).toEqual({
    error: 0,
    root: 'urlset',
    entries: 0,
    urls: 48,
  });
  expect(await (await request.get('./robots.txt')).text()).toMatch(
    /^User-agent: \*[\s\S]*Sitemap: https:\/\//,
  );
  expect(await (await request.get('./llms.txt')).text()).toMatch(/^# Song Han\n\n> /);

  const head = page.locator('head');
  await expect(head.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    './feed.xml',
  );
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https:\/\//);
  await expect(head.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /^https:\/\/.+\/og-card\.png$/,
  );
  const jsonLd = JSON.parse(
    (await head.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  ) as {
    '@graph': Array<{ '@type': string; '@id'?: string }>;
  };
  const named = jsonLd['@graph'].filter((n) => n['@type'] === 'ScholarlyArticle');
  expect(named).toHaveLength(47);
  expect((await request.get('./og-card.png')).headers()['content-type']).toBe('image/png');

  await page.goto('./papers/ofa/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /^Once-for-All: Train One Network/,
  );
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute(
    'content',
    /^Once-for-All/,
  );
  await expect(page.locator('meta[name="citation_author"]')).toHaveCount(5);
  await expect(page.locator('meta[name="citation_conference_title"]')).toHaveAttribute(
    'content',
    'International Conference on Learning Representations',
  );
  expect(bibtex((await page.locator('pre').textContent()) ?? '').entries).toHaveLength(1);
  // The paper described whole, under the @id the profile names it by.
  const article = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  ) as { '@id'?: string; name?: string; author?: unknown[] };
  expect(named.map((n) => n['@id'])).toContain(article['@id']);
  expect(article.name).toMatch(/^Once-for-All/);
  expect(article.author).toHaveLength(5);
  await page.getByRole('link', { name: /all publications/ }).click();
  await expect.poll(() => paperIds(page)).toEqual(['ofa']);
});

test('the built site works unchanged from a sub-folder of a host', async ({ page }) => {
  const site = await serveCopyOfBuild('subfolder-site', '/~songhan/');
  try {
    await page.goto(site.url);
    await expect(publications(page).getByRole('article').first()).toBeVisible();
    await searchBox(page).fill('quantizaton');
    await expect(
      publications(page).getByRole('article', { name: /HAQ: Hardware-Aware/ }),
    ).toBeVisible();
    await expect(page).toHaveURL(`${site.url}?q=quantizaton`);
    await page.goto(`${site.url}papers/haq/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('HAQ');
    await page.getByRole('link', { name: /all publications/ }).click();
    await expect(page).toHaveURL(`${site.url}?paper=haq#publications`);
    await expect.poll(() => paperIds(page)).toEqual(['haq']);
  } finally {
    await site.close();
  }
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from '@playwright/test';
import { publicationsFile } from '#src/features/publications/publications-query.ts';
import { paperSearchDoc, topicLabelMap } from '#src/features/publications/publications-search.ts';
import { sortPapers } from '#src/features/publications/filter-publications.ts';
import { messages } from '#src/i18n/messages/en.ts';
import { buildSearchIndex } from '#src/search/engine/build.ts';
import { searchIndex } from '#src/search/engine/query.ts';
import { syntheticPapers } from '../../scripts/bench/synthetic-papers.ts';
import { problemsBesides } from './data-variants.ts';
import { expect, publications, searchBox, test } from './fixtures.ts';

/** Large enough that the list is searched in a worker that reads publications.json itself. */
const COUNT = 10_000;
const QUERIES = ['quantization mobile', 'sparse attention'];
const FILE = 'publications.json';

const real = JSON.parse(readFileSync(join(process.cwd(), 'data', FILE), 'utf8')) as {
  topics: unknown[];
};
const body = JSON.stringify({ topics: real.topics, papers: syntheticPapers(COUNT) });

/** The status line for each query's answer, from the same engine run here over the same file. */
async function expectedStatus(file = body): Promise<Map<string, string>> {
  const data = (await publicationsFile.schema()).parse(JSON.parse(file));
  const labels = { topics: topicLabelMap(data.topics), types: messages.paper.types };
  const index = buildSearchIndex(sortPapers(data.papers).map((p) => paperSearchDoc(p, labels)));
  return new Map(
    QUERIES.map((q) => [
      q,
      messages.publications.countOf(searchIndex(index, q).hits.length, data.papers.length),
    ]),
  );
}

/** How the search worker's request fails (the page's own request for the file succeeds). */
const FAILURES = [
  {
    name: 'the network fails',
    fail: (route: Route) => route.abort('failed'),
    says: messages.dataErrors.network(FILE),
  },
  {
    name: 'the server answers 500',
    fail: (route: Route) => route.fulfill({ status: 500, body: 'server error' }),
    says: messages.dataErrors.http(FILE, 500),
  },
  {
    name: 'the file is malformed',
    fail: (route: Route) =>
      route.fulfill({ body: '{"topics": [], "papers": [', contentType: 'application/json' }),
    says: messages.dataErrors.notJson(FILE),
  },
];

// The file is swapped with page.route, which a service worker would bypass.
test.use({ serviceWorkers: 'block' });

for (const { name, fail, says } of FAILURES) {
  test(`with ${COUNT.toLocaleString('en')} papers, when ${name} for the search worker, search says so, works, and Retry recovers`, async ({
    page,
    problems,
  }) => {
    // Loading 15 MB twice on a shared, slow machine: as scale.spec.ts allows.
    test.setTimeout(300_000);
    const statusFor = await expectedStatus();
    let broken = true;
    let workerAsked = 0;
    await page.route(`**/data/${FILE}`, async (route) => {
      // The search worker reads the file itself; the page's data worker has its own script.
      const fromSearch = /publications-search\.worker/.test(
        (await route.request().headerValue('referer')) ?? '',
      );
      if (fromSearch) workerAsked++;
      if (fromSearch && broken) await fail(route);
      else await route.fulfill({ body, contentType: 'application/json' });
    });
    await page.goto('./');
    const section = publications(page);
    await expect(
      section.getByText(messages.publications.count(COUNT), { exact: true }),
    ).toBeVisible({ timeout: 120_000 });

    // The failure is told where the results are, with why and a Retry.
    const alert = section.getByRole('alert');
    await expect(alert).toContainText(messages.search.couldNotLoad('The publication list'));
    await expect(alert).toContainText(says);
    await expect(alert).toContainText(messages.search.unavailable);

    // Meanwhile search is unavailable, and says so: every paper listed, not an endless wait.
    const [first, second] = QUERIES as [string, string];
    await searchBox(page).fill(first);
    await expect(section).toHaveAttribute('aria-busy', 'false');
    await expect(
      section.getByText(messages.publications.countOf(COUNT, COUNT), { exact: true }),
    ).toBeVisible();
    await expect(alert).toBeVisible();
    // The counts under the search box claim no matches for a list that could not be searched.
    await expect(
      page.getByRole('search').getByRole('link', { name: /^Publications [\d,]+$/ }),
    ).toHaveCount(0);

    // Retry while the file still fails: the worker asks again, and the alert stays.
    const askedBefore = workerAsked;
    await alert.getByRole('button', { name: messages.common.retry }).click();
    await expect.poll(() => workerAsked).toBeGreaterThan(askedBefore);
    await expect(alert).toContainText(says);

    // Retry once the file is back: the worker loads it, the alert goes, and searches answer.
    broken = false;
    await alert.getByRole('button', { name: messages.common.retry }).click();
    await expect(alert).toHaveCount(0);
    await expect(section.getByText(statusFor.get(first) ?? '', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('search').getByRole('link', { name: /^Publications [\d,]+$/ }),
    ).toBeVisible();
    await searchBox(page).fill(second);
    await expect(section.getByText(statusFor.get(second) ?? '', { exact: true })).toBeVisible();
    await expect(section).toHaveAttribute('aria-busy', 'false');
    await expect(section.getByRole('article').first()).toBeVisible();
    expect(problemsBesides(problems, FILE)).toEqual([]);
  });
}

test(`with ${COUNT.toLocaleString('en')} papers, one of them invalid, the page and the search worker both skip it`, async ({
  page,
  problems,
}) => {
  test.setTimeout(300_000);
  const file = JSON.parse(body) as { topics: unknown[]; papers: Array<Record<string, unknown>> };
  // The newest paper with a year no schema accepts: a strict worker would fail on the whole file.
  const invalid = { ...file.papers[0], year: 'soon' };
  const withInvalid = JSON.stringify({ ...file, papers: [invalid, ...file.papers.slice(1)] });
  await page.route(`**/data/${FILE}`, (route) =>
    route.fulfill({ body: withInvalid, contentType: 'application/json' }),
  );
  await page.goto('./');
  const section = publications(page);
  await expect(
    section.getByText(messages.publications.count(COUNT - 1), { exact: true }),
  ).toBeVisible({ timeout: 120_000 });
  await expect(
    section.getByRole('status').filter({ hasText: messages.common.entriesSkipped(1) }),
  ).toBeVisible();
  const [query] = QUERIES as [string];
  await searchBox(page).fill(query);
  const status = (await expectedStatus(withInvalid)).get(query) ?? '';
  await expect(section.getByText(status, { exact: true })).toBeVisible();
  await expect(section).toHaveAttribute('aria-busy', 'false');
  await expect(section.getByRole('alert')).toHaveCount(0);
  expect(problemsBesides(problems, FILE)).toEqual([]);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@retorquere/bibtex-parser';
import type { Page } from '@playwright/test';
import { directives, expectedPolicy } from '../fixtures/expected-policy.ts';
import { expect, openSite, test } from './fixtures.ts';

interface DataPaper {
  id: string;
  title: string;
  authors?: string[];
  venue: string;
  venueName?: string;
  year: number;
  type: 'conference' | 'journal' | 'workshop' | 'preprint';
}
const { papers } = JSON.parse(readFileSync(join('data', 'publications.json'), 'utf8')) as {
  papers: DataPaper[];
};

/** What a built page holds, read by the browser's own HTML parser from the file as served. */
function readPages(page: Page, htmls: string[]) {
  return page.evaluate((texts) => {
    const parser = new DOMParser();
    return texts.map((text) => {
      const doc = parser.parseFromString(text, 'text/html');
      const metas: Record<string, string[]> = {};
      for (const meta of doc.querySelectorAll('meta[name]')) {
        const name = meta.getAttribute('name') ?? '';
        (metas[name] ??= []).push(meta.getAttribute('content') ?? '');
      }
      return {
        title: doc.title,
        h1: doc.querySelector('h1')?.textContent ?? '',
        metas,
        bibtex: doc.querySelector('pre')?.textContent ?? '',
        policy:
          doc
            .querySelector('meta[http-equiv="Content-Security-Policy"]')
            ?.getAttribute('content') ?? '',
        // Inline code the policy governs (JSON-LD is data: the policy does not cover it).
        inlineScripts: [...doc.querySelectorAll('script:not([src])')]
          .filter((script) => script.getAttribute('type') !== 'application/ld+json')
          .map((script) => script.textContent ?? ''),
        inlineStyles: [...doc.querySelectorAll('style')].map((style) => style.textContent ?? ''),
      };
    });
  }, htmls);
}

test("the page's Content-Security-Policy allows its own files, its two inline scripts (the theme before the first paint, the start-up after it) and its one inline style, and the browser enforces it", async ({
  page,
  request,
  problems,
}) => {
  const response = await request.get('./');
  expect(response.ok()).toBe(true);
  const [built] = await readPages(page, [await response.text()]);
  expect(built?.inlineScripts).toHaveLength(2);
  expect(built?.inlineStyles).toHaveLength(1);
  expect(directives(built?.policy ?? '')).toEqual(
    expectedPolicy(built?.inlineScripts ?? [], built?.inlineStyles ?? []),
  );

  // The app runs under it; code put into the page that is not the site's own does not.
  await openSite(page);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedRan = "inline script"';
    document.body.append(script);
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.injectedRan = "inline handler"');
    image.src = 'data:,not an image';
    document.body.append(image);
    setTimeout('window.injectedRan = "string timer"', 0);
  });
  await page.waitForTimeout(500);
  expect(
    await page.evaluate(() => (window as { injectedRan?: string }).injectedRan),
  ).toBeUndefined();
  // The browser reported each as a violation of the policy (and logged why); nothing else failed.
  const [reported, logged] = [
    problems.list.filter((problem) => problem.startsWith('CSP violation: ')),
    problems.list.filter((problem) => problem.includes('violates the following Content Security')),
  ];
  expect(reported.sort()).toEqual([
    'CSP violation: script-src eval',
    'CSP violation: script-src-attr inline',
    'CSP violation: script-src-elem inline',
  ]);
  expect(problems.list).toHaveLength(reported.length + logged.length);
  problems.list.length = 0;
});

test('every paper in data/publications.json has its own page: title, citation tags, a BibTeX entry that parses and the same policy', async ({
  page,
  request,
}) => {
  const responses = await Promise.all(papers.map((paper) => request.get(`./papers/${paper.id}/`)));
  expect(
    papers.filter((_, i) => !responses[i]?.ok()).map((paper) => paper.id),
    'papers without a page',
  ).toEqual([]);
  const built = await readPages(page, await Promise.all(responses.map((r) => r.text())));

  const venueTag = {
    journal: 'citation_journal_title',
    preprint: 'citation_technical_report_institution',
    conference: 'citation_conference_title',
    workshop: 'citation_conference_title',
  } as const;
  papers.forEach((paper, i) => {
    const got = built[i];
    expect(got, paper.id).toBeDefined();
    if (!got) return;
    expect(got.title.startsWith(paper.title), `${paper.id}: <title> ${got.title}`).toBe(true);
    expect(got.h1, paper.id).toBe(paper.title);
    expect(got.metas.citation_title, paper.id).toEqual([paper.title]);
    expect(got.metas.citation_author ?? [], paper.id).toEqual(paper.authors ?? []);
    expect(got.metas.citation_publication_date, paper.id).toEqual([String(paper.year)]);
    expect(got.metas[venueTag[paper.type]], paper.id).toEqual([paper.venueName ?? paper.venue]);
    const library = parse(got.bibtex, { sentenceCase: false });
    expect(library.errors, paper.id).toEqual([]);
    expect(
      library.entries.map((entry) => entry.fields.title),
      paper.id,
    ).toEqual([paper.title]);
    expect(directives(got.policy), paper.id).toEqual(expectedPolicy([], []));
    expect([...got.inlineScripts, ...got.inlineStyles], paper.id).toEqual([]);
  });
});

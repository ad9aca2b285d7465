import type { Page } from '@playwright/test';
import { expect } from '../fixtures.ts';

/**
 * Every section the page shows has more than its heading, every in-page link leads to something
 * on the page, and no list stands empty: nothing the site does not have is shown.
 */
export async function expectNoEmptyParts(page: Page) {
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    for (const section of document.querySelectorAll('main section')) {
      const heading = section.querySelector('h2')?.textContent ?? '';
      const rest = (section.textContent ?? '').replace(heading, '').trim();
      if (rest === '') problems.push(`section #${section.id} has only its heading`);
    }
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      const id = decodeURIComponent(link.hash.slice(1));
      if (id !== '' && !document.getElementById(id))
        problems.push(`link "${link.textContent}" leads to #${id}, which is not on the page`);
    }
    for (const list of document.querySelectorAll('main ul, main ol'))
      if (list.children.length === 0)
        problems.push(`empty list ${list.getAttribute('aria-label') ?? list.className}`);
    return problems;
  });
  expect(found).toEqual([]);
}

import { test as base, expect, type Page } from '@playwright/test';

/**
 * Console errors, page errors, failed requests and CSP violations seen during a test. A normal visit
 * has none: every test fails on one left in the list at its end. A test that causes some on purpose
 * takes them out (problemsBesides in data-variants.ts) and checks what is left.
 */
export interface PageProblems {
  list: string[];
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page }, use) => {
      const problems: PageProblems = { list: [] };
      // A Content-Security-Policy violation is a problem even where the browser does not log it.
      await page.exposeFunction('reportCspViolation', (text: string) =>
        problems.list.push(`CSP violation: ${text}`),
      );
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
            `${event.violatedDirective} ${event.blockedURI}`,
          );
        });
      });
      page.on('console', (message) => {
        // With where it came from: "Failed to load resource" alone does not name the resource.
        const where = message.location().url;
        if (message.type() === 'error')
          problems.list.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
      });
      page.on('pageerror', (error) => problems.list.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => {
        // A request cut short by leaving the page (net::ERR_ABORTED) is no failure a visitor sees.
        if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
          problems.list.push(
            `request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`,
          );
        }
      });
      page.on('response', (response) => {
        if (response.status() >= 400)
          problems.list.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await use(problems);
      expect(problems.list, 'console errors, page errors, failed requests, CSP violations').toEqual(
        [],
      );
    },
    { auto: true },
  ],
});

export { expect };

export async function openSite(page: Page, path = './') {
  await page.goto(path);
  // The prerendered page is readable at once; wait until the app has taken it over.
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // By its id, not its name: the test sites speak other languages.
  await expect(page.locator('#publications').getByRole('article').first()).toBeVisible();
}

export const publications = (page: Page) => page.getByRole('region', { name: 'Publications' });
export const searchBox = (page: Page) => page.getByRole('searchbox');

export async function paperIds(page: Page): Promise<string[]> {
  return publications(page)
    .getByRole('article')
    .evaluateAll((articles) => articles.map((a) => a.id.replace(/^paper-/, '')));
}

/** Opens the filter panel where it is folded away (on a phone). */
export async function openFilters(page: Page) {
  const toggle = publications(page).getByRole('button', { name: /^Filters/ });
  // The panel folds away below the lg breakpoint (1024 px) only.
  if ((page.viewportSize()?.width ?? 0) >= 1024) return;
  await expect(toggle).toBeVisible();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** Records the page's layout shifts, from each navigation on (a reload too), as CLS counts them. */
export async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts recorded since the page's last navigation. */
export const layoutShifts = (page: Page) =>
  page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);

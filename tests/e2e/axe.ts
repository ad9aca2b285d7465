import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openSite, test } from './fixtures.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Blocks off the screen skip layout until a visitor scrolls near them; axe reads colours and sizes
 * from laid-out boxes (off-screen ones would report whatever is painted at their estimated place),
 * so it checks the page as a visitor who scrolls through it sees it: every block laid out. At the
 * top nothing sits under the sticky search bar (axe counts covered targets as too small).
 *
 * Tests also call it before pressing a control far down the page. A click's own jump there meets
 * blocks at estimated heights, which take their real ones over the next frames: pressed on the
 * control and released on another element, the click was lost (1 run in 10 or 20). Laid out
 * whole, the page does not move.
 */
export async function layOutWholePage(page: Page) {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.documentElement.dataset.renderAll = 'true';
  });
}

/** Runs axe on the page as it is: no WCAG 2.2 AA violation, each named with where it is. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    ),
  ).toEqual([]);
}

/**
 * A test per theme: at each address (the page taken over by the app, `prepare` done, every block
 * laid out), axe finds no WCAG 2.2 AA violation.
 */
export function axeInBothThemes(
  addresses: readonly string[],
  prepare: (page: Page) => Promise<void> = async () => {},
) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.2 AA violation in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const address of addresses) {
        await openSite(page, address);
        await prepare(page);
        await layOutWholePage(page);
        await expectNoAxeViolations(page);
      }
    });
  }
}

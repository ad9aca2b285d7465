import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSE_PLACE_STATE_KEY as KEY } from '#src/app/browse-position.ts';
import { SONG_HAN_SECTIONS } from '#tests/fixtures/song-han-sections.ts';
import { axeInBothThemes, layOutWholePage } from './axe.ts';
import { appTookOver } from './data-variants.ts';
import {
  expect,
  layoutShifts,
  openFilters,
  openSite,
  publications,
  recordLayoutShifts,
  test,
} from './fixtures.ts';

axeInBothThemes(['./?q=quantization', './'], openFilters);

test('the page fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openSite(page);
  await openFilters(page);
  // Blocks off the screen are not laid out (and clip what overflows them): lay them all out, then
  // measure every element's box, not only the page's scroll width.
  await layOutWholePage(page);
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    /** Inside a box that scrolls sideways (the section links), overflowing is its design. */
    const scrollsSideways = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement)
        if (/auto|scroll/.test(getComputedStyle(p).overflowX)) return true;
      return false;
    };
    const wide = new Set(
      [...document.body.querySelectorAll('*')].filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.left < -1 || box.right > width + 1) && !scrollsSideways(el);
      }),
    );
    // The outermost of them: what is inside a box too wide is too wide too.
    const outermost = [...wide]
      .filter((el) => !el.parentElement || !wide.has(el.parentElement))
      .map((el) => {
        const box = el.getBoundingClientRect();
        const name = el.id ? `#${el.id}` : (el.textContent ?? '').trim().slice(0, 40);
        return `${el.tagName.toLowerCase()} ${name}: ${Math.round(box.left)}-${Math.round(box.right)} px`;
      });
    return { width, scrollWidth: document.documentElement.scrollWidth, outermost };
  });
  expect(overflow.width).toBe(320);
  expect(overflow.outermost.slice(0, 10)).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
});

test('buttons, fields and control links are at least 24 px tall', async ({ page }) => {
  await openSite(page);
  await openFilters(page);
  const small = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, input, select, nav a, [aria-label="Links"] a, article ul a',
      ),
    ]
      .filter((el) => el.offsetParent !== null)
      // A checkbox's target is its whole label.
      .map((el) =>
        el instanceof HTMLInputElement && el.type === 'checkbox' ? (el.closest('label') ?? el) : el,
      )
      .map((el) => ({
        el: el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName,
        h: el.getBoundingClientRect().height,
      }))
      .filter((x) => x.h < 24),
  );
  expect(small).toEqual([]);
});

test('the content paints before any script or data file is requested', async ({ page }) => {
  await openSite(page);
  // Requests on one clock (ms since the epoch): the page's, and its workers' (the data worker
  // fetches the data files).
  const requested = () =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /\/assets\/.*\.js$|\/data\/.*\.json$/.test(entry.name))
      .map((entry) => ({
        url: new URL(entry.name).pathname,
        at: performance.timeOrigin + entry.startTime,
      }));
  const paintedAt = await page.evaluate(
    () =>
      performance.timeOrigin +
      (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity),
  );
  const requests = [
    ...(await page.evaluate(requested)),
    ...(await Promise.all(page.workers().map((worker) => worker.evaluate(requested)))).flat(),
  ];
  // The app's scripts and its data were requested (the app took over), all after the paint.
  expect(requests.some((r) => r.url.endsWith('.js'))).toBe(true);
  expect(requests.some((r) => r.url.endsWith('/publications.json'))).toBe(true);
  expect(requests.filter((r) => r.at < paintedAt)).toEqual([]);
});

test('a shared link with filters takes the prerendered page over without redrawing it', async ({
  page,
}) => {
  // Everything the page throws away or shows as loading while the app takes it over.
  await page.addInitScript(() => {
    const redrawn: string[] = [];
    Object.assign(window, { redrawn });
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes)
          if (node instanceof Element && node.matches('section, fieldset'))
            redrawn.push(`removed ${node.tagName.toLowerCase()} ${node.id}`);
        for (const node of record.addedNodes)
          if (node instanceof Element && node.matches('[role="status"][aria-label^="Loading"]'))
            redrawn.push(`shown ${node.getAttribute('aria-label') ?? ''}`);
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await openSite(page, './?year=2019&topic=point-cloud&news-year=2019');
  await expect
    .poll(() =>
      publications(page)
        .getByRole('article')
        .evaluateAll((a) => a.map((e) => e.id)),
    )
    .toEqual(['paper-pvcnn']);
  await expect(
    page.getByRole('region', { name: 'News' }).getByRole('heading', { level: 3 }),
  ).toHaveText(['2019']);
  expect(await page.evaluate(() => (window as unknown as { redrawn: string[] }).redrawn)).toEqual(
    [],
  );
});

test('a reload puts the visitor back where they were reading, with no layout shift', async ({
  page,
}) => {
  await recordLayoutShifts(page);
  await openSite(page);
  // Read down the page with the wheel, as a visitor scrolls, into its second half.
  for (let step = 0; step < 30; step++) await page.mouse.wheel(0, 500);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(10_000);
  /** The element with an id in the middle of the screen, and how far below the top it is. */
  const reading = () =>
    page.evaluate(() => {
      const element = document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('[id]');
      return { id: element?.id, top: Math.round(element?.getBoundingClientRect().top ?? NaN) };
    });
  // Once scrolling has paused, the place is kept (and stays the same: the wheel has stopped).
  const kept = () =>
    page.evaluate(
      (key) => JSON.stringify((history.state as Record<string, unknown> | null)?.[key]),
      KEY,
    );
  await expect
    .poll(async () => {
      const first = await kept();
      await page.waitForTimeout(500);
      return first?.includes('"id"') === true && first === (await kept());
    })
    .toBe(true);
  const before = await reading();
  expect(before.id).toBeTruthy();

  await page.reload();
  await appTookOver(page);
  expect(await reading()).toEqual(before);
  // Every later task has run: a shift from the takeover would be recorded by now.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
  expect(await reading()).toEqual(before);
  expect(await layoutShifts(page)).toEqual([]);
});

test('a jump across the page without a link (the scrollbar dragged) moves nothing', async ({
  page,
}) => {
  await recordLayoutShifts(page);
  await openSite(page);
  // A visitor reads the top of the page first: meanwhile (from 5 s after the load) the idle browser
  // measures the blocks off the screen (without it, each jump below shifted the page by 0.07-1.13).
  await page.locator('html[data-heights-measured]').waitFor({ state: 'attached' });
  const jumps = ['0.3', '0.6', '1', '#news h2', '#awards h2'];
  for (const to of jumps) {
    await page.evaluate((to) => {
      const part = Number(to);
      // Straight to the place, as the scrollbar and End go, not through the blocks between.
      if (Number.isNaN(part)) document.querySelector(to)?.scrollIntoView();
      else window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * part);
    }, to);
    // The blocks now on the screen render in the frames after the jump.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(await layoutShifts(page), `after the jump to ${to}`).toEqual([]);
  }
});

test.describe('with scripts off', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole page is readable, with no control that would need a script', async ({ page }) => {
    const readData = <T>(file: string) =>
      JSON.parse(readFileSync(join('dist', 'data', file), 'utf8')) as T;
    const { papers } = readData<{ papers: unknown[] }>('publications.json');
    const { items: newsItems } = readData<{ items: { text: string }[] }>('news.json');

    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The empty shell's note (index.html) is gone: the page itself is the content.
    await expect(page.getByText('This page needs JavaScript to load its content.')).toHaveCount(0);
    for (const name of SONG_HAN_SECTIONS) {
      await expect(page.getByRole('region', { name })).toBeVisible();
    }
    await expect(publications(page).getByRole('article')).toHaveCount(papers.length);
    // Older years of news are folded; they unfold without scripts.
    const news = page.getByRole('region', { name: 'News' });
    const folded = news.locator('details:not([open]) > summary');
    while ((await folded.count()) > 0) await folded.first().click();
    // Blocks below the screen skip their rendering (content-visibility), and a skipped block has no
    // rendered text to read: the test lays the page out whole, as a jump to a section does.
    await page.locator('html').evaluate((html) => (html.dataset.renderAll = 'true'));
    const newsText = (await news.innerText()).replace(/\s+/g, ' ');
    expect(newsItems.filter((item) => !newsText.includes(item.text.replace(/\s+/g, ' ')))).toEqual(
      [],
    );

    // Search, filters and buttons would do nothing: they are not shown.
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('button')).toHaveCount(0);
    // A paper's citation is on its own page. (Followed by its address: a click can miss while
    // blocks below the screen take their real size as it scrolls.)
    const citation = publications(page)
      .getByRole('article', { name: /HAQ: Hardware-Aware Automated Quantization/ })
      .getByRole('link', { name: 'Citation' });
    const href = await citation.getAttribute('href');
    expect(href).toBe('papers/haq/');
    await page.goto(new URL(href ?? '', page.url()).href);
    await expect(page.getByText(/@\w+\{\w+,/)).toBeVisible();
  });
});

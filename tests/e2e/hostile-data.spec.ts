import { expect, test } from './fixtures.ts';
import {
  appTookOver,
  FILES,
  problemsBesides,
  real,
  serveVariant,
  withoutPrerenderedContent,
} from './data-variants.ts';

const INJECTION = '<img src=x onerror="window.__injected=1"><script>window.__injected=1</script>';
/** Every field the page shows as text (not ids, dates, kinds, links or topic ids). */
const TEXT_KEYS = new Set([
  'advisor',
  'affiliation',
  'aliases',
  'authors',
  'authorsNote',
  'bio',
  'by',
  'citation',
  'companies',
  'company',
  'degree',
  'detail',
  'event',
  'focus',
  'headline',
  'honors',
  'institution',
  'intro',
  'label',
  'name',
  'note',
  'outlet',
  'product',
  'project',
  'recipients',
  'result',
  'schedule',
  'shortName',
  'taglines',
  'team',
  'term',
  'text',
  'title',
  'track',
  'venue',
  'venueName',
  'venues',
]);

/** The same data with a string changed wherever `change` says (given the string and its key). */
function mapStrings(
  value: unknown,
  change: (text: string, key: string) => string,
  key = '',
): unknown {
  if (typeof value === 'string') return change(value, key);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, change, k)]));
  }
  return value;
}

/** Markup in every text field; the links stay valid, so that every entry is shown. */
const withMarkup = (data: unknown) =>
  mapStrings(data, (text, key) => (TEXT_KEYS.has(key) ? `${INJECTION}${text}` : text));
/** A javascript: address in every link. */
const withScriptLinks = (data: unknown) =>
  mapStrings(data, (text, key) => (key === 'url' ? 'javascript:window.__injected=1' : text));

for (const { file, region } of FILES) {
  test(`${file}: markup in its text is shown as characters and its javascript: links are never links`, async ({
    page,
    problems,
  }) => {
    const section = () => page.getByRole('region', { name: region });
    const otherProblems = () => problemsBesides(problems, file);

    // Over the prerendered page React reuses what the build wrote; afresh it writes every element.
    for (const render of ['over the prerendered page', 'rendered afresh'] as const) {
      await test.step(`markup in every text field is shown as characters, ${render}`, async () => {
        await serveVariant(page, file, JSON.stringify(withMarkup(real(file))));
        if (render === 'rendered afresh') await withoutPrerenderedContent(page);
        await page.goto('./');
        await appTookOver(page);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        // Markup put into the page as HTML would have tried to run (the policy would block it).
        expect(otherProblems()).toEqual([]);
        expect(
          await page.evaluate(() => (window as unknown as { __injected?: number }).__injected),
        ).toBeUndefined();
        expect(await page.locator('#root img, #root script').count()).toBe(0);
        // Every entry was read and shown, its markup as characters in the section the file fills.
        await expect(page.getByText('could not be read')).toHaveCount(0);
        await expect(
          section().getByText('<img src=x onerror=', { exact: false }).first(),
        ).toBeVisible();
        await page.unrouteAll();
      });
    }

    await test.step('javascript: links are never links', async () => {
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs += 1;
        void d.dismiss();
      });
      await serveVariant(page, file, JSON.stringify(withScriptLinks(real(file))));
      await page.goto('./');
      await appTookOver(page);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
      expect(dialogs).toBe(0);
      expect(otherProblems()).toEqual([]);
      await page.unrouteAll();
    });
  });
}

import { layOutWholePage } from './axe.ts';
import { expect, test } from './fixtures.ts';
import {
  appTookOver,
  expectOthersFine,
  FILES,
  problemsBesides,
  real,
  serveVariant,
} from './data-variants.ts';

/** The same file with the first entry of one of its lists broken (a number where a text belongs). */
function partlyInvalid(file: string, listKey: string): unknown {
  const data = real(file) as Record<string, Array<Record<string, unknown>>>;
  const list = [...(data[listKey] ?? [])];
  list[0] = { ...list[0], [file === 'profile.json' ? 'url' : 'id']: 42 };
  return { ...data, [listKey]: list };
}

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const { file, region, list } of FILES) {
  test(`${file}: missing, malformed or partly invalid, only its own section is affected, and Retry loads it`, async ({
    page,
    problems,
  }) => {
    const section = () => page.getByRole('region', { name: region });
    /** The section's text as a visitor reads it, every block laid out (see layout.spec.ts). */
    const sectionText = async () => {
      await layOutWholePage(page);
      return normalized(await section().innerText());
    };
    const otherProblems = () => problemsBesides(problems, file);

    // What the section's alert says when the file is missing, is not JSON, or is empty.
    const failures = [
      ['missing (404)', null, `${file} could not be loaded (the server answered 404)`],
      ['malformed JSON', '{ "this is": not json', `${file} is not valid JSON`],
      ['empty', '', ''],
    ] as const;
    for (const [step, body, says] of failures) {
      await test.step(step, async () => {
        await serveVariant(page, file, body);
        await page.goto('./');
        await expect(section().getByRole('alert')).toContainText(says);
        await expect(section().getByRole('button', { name: 'Retry' })).toBeVisible();
        await expectOthersFine(page, region);
        expect(otherProblems()).toEqual([]);
        await page.unrouteAll();
      });
    }

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
      expect(otherProblems()).toEqual([]);
      await page.unrouteAll();
    });

    await test.step('fails to load, then loads after Retry', async () => {
      await page.goto('./');
      await appTookOver(page);
      const whenLoaded = await sectionText();
      let healed = false;
      await page.route(`**/data/${file}`, (route) =>
        healed ? route.fallback() : route.fulfill({ status: 404, body: 'not found' }),
      );
      await page.goto('./');
      const alert = section().getByRole('alert');
      await expect(alert).toContainText(`${file} could not be loaded`);
      healed = true;
      // The page was rendered afresh (a file failed): sections above may still be loading their
      // code, and one arriving would move the button between press and release (a Retry lost).
      await expect(page.getByRole('status', { name: /^Loading / })).toHaveCount(0);
      // Far down the page: laid out whole, nothing moves under the press (see layOutWholePage).
      await layOutWholePage(page);
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(section().getByRole('alert')).toHaveCount(0);
      await expect.poll(sectionText).toBe(whenLoaded);
      await expectOthersFine(page, region);
      expect(otherProblems()).toEqual([]);
      await page.unrouteAll();
    });
  });
}

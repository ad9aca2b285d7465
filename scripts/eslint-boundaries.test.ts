import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

/** The project's own ESLint setup (eslint.config.js), as `npm test` runs it. */
const eslint = new ESLint({ cwd: process.cwd() });
const BOUNDARY_RULES = new Set(['no-restricted-imports', 'import-x/no-cycle']);

/** The boundary errors ESLint reports for a file with this code at this path. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(process.cwd(), filePath) });
  return (result?.messages ?? [])
    .filter((m) => m.severity === 2 && m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId))
    .map((m) => `${m.ruleId}: ${m.message}`);
}
const importing = (path: string) =>
  `import * as other from '${path}';\nexport const used = other;\n`;

describe('the import boundaries ESLint enforces', { timeout: 60_000 }, () => {
  it.each([
    [
      'a feature importing another feature',
      'src/features/news/x.ts',
      '#src/features/publications/bibtex.ts',
      /A feature imports no other feature/,
    ],
    [
      'a feature importing the app',
      'src/features/news/x.ts',
      '#src/app/app.tsx',
      /A feature imports no other feature and not the app/,
    ],
    [
      'lib importing the app',
      'src/lib/x.ts',
      '#src/app/app.tsx',
      /lib, i18n and components\/ui know no search, feature or app/,
    ],
    [
      'lib importing a feature',
      'src/lib/x.ts',
      '#src/features/news/news-query.ts',
      /know no search, feature or app/,
    ],
    [
      'a ui component importing the search',
      'src/components/ui/x.tsx',
      '#src/search/criteria.ts',
      /know no search, feature or app/,
    ],
    [
      'the search importing a feature',
      'src/search/x.ts',
      '#src/features/publications/bibtex.ts',
      /The shared search knows no feature/,
    ],
    [
      'the search importing the section kinds',
      'src/search/x.ts',
      '#src/sections/entry-lists.ts',
      /The shared search knows no feature/,
    ],
    [
      'a section kind importing a feature',
      'src/sections/x.ts',
      '#src/features/awards/awards-schema.ts',
      /The shared section kinds know no feature/,
    ],
    ['the app importing the entry', 'src/app/x.ts', '#src/main.tsx', /Nothing imports the entry/],
    [
      'a relative import into another folder',
      'src/features/news/x.ts',
      '../../lib/text.ts',
      /through #src/,
    ],
  ])('fail %s', async (_what, file, target, message) => {
    const errors = await boundaryErrors(file, importing(target));
    expect(errors).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    [
      'a feature importing its own module',
      'src/features/news/x.ts',
      '#src/features/news/filter-news.ts',
    ],
    ['a feature importing the search and lib', 'src/features/news/x.ts', '#src/search/criteria.ts'],
    [
      'a feature importing a ui component',
      'src/features/media/x.tsx',
      '#src/components/ui/section.tsx',
    ],
    ['the app importing a feature', 'src/app/x.ts', '#src/features/news/news-query.ts'],
    ['the search importing lib', 'src/search/x.ts', '#src/lib/text.ts'],
    [
      'a feature importing the section kinds',
      'src/features/awards/x.ts',
      '#src/sections/entry-lists.ts',
    ],
    ['a module of the same folder', 'src/lib/x.ts', './text.ts'],
  ])('allow %s', async (_what, file, target) => {
    expect(await boundaryErrors(file, importing(target))).toEqual([]);
  });

  describe('an import cycle', () => {
    // The cycle rule follows imports on disk: two real files, removed afterwards.
    const files = ['src/lib/lint-test-cycle-a.ts', 'src/lib/lint-test-cycle-b.ts'];
    afterAll(() => {
      for (const file of files) rmSync(file, { force: true });
    });

    it('fails', async () => {
      writeFileSync(
        files[0] ?? '',
        `import { b } from './lint-test-cycle-b.ts';\nexport const a = () => b;\n`,
      );
      writeFileSync(
        files[1] ?? '',
        `import { a } from './lint-test-cycle-a.ts';\nexport const b = () => a;\n`,
      );
      const results = await eslint.lintFiles(files);
      const cycles = results.flatMap((r) =>
        r.messages.filter((m) => m.ruleId === 'import-x/no-cycle'),
      );
      expect(cycles.length).toBe(2);
    });
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataFolderReport, formatProblem } from './check-data.ts';
import { runImportBib } from './import-bib.ts';
import { runNewSite } from './new-site.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io = { log: (l: string) => out.push(l), error: (l: string) => err.push(l) };
  return { io, text: () => out.join('\n'), errors: () => err.join('\n') };
}
const fixture = (name: string) => join(process.cwd(), 'tests/fixtures/bib', name);
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** A new site for `name` in a temporary folder, as `npm run new-site` makes it. */
function newSite(name: string): string {
  const data = join(mkdtempSync(join(tmpdir(), 'import-bib-')), 'data');
  expect(runNewSite(['--name', name, '--data', data], capture().io)).toBe(0);
  return data;
}

describe('npm run import-bib', () => {
  it('with --dry-run prints the report and writes nothing', () => {
    const data = newSite('Albert Einstein');
    const before = readFileSync(join(data, 'publications.json'), 'utf8');
    const profileBefore = readFileSync(join(data, 'profile.json'), 'utf8');
    const run = capture();
    expect(runImportBib([fixture('al-folio.bib'), '--data', data, '--dry-run'], run.io)).toBe(0);
    expect(run.text()).toMatch(/^added 7:$/m);
    expect(run.text()).toContain('  - PhysRev.47.777 as "physrev-47-777"');
    expect(run.text()).toContain('dry run: nothing written');
    expect(readFileSync(join(data, 'publications.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(data, 'profile.json'), 'utf8')).toBe(profileBefore);
  });

  it('writes the papers and the owner’s spellings, and reports added, updated and skipped', () => {
    const data = newSite('Dana Rivera');
    const first = capture();
    const bib = fixture('al-folio-researcher.bib');
    expect(runImportBib([bib, '--data', data], first.io)).toBe(0);
    expect(first.text()).toMatch(/^added 7:$/m);
    expect(first.text()).toMatch(/^skipped 2:$/m);
    expect(first.text()).toContain(
      `${bib} rivera2024talk field "year": "In press" is not a year from 1800 to next year`,
    );
    expect(first.text()).toContain('"D. Rivera" added to authorNames in profile.json');
    const written = readJson(join(data, 'publications.json'));
    expect(written).toMatchObject({ topics: [], papers: expect.any(Array) });
    expect(readJson(join(data, 'profile.json'))).toEqual({
      name: 'Dana Rivera',
      authorNames: ['Dana Rivera', 'D. Rivera'],
    });

    // Run again with the files' addresses: the papers are there, their pdf links are added.
    const again = capture();
    const base = 'https://example.edu/~dana/assets/pdf';
    expect(runImportBib([bib, '--data', data, '--asset-base', base], again.io)).toBe(0);
    expect(again.text()).toMatch(/^added 0$/m);
    expect(again.text()).toContain('"tmc2020" from TMC2020: links');
    expect(again.text()).toContain('"icdcs2022" from ICDCS2022: links');
    expect(again.text()).toMatch(/^unchanged 5:$/m);
  });

  it('refuses what it cannot use, and says why', () => {
    const data = newSite('Ada Lovelace');
    const cases = [
      [['--asset-base', 'assets/pdf'], 2, /--asset-base needs an absolute http\(s\) address/],
      [['--topic', 'astrology'], 2, /--topic astrology is not a topic of publications.json/],
      [['--colour', 'red'], 2, /unknown option --colour/],
    ] as const;
    for (const [args, code, message] of cases) {
      const run = capture();
      expect(runImportBib([fixture('dblp.bib'), '--data', data, ...args], run.io)).toBe(code);
      expect(run.errors()).toMatch(message);
    }
    const missing = capture();
    expect(runImportBib(['no-such.bib', '--data', data], missing.io)).toBe(1);
    expect(missing.errors()).toMatch(/cannot read no-such\.bib/);
    expect(readJson(join(data, 'publications.json'))).toEqual({ topics: [], papers: [] });
  });

  it('runs as npm scripts: new-site, then import-bib', () => {
    const data = join(mkdtempSync(join(tmpdir(), 'import-bib-npm-')), 'data');
    const npm = (...args: string[]) =>
      execFileSync('npm', ['run', '-s', ...args], { encoding: 'utf8', stdio: 'pipe' });
    npm('new-site', '--', '--name', 'Chenxi Qiu', '--data', data);
    const output = npm('import-bib', '--', fixture('dblp.bib'), '--data', data);
    expect(output).toMatch(/^added 9:$/m);
    expect(output).toMatch(/^merged 1:$/m);
    expect(readJson(join(data, 'publications.json'))).toMatchObject({
      papers: expect.arrayContaining([expect.objectContaining({ venue: 'IJCAI' })]),
    });
  }, 120_000);
});

describe('new-site, then import-bib, then check-data', () => {
  const sites = [
    ['al-folio.bib', 'Albert Einstein'],
    ['al-folio-researcher.bib', 'Dana Rivera'],
    ['dblp.bib', 'Chenxi Qiu'],
    ['scholar.bib', 'Song Han'],
    ['zotero.bib', 'Jörg Müller'],
  ] as const;
  for (const [bib, owner] of sites) {
    it(`passes for ${bib}, with warnings at most`, async () => {
      const data = newSite(owner);
      expect(runImportBib([fixture(bib), '--data', data], capture().io)).toBe(0);
      const { errors, warnings } = await checkDataFolderReport(data);
      // news, awards, impact and media become optional in the lead's change to check-data.
      expect(errors.map(formatProblem)).toEqual([]);
      if (bib === 'dblp.bib' || bib === 'zotero.bib') expect(warnings.length).toBeGreaterThan(0);
    });
  }

  it('warns, without an error, of a co-author spelled two ways', async () => {
    const data = newSite('Jörg Müller');
    runImportBib([fixture('zotero.bib'), '--data', data], capture().io);
    const { warnings } = await checkDataFolderReport(data);
    expect(warnings.map(formatProblem)).toContain(
      'publications.json papers[2] "mullerondevicetraining2023" field "authors.1": "Maria Garcia" looks like another spelling of "María García" (papers[0] "muellertinyattentionmicrocontrollers2024"): write one person\'s name one way',
    );
  });
});

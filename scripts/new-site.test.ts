import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataFolderReport, formatProblem } from './check-data.ts';
import { runNewSite } from './new-site.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { log: (l: string) => out.push(l), error: (l: string) => err.push(l) }, out, err };
}
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const tempFolder = () => mkdtempSync(join(tmpdir(), 'new-site-'));

describe('npm run new-site', () => {
  it('writes a minimal site for the person: their name, no papers, the settings', async () => {
    const data = join(tempFolder(), 'data');
    const { io, out } = capture();
    const code = runNewSite(
      [
        '--name',
        'Ada Lovelace',
        '--language',
        'zh-CN',
        '--url',
        'https://example.edu/~ada/',
        '--data',
        data,
      ],
      io,
    );
    expect(code).toBe(0);
    expect(readdirSync(data).sort()).toEqual(['profile.json', 'publications.json', 'site.json']);
    expect(readJson(join(data, 'profile.json'))).toEqual({
      name: 'Ada Lovelace',
      authorNames: ['Ada Lovelace'],
    });
    expect(readJson(join(data, 'publications.json'))).toEqual({ topics: [], papers: [] });
    expect(readJson(join(data, 'site.json'))).toEqual({
      language: 'zh-CN',
      url: 'https://example.edu/~ada/',
      sections: ['publications'],
    });
    expect(out.join('\n')).toContain('npm run import-bib -- papers.bib');
    const checked = await checkDataFolderReport(data);
    // Until papers are imported, the list is empty and the section waits, which the checker says.
    expect(checked.warnings.map(formatProblem)).toEqual([
      'site.json field "sections": lists "publications", but publications.json has nothing for it: the section is left out',
    ]);
    expect(checked.errors).toEqual([]);
  });

  it('writes English and no address when none is given', () => {
    const data = tempFolder();
    expect(runNewSite(['--name', 'Ada Lovelace', '--data', data], capture().io)).toBe(0);
    expect(readJson(join(data, 'site.json'))).toEqual({
      language: 'en',
      sections: ['publications'],
    });
  });

  it('refuses to replace a folder that holds files, unless --force', () => {
    const data = tempFolder();
    writeFileSync(join(data, 'publications.json'), '{"topics":[],"papers":[{"id":"old"}]}');
    writeFileSync(join(data, 'news.json'), '{"items":[]}');
    writeFileSync(join(data, 'notes.txt'), 'mine');
    const refused = capture();
    expect(runNewSite(['--name', 'Ada Lovelace', '--data', data], refused.io)).toBe(1);
    expect(refused.err.join('\n')).toMatch(/already holds 3 files .*Pass --force to replace them/);
    expect(readJson(join(data, 'publications.json'))).toEqual({
      topics: [],
      papers: [{ id: 'old' }],
    });

    expect(runNewSite(['--name', 'Ada Lovelace', '--data', data, '--force'], capture().io)).toBe(0);
    // The previous owner's data files are gone; a file that is not data is left alone.
    expect(readdirSync(data).sort()).toEqual([
      'notes.txt',
      'profile.json',
      'publications.json',
      'site.json',
    ]);
    expect(readJson(join(data, 'publications.json'))).toEqual({ topics: [], papers: [] });
  });

  it('refuses an unknown language, an address that is not http(s), and a missing name', () => {
    const data = tempFolder();
    const cases = [
      [['--name', 'Ada', '--language', 'fr'], /--language must be one of en, zh-CN/],
      [['--name', 'Ada', '--url', 'javascript:alert(1)'], /--url must be an absolute http\(s\)/],
      [['--language', 'en'], /give the owner's name/],
    ] as const;
    for (const [args, message] of cases) {
      const { io, err } = capture();
      expect(runNewSite([...args, '--data', data], io)).toBe(2);
      expect(err.join('\n')).toMatch(message);
    }
    expect(readdirSync(data)).toEqual([]);
  });
});
